namespace Jixiao.Domain.Monitoring;

/// <summary>偏差原因分析 categories of the 运行监控表 (forms.md §7); stored by member name.</summary>
public enum DeviationCause
{
    Funding,       // 经费保障
    Institutional, // 制度保障
    Staffing,      // 人员保障
    Hardware,      // 硬件条件保障
    Other,         // 其他
}

/// <summary>The printed Chinese label of each <see cref="DeviationCause"/>, both ways.</summary>
public static class DeviationCauses
{
    public static IReadOnlyList<DeviationCause> All { get; } = Enum.GetValues<DeviationCause>();

    /// <summary>`经费保障`, `制度保障`, `人员保障`, `硬件条件保障`, `其他`.</summary>
    public static string Chinese(DeviationCause cause) => cause switch
    {
        DeviationCause.Funding => "经费保障",
        DeviationCause.Institutional => "制度保障",
        DeviationCause.Staffing => "人员保障",
        DeviationCause.Hardware => "硬件条件保障",
        _ => "其他",
    };

    /// <summary>The cause printed as <paramref name="label"/> (exactly, after trimming), or null.</summary>
    public static DeviationCause? FromChinese(string? label)
    {
        var text = label?.Trim();
        foreach (var cause in All)
            if (Chinese(cause) == text) return cause;
        return null;
    }
}
