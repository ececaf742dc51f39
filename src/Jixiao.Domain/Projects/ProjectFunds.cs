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

    /// <summary>
    /// What the form asks for the budget year: 年度资金申请总额, or 项目资金总额 where the form prints no annual request
    /// (the amount a unit's 预算公开 is compared with, DSC rules).
    /// </summary>
    public decimal RequestedThisYear() => AnnualRequestTotal ?? ProjectFundsTotal ?? 0m;

    /// <summary>The project's money as a whole: 项目资金总额, else 年度资金申请总额 (2020: 项目当年预算); null when neither was printed.</summary>
    public decimal? WholeOrRequested() => ProjectFundsTotal ?? AnnualRequestTotal;

    public static ProjectFunds None { get; } = new();
}
