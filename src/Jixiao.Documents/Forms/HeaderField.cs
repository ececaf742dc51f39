using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Forms;

/// <summary>Header labels of the declaration forms (forms.md §3–§5) and what they fill.</summary>
internal enum HeaderField
{
    Name, Nature, Category, SupervisingDepartment, ImplementingUnit, PlannedStart, PlannedEnd,
    FundsBlock, ProjectFundsTotal, FiscalFunds, OtherFunds, AnnualOtherFunds, AnnualRequestTotal, CurrentYearAppropriation, PriorYearCarryover,
    MunicipalTotalBudget, MunicipalCurrentBudget, PriorYearBudget, PriorYearExpenditure,
    ContactName, ContactPhone, GovPurchasedServices, PerformanceType,
    Overview, Basis, Necessity, Safeguards, ImplementationPlan, StagedGoals,
    PriorYearUsageSection, FundingComposition, SubProjectName, SubProjectAmount,
    GoalBlock, OverallGoal, AnnualGoal, ExpectedGoal, ActualOutcome, GridLabel,
    /// <summary>自评表 项目资金 rows: 年度资金总额 · 当年财政拨款 · 上年结转资金 · 其他资金 (when 年初预算数… columns follow).</summary>
    EvaluationFundsHeader,
}

internal static class HeaderLabels
{
    // Keys are CellText.LabelKey forms (compact, half-width brackets, no `*`, no trailing colon, no `其中:`).
    private static readonly (string Key, HeaderField Field)[] Table =
    [
        ("项目名称", HeaderField.Name),
        ("项目性质", HeaderField.Nature),
        ("项目类别", HeaderField.Category),
        ("主管部门", HeaderField.SupervisingDepartment),
        ("实施单位", HeaderField.ImplementingUnit),
        ("计划开始日期", HeaderField.PlannedStart),
        ("计划完成日期", HeaderField.PlannedEnd),
        ("项目资金(元)", HeaderField.FundsBlock),
        ("项目资金", HeaderField.FundsBlock),
        ("项目资金总额", HeaderField.ProjectFundsTotal),
        ("财政资金", HeaderField.FiscalFunds),
        ("其他资金", HeaderField.OtherFunds),
        ("年度资金申请总额", HeaderField.AnnualRequestTotal),
        ("当年财政拨款", HeaderField.CurrentYearAppropriation),
        ("上年结转资金", HeaderField.PriorYearCarryover),
        ("项目总预算(元)", HeaderField.MunicipalTotalBudget),
        ("项目当年预算(元)", HeaderField.MunicipalCurrentBudget),
        ("同名项目上年预算额(元)", HeaderField.PriorYearBudget),
        ("同名项目上年预算执行数(元)", HeaderField.PriorYearExpenditure),
        ("联系人", HeaderField.ContactName),
        ("联系电话", HeaderField.ContactPhone),
        ("是否含有政府购买服务", HeaderField.GovPurchasedServices),
        ("绩效类型", HeaderField.PerformanceType),
        ("项目概况", HeaderField.Overview),
        ("立项依据", HeaderField.Basis),
        ("项目设立的必要性", HeaderField.Necessity),
        ("保证项目实施的制度、措施", HeaderField.Safeguards),
        ("项目实施计划", HeaderField.ImplementationPlan),
        ("总目标及阶段性目标", HeaderField.StagedGoals),
        ("本项目上年度市级财政资金使用情况", HeaderField.PriorYearUsageSection),
        ("项目资金投入构成", HeaderField.FundingComposition),
        ("子项目名称", HeaderField.SubProjectName),
        ("预算金额(元)", HeaderField.SubProjectAmount),
        ("项目绩效目标", HeaderField.GoalBlock),
        ("项目总目标", HeaderField.OverallGoal),
        ("年度总体目标", HeaderField.AnnualGoal),
        ("年度总目标", HeaderField.AnnualGoal),
        ("预期目标", HeaderField.ExpectedGoal),
        ("实际完成情况", HeaderField.ActualOutcome),
        ("年初预算数", HeaderField.EvaluationFundsHeader),
        ("绩效指标", HeaderField.GridLabel),
    ];

    // The first field of each key, as a scan of Table in order finds it.
    private static readonly Dictionary<string, HeaderField> ByKey = Table.DistinctBy(t => t.Key).ToDictionary(t => t.Key, t => t.Field, StringComparer.Ordinal);

    /// <summary>Exact label (after <see cref="CellText.LabelKey"/>); `项目总目标（2021 年- 2021年）` counts as 项目总目标.</summary>
    public static HeaderField? Match(string? cell)
    {
        var key = CellText.LabelKey(cell);
        if (key.Length == 0) return null;
        if (ByKey.TryGetValue(key, out var f)) return f;
        if (key.StartsWith("项目总目标(", StringComparison.Ordinal)) return HeaderField.OverallGoal;
        if (key.StartsWith("预算金额", StringComparison.Ordinal) && key.Length <= 8) return HeaderField.SubProjectAmount;
        return null;
    }

    /// <summary>
    /// A label cut by a page break or column drift: a unique prefix of at least four characters
    /// (`年度资金` → 年度资金申请总额).
    /// </summary>
    public static HeaderField? MatchPrefix(string? cell)
    {
        var key = CellText.LabelKey(cell);
        if (key.Length < 4) return null;
        HeaderField? found = null;
        foreach (var (k, f) in Table)
        {
            if (!k.StartsWith(key, StringComparison.Ordinal) || k == key) continue;
            if (found is not null && found != f) return null;
            found = f;
        }
        return found;
    }

    /// <summary>`项目名称：测试项目` — label and value printed in one cell.</summary>
    public static (HeaderField Field, string Value)? SplitInline(string? cell)
    {
        var text = CellText.Clean(cell);
        var colon = text.IndexOfAny(['：', ':']);
        if (colon <= 0 || colon == text.Length - 1) return null;
        return Match(text[..colon]) is { } f && !CellText.IsBlank(text[(colon + 1)..]) ? (f, text[(colon + 1)..].Trim()) : null;
    }

    /// <summary>The printed label of a field, for messages.</summary>
    public static string Display(HeaderField f) => f switch
    {
        HeaderField.AnnualOtherFunds => "其他资金（年度资金申请）",
        _ => Table.FirstOrDefault(t => t.Field == f).Key ?? f.ToString(),
    };

    /// <summary>True when the text is a part (prefix, suffix or inner piece) of a header label.</summary>
    public static bool IsFragment(string? cell)
    {
        var key = CellText.LabelKey(cell);
        if (key.Length == 0) return false;
        foreach (var (k, _) in Table)
            if (k.Contains(key, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool IsMoneyField(HeaderField f) => f is HeaderField.FundsBlock or HeaderField.ProjectFundsTotal or HeaderField.FiscalFunds
        or HeaderField.OtherFunds or HeaderField.AnnualOtherFunds or HeaderField.AnnualRequestTotal or HeaderField.CurrentYearAppropriation or HeaderField.PriorYearCarryover
        or HeaderField.MunicipalTotalBudget or HeaderField.MunicipalCurrentBudget or HeaderField.PriorYearBudget or HeaderField.PriorYearExpenditure;

    public static NarrativeSection? MunicipalSection(HeaderField f) => f switch
    {
        HeaderField.Overview => NarrativeSection.Overview,
        HeaderField.Basis => NarrativeSection.Basis,
        HeaderField.Necessity => NarrativeSection.Necessity,
        HeaderField.Safeguards => NarrativeSection.Safeguards,
        HeaderField.ImplementationPlan => NarrativeSection.ImplementationPlan,
        _ => null,
    };
}
