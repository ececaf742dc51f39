using Jixiao.Domain.Projects;
using Jixiao.Domain.Review.Narrative;

namespace Jixiao.Domain.Review.Rules;

/// <summary>Tolerance comparison and wording shared by the money rules.</summary>
internal static class MoneyText
{
    /// <summary>Sections whose amounts are reconciled: 一、项目概述 and 六、年度预算安排.</summary>
    public static readonly NarrativeSection[] BudgetSections = [NarrativeSection.Overview, NarrativeSection.AnnualBudgetPlan];

    public static bool Close(decimal a, decimal toleranceA, decimal b, decimal toleranceB) =>
        Math.Abs(a - b) <= toleranceA + toleranceB;

    /// <summary>A computed figure in the unit of the figures it came from: 万元 when they were 万元, else 元.</summary>
    public static string FormatLike(decimal yuan, IReadOnlyList<AmountMention> sources) =>
        sources.Any(s => s.PrintToleranceYuan > 0m) ? Fmt.Wan(yuan) : Fmt.Yuan(yuan) + "元";

    public static string SectionLabel(NarrativeSection s) => NarrativeSectionNames.Chinese(s);
}
