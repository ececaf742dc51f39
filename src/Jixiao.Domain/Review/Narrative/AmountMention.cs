namespace Jixiao.Domain.Review.Narrative;

/// <summary>What an amount in a narrative stands for.</summary>
public enum AmountRole
{
    /// <summary>A part of the budget (`设备购买 5050 元`, an enumerated sub-item).</summary>
    Item,
    /// <summary>A whole-project or section total (`预算资金约 25.00 万元`, `总计 330769 元`).</summary>
    Total,
    /// <summary>A unit price or rate (`115 万元/年`, `单次 4 万`, `人均约 20 万元/年`).</summary>
    PerUnit,
    /// <summary>A per-year line `2023年：607.98万元`.</summary>
    YearLine,
    /// <summary>The base A of `{A} 万元的 {P}%即 {B} 万元`.</summary>
    PercentBase,
    /// <summary>The result B of `…的 {P}%即 {B} 万元`.</summary>
    PercentResult,
}

/// <summary>
/// One money amount found in narrative text, converted to 元. <see cref="PrintToleranceYuan"/> is the rounding
/// the printed figure carries (万元 with k decimals: 0.5 × 10⁻ᵏ 万元; 元: 0); <see cref="Approximate"/> marks `约`.
/// <see cref="Text"/> is the figure without whitespace (`25.00万元`); <see cref="Index"/>/<see cref="Length"/> locate it as written.
/// <see cref="Year"/> is set for year lines and year-qualified totals (`2024 年预算申请资金约 607.98 万元`).
/// </summary>
public sealed record AmountMention(
    decimal Yuan,
    decimal PrintToleranceYuan,
    bool Approximate,
    AmountRole Role,
    int? Year,
    string? Per,
    string Text,
    int Index,
    int Length)
{
    /// <summary>Position just after the amount in the source text.</summary>
    public int End => Index + Length;

    /// <summary>Print tolerance widened by <paramref name="approxTolerance"/> (a fraction) when `约`.</summary>
    public decimal Tolerance(decimal approxTolerance) =>
        PrintToleranceYuan + (Approximate ? Math.Abs(Yuan) * approxTolerance : 0m);
}

/// <summary>`{A} 万元的 {P}%即 {B} 万元` (<see cref="Base"/> null when the base is not a figure: `上一年度尾款的 30.00%即 49.35 万元`).</summary>
public sealed record PercentStatement(AmountMention? Base, decimal Percent, AmountMention Result, string Text);

/// <summary>`3 人 × 18 万元/年，共计 60 万元`: quantity × unit price with the stated amount, if any.</summary>
public sealed record QuantityPriceStatement(decimal Quantity, string Noun, AmountMention UnitPrice, AmountMention? Stated, string Text);

/// <summary>
/// One percentage share; <see cref="Year"/> when its clause names a year (`2025 计划执行项目总额的 30%`);
/// <see cref="Base"/> the total it is a share of (`计划执行项目总额`), empty for `其中 30%` (the section's total).
/// </summary>
public sealed record ShareMention(decimal Percent, int? Year)
{
    public string Base { get; init; } = "";
}

/// <summary>
/// The percentage shares of one budget plan (`2024 年计划执行项目总额的 70%，2025 计划执行项目总额的 30%`);
/// <see cref="RemainderImplied"/> when the text assigns the rest without a figure (`剩余用于…`).
/// </summary>
public sealed record ShareSplit(IReadOnlyList<ShareMention> Shares, bool RemainderImplied)
{
    public IReadOnlyList<decimal> Percents => Shares.Select(s => s.Percent).ToList();

    public decimal Sum => Shares.Sum(s => s.Percent);

    /// <summary>
    /// The shares grouped by the total they split, in order of first mention: two bases name one total when one
    /// ends with the other (`项目总额` and `计划执行项目总额`). Only the shares of one group add up to 100 %.
    /// </summary>
    public IReadOnlyList<ShareSplit> PerTotal()
    {
        var groups = new List<(string Base, List<ShareMention> Shares)>();
        foreach (var share in Shares)
        {
            var index = groups.FindIndex(g => SameTotal(g.Base, share.Base));
            if (index < 0) groups.Add((share.Base, [share]));
            else groups[index].Shares.Add(share);
        }

        return groups.Select(g => new ShareSplit(g.Shares, RemainderImplied)).ToList();
    }

    private static bool SameTotal(string a, string b) =>
        a.Length == 0 || b.Length == 0
            ? a.Length == b.Length
            : a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal);
}
