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
        TotalsChecks.Check(d, f);
        HierarchyChecks.Check(d, f);
        RowChecks.Check(d, f);
        CrossTableChecks.Check(d, f);
        NarrativeChecks.Check(d, f, filingFormsTotalYuan, filingFormsCount);
        ComparisonChecks.Check(d, f, priorYear);
        PresentationChecks.Check(d, f, catalogue ?? ClassificationCatalogues.For(d.Year));
        return f.Items;
    }

    internal static string L(DisclosureTableKind kind) => DisclosureTemplates.Of(kind).Label;

    internal static string RowName(SubjectCode? code, string name) => code is { } c ? $"「{c.Value} {name}」" : $"「{name}」";
}
