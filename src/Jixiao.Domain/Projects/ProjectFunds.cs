namespace Jixiao.Domain.Projects;

/// <summary>
/// The seven money cells of 项目资金（元）, in 元. A null cell was printed blank (treated as 0 by the rules for
/// 其他资金 and 上年结转资金, forms.md §3).
/// </summary>
public sealed record ProjectFunds
{
    public decimal? ProjectFundsTotal { get; init; }
    public decimal? FiscalFunds { get; init; }
    public decimal? OtherFunds { get; init; }
    public decimal? AnnualRequestTotal { get; init; }
    public decimal? CurrentYearAppropriation { get; init; }
    public decimal? PriorYearCarryover { get; init; }
    public decimal? AnnualOtherFunds { get; init; }

    public static ProjectFunds None { get; } = new();
}
