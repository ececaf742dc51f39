using Jixiao.Domain.Scoring;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Evaluation;

/// <summary>The evaluator's score of one dimension and what it found there (主要问题, empty when none).</summary>
public sealed record DimensionScore(string Dimension, decimal? Score, string? Finding);

/// <summary>A finding of an evaluation, the seam 整改 reads to open a rectification item (ADR-059).</summary>
public sealed record EvaluationFinding(string Dimension, string Text);

/// <summary>
/// 评价打分表: the evaluator's scores by dimension of its framework, the 评价结论, and what follows from them — the total,
/// the grade (<see cref="Grades"/>, the same bands as a 自评) and the findings. Dimensions not in the framework are dropped.
/// </summary>
public sealed record EvaluationSheet(IReadOnlyList<DimensionScore> Scores, string? Conclusion)
{
    public static EvaluationSheet Empty { get; } = new([], null);

    /// <summary>The sheet's score of <paramref name="dimension"/>, or null when not scored.</summary>
    public DimensionScore? Of(string dimension) => Scores.FirstOrDefault(s => s.Dimension == dimension);

    /// <summary>The sum of the scores once every dimension of <paramref name="framework"/> is scored; null before.</summary>
    public decimal? Total(EvaluationFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var scores = framework.Dimensions.Select(d => Of(d.Name)?.Score).ToList();
        return scores.All(s => s is not null) ? scores.Sum() : null;
    }

    public Grade? Grade(EvaluationFramework framework) => Total(framework) is { } total ? Grades.Of(total) : null;

    /// <summary>The findings the evaluator wrote, in the framework's order.</summary>
    public IReadOnlyList<EvaluationFinding> Findings(EvaluationFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return framework.Dimensions.Select(d => Of(d.Name)).OfType<DimensionScore>()
            .Where(s => !string.IsNullOrWhiteSpace(s.Finding)).Select(s => new EvaluationFinding(s.Dimension, s.Finding!)).ToList();
    }

    /// <summary>The sheet kept to <paramref name="framework"/>'s dimensions, texts trimmed (blank ones null).</summary>
    public EvaluationSheet Normalised(EvaluationFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return new(framework.Dimensions.Select(d => Of(d.Name) is { } s
                ? new DimensionScore(d.Name, s.Score, TextHygiene.CleanOrNull(s.Finding)?.Trim() is { Length: > 0 } f ? f : null)
                : new DimensionScore(d.Name, null, null)).ToList(),
            TextHygiene.CleanOrNull(Conclusion)?.Trim() is { Length: > 0 } c ? c : null);
    }

    /// <summary>Why the sheet cannot be saved (each naming its dimension, in Chinese); empty when it can.</summary>
    public IReadOnlyList<string> SaveErrors(EvaluationFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var errors = new List<string>();
        foreach (var d in framework.Dimensions)
        {
            if (Of(d.Name) is not { } s) continue;
            if (s.Score is { } score && (score < 0m || score > d.Weight))
                errors.Add($"“{d.Name}”得分应在 0 到 {d.Weight:0.##} 分之间，填写的是 {score:0.##}。");
            else if (s.Score is { } twoPlaces && decimal.Round(twoPlaces, 2) != twoPlaces)
                errors.Add($"“{d.Name}”得分最多保留两位小数。");
            if (s.Finding is { Length: > MaxText }) errors.Add($"“{d.Name}”的主要问题不能超过 {MaxText} 字。");
        }
        if (Conclusion is { Length: > MaxText }) errors.Add($"评价结论不能超过 {MaxText} 字。");
        return errors;
    }

    /// <summary>Why the sheet cannot be submitted (every dimension scored, a conclusion, the report attached); empty when it can.</summary>
    public IReadOnlyList<string> SubmitErrors(EvaluationFramework framework, bool reportAttached)
    {
        var errors = SaveErrors(framework).ToList();
        errors.AddRange(framework.Dimensions.Where(d => Of(d.Name)?.Score is null).Select(d => $"“{d.Name}”尚未打分。"));
        if (string.IsNullOrWhiteSpace(Conclusion)) errors.Add("请填写评价结论。");
        if (!reportAttached) errors.Add("请上传评价报告。");
        return errors;
    }

    /// <summary>The longest 主要问题 or 评价结论 kept (a narrative's length).</summary>
    public const int MaxText = 2000;
}
