namespace Jixiao.Domain.Targets;

/// <summary>
/// `每月1次` (Count 1, Per 月) or a coverage form `每周7天*24小时` (DaysPerWeek 7, HoursPerDay 24).
/// </summary>
public sealed record FrequencySpec(decimal? Count, string? Per, int? DaysPerWeek, int? HoursPerDay)
{
    public bool IsCoverage => DaysPerWeek is not null;
}
