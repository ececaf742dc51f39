using Jixiao.Domain.Bounds;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// The DSC rules of review-rules.md over one <see cref="BudgetDisclosure"/> (disclosure.md §5). Amounts in 元 are
/// compared exactly; narrative 万元 figures with half a unit of their last printed digit (2 dp → ±50 元 each).
/// Missing tables or narrative parts skip the comparisons that need them. Never throws.
/// </summary>
public static class DisclosureChecker
{
    /// <param name="d">The package.</param>
    /// <param name="filingFormsTotalYuan">Σ 年度资金申请总额 of the attached 绩效目标填报表 (DSC-08), when known.</param>
    /// <param name="filingFormsCount">Number of attached 填报表 (DSC-08), when known.</param>
    /// <param name="priorYear">The Y−1 package for the `{比较}` phrases (DSC-15), when present.</param>
    /// <param name="catalogue">The year's code catalogue (DSC-12); defaults to <see cref="ClassificationCatalogues.For"/>.</param>
    public static IReadOnlyList<Finding> Check(
        BudgetDisclosure d,
        decimal? filingFormsTotalYuan = null,
        int? filingFormsCount = null,
        BudgetDisclosure? priorYear = null,
        ClassificationCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        var f = new FindingCollector();
        var violations = DisclosureValues.Check(d);
        foreach (var v in violations)
            f.Add("RNG-01", Severity.Error, v.Field, RuleCatalog.Get("RNG-01").Message.Zh
                .Replace("{field}", v.Field, StringComparison.Ordinal)
                .Replace("{reason}", $"“{v.Range.Format(v.Value)}”{v.Range.Reason(v.Problem)}", StringComparison.Ordinal), v.Row, v.Range.Describe());
        // The DSC rules add amounts across tables; with a figure beyond any range (older data, a restore) they would
        // overflow, so only RNG-01 is reported until it is corrected.
        if (!DisclosureValues.IsArithmeticSafe(violations) || filingFormsTotalYuan is > ValueRanges.MaxYuan * 100_000m) return f.Items;
        if (priorYear is not null && !DisclosureValues.IsArithmeticSafe(DisclosureValues.Check(priorYear))) priorYear = null;
        TotalsChecks.Check(d, f);
        HierarchyChecks.Check(d, f);
        RowChecks.Check(d, f);
        CrossTableChecks.Check(d, f);
        NarrativeChecks.Check(d, f, filingFormsTotalYuan, filingFormsCount);
        ComparisonChecks.Check(d, f, priorYear);
        PresentationChecks.Check(d, f, catalogue ?? ClassificationCatalogues.For(d.Year));
        return f.Items;
    }

    internal static string L(DisclosureTableKind kind) => DisclosureForm.Table(kind).Label;

    internal static string RowName(SubjectCode? code, string name) => code is { } c ? $"「{c.Value} {name}」" : $"「{name}」";
}
