namespace Jixiao.Domain.Bounds;

/// <summary>
/// The range of every kind of figure the forms hold — one place, used by every entry point (editors, API, importers)
/// and by the review rule RNG-01 on stored data.
/// <list type="bullet">
/// <item><see cref="Money"/>: 0 至 10^13 元 (十万亿元), 2 dp. Far above any single budget line in China (a whole
/// province's annual budget is of the order of 10^12 元), inside decimal(18,2), and 10^5 such amounts sum to 10^18,
/// far below decimal's 7.9 × 10^28, so no sum, ratio or 万元 conversion of valid figures can overflow.</item>
/// <item><see cref="WanYuan"/>: the same ceiling in 万元 (10^9), for the narrative figures of a disclosure; up to 6 dp
/// (0.01 元).</item>
/// <item><see cref="Weight"/> and <see cref="Score"/>: 0 至 100 分, 2 dp: a self-evaluation is scored out of 100 and
/// every row's 分值 and 得分 is a part of that (SC-50 rounds to 2 dp).</item>
/// <item><see cref="ScoreTotal"/>: printed totals (总分, 分值合计) 0 至 1,000 分: a printed total above 100 is a mistake
/// for review (SC-70 keeps printed values), not a reason to refuse a historical document; 1,000 only stops absurd ones.</item>
/// <item><see cref="Rate"/>: 执行率 as a fraction, 0 至 10 (1,000 %), 6 dp: spending above budget is legitimate
/// (SE-14 flags it), ten times the budget is not a rate but a typing error.</item>
/// </list>
/// </summary>
public static class ValueRanges
{
    /// <summary>10^13 元.</summary>
    public const decimal MaxYuan = 10_000_000_000_000m;

    public static ValueRange Money { get; } = new(0m, MaxYuan, 2, "元");

    public static ValueRange WanYuan { get; } = new(0m, MaxYuan / 10_000m, 6, "万元");

    public static ValueRange Weight { get; } = new(0m, 100m, 2, "分");

    public static ValueRange Score { get; } = new(0m, 100m, 2, "分");

    public static ValueRange ScoreTotal { get; } = new(0m, 1_000m, 2, "分");

    public static ValueRange Rate { get; } = new(0m, 10m, 6, "%", DisplayFactor: 100m);
}
