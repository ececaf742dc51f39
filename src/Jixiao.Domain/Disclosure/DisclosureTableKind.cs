namespace Jixiao.Domain.Disclosure;

/// <summary>The eight disclosure tables, numbered as published (disclosure.md §4).</summary>
public enum DisclosureTableKind
{
    FinancialSummary = 1,
    IncomeByFunction = 2,
    ExpenseByFunction = 3,
    FiscalSummary = 4,
    GeneralBudgetByFunction = 5,
    GovernmentFundByFunction = 6,
    BasicByEconomic = 7,
    ThreePublic = 8,
}

/// <summary>
/// The printed template of one table: title (with `{Y}` for the year), whether the year prefixes it, and the
/// column-group header of the amount columns where the table has a single one. DSC-13 compares imports with it.
/// </summary>
public sealed record DisclosureTableTemplate(DisclosureTableKind Kind, string TitleTemplate, string? GroupHeader,
    string AmountUnitLine = DisclosureTemplates.AmountUnitLine)
{
    public int Number => (int)Kind;

    /// <summary>The label used in findings, e.g. `表3`.</summary>
    public string Label => $"表{Number}";

    public string TitleFor(int year) => TitleTemplate.Replace("{Y}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>Templates of the 2021 Shanghai unit package (forms.md §9); header lines `编制单位：{单位}` and `单位：元`.</summary>
public static class DisclosureTemplates
{
    public const string PreparerPrefix = "编制单位：";
    public const string AmountUnitLine = "单位：元";
    public const string EmptyGovernmentFundStatement = "本单位无政府性基金预算支出。";

    public static IReadOnlyList<DisclosureTableTemplate> All { get; } =
    [
        new(DisclosureTableKind.FinancialSummary, "{Y}年单位财务收支预算总表", null),
        new(DisclosureTableKind.IncomeByFunction, "{Y}年单位收入预算总表", "收入预算"),
        new(DisclosureTableKind.ExpenseByFunction, "{Y}年单位支出预算总表", "支出预算"),
        new(DisclosureTableKind.FiscalSummary, "{Y}年单位财政拨款收支预算总表", null),
        new(DisclosureTableKind.GeneralBudgetByFunction, "{Y}年单位一般公共预算支出功能分类预算表", "一般公共预算支出"),
        new(DisclosureTableKind.GovernmentFundByFunction, "{Y}年单位政府性基金预算支出功能分类预算表", "政府性基金预算支出"),
        new(DisclosureTableKind.BasicByEconomic, "{Y}年单位一般公共预算基本支出部门预算经济分类预算表", "一般公共预算基本支出"),
        // 表8's template prints `单位:元` with a half-width colon (disclosure.md §4), so that spelling is not a deviation here.
        new(DisclosureTableKind.ThreePublic, "单位“三公”经费和机关运行经费预算表", null, "单位:元"),
    ];

    public static DisclosureTableTemplate Of(DisclosureTableKind kind) => All[(int)kind - 1];
}
