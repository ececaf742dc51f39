namespace Jixiao.Domain.Scoring;

/// <summary>评价等级 (SC-31).</summary>
public enum Grade
{
    /// <summary>优: [90, 100].</summary>
    Excellent,
    /// <summary>良: [80, 90).</summary>
    Good,
    /// <summary>中: [60, 80).</summary>
    Fair,
    /// <summary>差: [0, 60).</summary>
    Poor,
}

public static class Grades
{
    /// <summary>SC-31, half-open bands: 89.99 → 良, 90.00 → 优.</summary>
    public static Grade Of(decimal total) => total switch
    {
        >= 90m => Grade.Excellent,
        >= 80m => Grade.Good,
        >= 60m => Grade.Fair,
        _ => Grade.Poor,
    };

    /// <summary>优 / 良 / 中 / 差.</summary>
    public static string DisplayName(this Grade grade) => grade switch
    {
        Grade.Excellent => "优",
        Grade.Good => "良",
        Grade.Fair => "中",
        _ => "差",
    };
}
