namespace Jixiao.Domain.Projects;

/// <summary>Header fields only the 2020 municipal form has (forms.md §5).</summary>
public sealed record MunicipalDetails
{
    public string? DeclaringUnit { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public bool? IncludesGovPurchasedServices { get; init; }
    public string? PerformanceType { get; init; }
    public PriorYearFigures? PriorYear { get; init; }
}
