namespace Jixiao.Domain.Projects;

/// <summary>
/// The unit-level statement `本单位编报绩效目标的项目 N 个，涉及项目预算资金 X 万元` as printed (forms.md §1).
/// The computed counterpart is <see cref="UnitSummary.Compute"/>; MNY-06 compares the two.
/// </summary>
public sealed record StatedSummary(int? SubUnitCount, int ProjectCount, decimal TotalWanYuan, int? SourceLine);

/// <summary>A unit's package of projects for one year: what one declaration document holds.</summary>
public sealed record UnitPackage
{
    public string? UnitName { get; init; }
    public int? Year { get; init; }
    public StatedSummary? Stated { get; init; }
    public IReadOnlyList<Project> Projects { get; init; } = [];
}

/// <summary>Computed unit summary: project count and Σ 项目资金总额 (元 and 万元, 2 dp, MNY-06).</summary>
public sealed record UnitSummary(int ProjectCount, decimal TotalYuan)
{
    public decimal TotalWanYuan => new Money.Amount(TotalYuan).WanYuan;

    public static UnitSummary Compute(IEnumerable<Project> projects)
    {
        var list = projects.ToList();
        return new UnitSummary(list.Count, Bounds.SafeMath.Sum(list.Select(FundsOf))); // stored figures may predate the range checks
    }

    /// <summary>
    /// A project's money for the summary: 项目资金总额, else 年度资金申请总额 (2020: 项目当年预算), else — on a 自评表,
    /// which has no declaration funds block — its 全年预算数.
    /// </summary>
    public static decimal FundsOf(Project p) =>
        p.Funds.WholeOrRequested() ?? p.Evaluation?.Total.AdjustedBudget ?? 0m;
}
