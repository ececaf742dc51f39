using Jixiao.Documents.Layout;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// The eight tables of the 单位预算公开 package as printed (disclosure.md §4, seed 003): title, `编制单位：…` and
/// `单位：元` lines, the merged header rows, data rows in 元 (`#,##0.00`, a zero printed blank as the published tables
/// do, totals always printed), the statement of an empty table. The printed frame (title, preparer, unit line, group
/// headers) comes from the table's <see cref="TablePrint"/>, so an imported package prints as it was published.
/// </summary>
public static class DisclosureTablesLayout
{
    private const decimal Code = 6m, Name = 32m, Amount = 17m, Label = 26m;

    public static FormSection? Summary(FinancialSummaryTable? t) => t is null ? null : Section(DisclosureTableKind.FinancialSummary, t.Print, SummaryTable(t), null, PageOrientation.Landscape);

    public static FormSection? Income(FunctionIncomeTable? t) => t is null ? null : Section(DisclosureTableKind.IncomeByFunction, t.Print, IncomeTable(t), t.Statement, PageOrientation.Landscape);

    public static FormSection? Expense(DisclosureTableKind kind, FunctionExpenseTable? t) => t is null ? null : Section(kind, t.Print, ExpenseTable(kind, t), t.Statement, PageOrientation.Portrait);

    public static FormSection? Fiscal(FiscalSummaryTable? t) => t is null ? null : Section(DisclosureTableKind.FiscalSummary, t.Print, FiscalTable(t), null, PageOrientation.Landscape);

    public static FormSection? Economic(EconomicBasicTable? t) => t is null ? null : Section(DisclosureTableKind.BasicByEconomic, t.Print, EconomicTable(t), t.Statement, PageOrientation.Portrait);

    public static FormSection? ThreePublic(ThreePublicTable? t, int year) => t is null ? null : Section(DisclosureTableKind.ThreePublic, t.Print, ThreePublicGrid(t, year), null, PageOrientation.Landscape);

    /// <summary>Sheet name of a table: `表3 单位支出预算总表` (without the year, which every sheet shares).</summary>
    public static string SheetName(DisclosureTableKind kind) =>
        $"表{(int)kind} {DisclosureTemplates.Of(kind).TitleTemplate.Replace("{Y}年", "", StringComparison.Ordinal)}";

    private static FormSection Section(DisclosureTableKind kind, TablePrint print, FormTable table, string? statement, PageOrientation orientation)
    {
        var blocks = new List<FormBlock> { new HeadingBlock(print.Title, 1) };
        if (!string.IsNullOrWhiteSpace(print.PreparerLine)) blocks.Add(new ParagraphBlock(print.PreparerLine));
        if (!string.IsNullOrWhiteSpace(print.AmountUnitLine)) blocks.Add(new ParagraphBlock(print.AmountUnitLine, ParagraphAlign.Right));
        blocks.Add(table);
        if (!string.IsNullOrWhiteSpace(statement)) blocks.Add(new ParagraphBlock(statement));
        return new FormSection(SheetName(kind), blocks, orientation);
    }

    private static string Group(TablePrint print, int index, string fallback) =>
        index < print.GroupHeaders.Count && !string.IsNullOrWhiteSpace(print.GroupHeaders[index]) ? print.GroupHeaders[index] : fallback;

    private static string TemplateGroup(DisclosureTableKind kind) => DisclosureTemplates.Of(kind).GroupHeader ?? "";

    // A data amount: zero printed blank, as the published tables print it.
    private static TableCell Data(decimal amount) => amount == 0m ? TableCell.Money(null) : TableCell.Money(amount);

    // A total: always printed, zero included.
    private static TableCell Total(decimal amount) => TableCell.Money(amount);

    private static TableCell Optional(decimal? amount) => TableCell.Money(amount);

    private static IEnumerable<TableCell> CodeCells(SubjectCode? code, int parts)
    {
        var v = code?.Value ?? "";
        yield return TableCell.Centered(v.Length >= 3 ? v[..3] : v);
        yield return TableCell.Centered(v.Length >= 5 ? v[3..5] : "");
        if (parts == 3) yield return TableCell.Centered(v.Length >= 7 ? v[5..7] : "");
    }

    /// <summary>表1: 本年收入 (项目 · 预算数) beside 本年支出 (项目 · 合计 · 基本支出 (人员经费 · 公用经费) · 项目支出).</summary>
    private static FormTable SummaryTable(FinancialSummaryTable t)
    {
        var rows = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label(Group(t.Print, 0, "本年收入"), colSpan: 2), TableCell.Label(Group(t.Print, 1, "本年支出"), colSpan: 5) },
            new[] { TableCell.Label("项目", rowSpan: 3), TableCell.Label("预算数", rowSpan: 3), TableCell.Label("项目", rowSpan: 3), TableCell.Label("预算数", colSpan: 4) },
            new[] { TableCell.Label("合计", rowSpan: 2), TableCell.Label("基本支出", colSpan: 2), TableCell.Label("项目支出", rowSpan: 2) },
            new[] { TableCell.Label("人员经费"), TableCell.Label("公用经费") },
        };
        var i = t.Income;
        (string Label, decimal? Amount)[] income =
        [
            ("一、财政拨款收入", i.FiscalAppropriation), ("1、一般公共预算资金", i.GeneralPublicBudget), ("2、政府性基金", i.GovernmentFund),
            ("二、事业收入", i.ServiceRevenue), ("三、事业单位经营收入", i.BusinessRevenue), ("四、其他收入", i.OtherRevenue),
        ];
        for (var k = 0; k < Math.Max(income.Length, t.ExpenseRows.Count); k++)
        {
            var row = new List<TableCell>();
            row.AddRange(k < income.Length ? [TableCell.Value(income[k].Label), Optional(income[k].Amount)] : [TableCell.Value(""), TableCell.Value("")]);
            row.AddRange(k < t.ExpenseRows.Count ? SummaryExpense(t.ExpenseRows[k], Data) : Enumerable.Repeat(TableCell.Value(""), 5));
            rows.Add(row);
        }
        rows.Add([TableCell.Label("收入总计"), Optional(i.Total), .. t.ExpenseTotal is { } total ? SummaryExpense(total, Total) : [TableCell.Label("支出总计")]]);
        return new FormTable([Label, Amount, Label, Amount, Amount, Amount, Amount], rows, RepeatHeaderRows: 4);
    }

    private static IEnumerable<TableCell> SummaryExpense(SummaryExpenseRow r, Func<decimal, TableCell> amount) =>
        [TableCell.Value(r.Label), amount(r.Total), amount(r.Personnel), amount(r.Operating), amount(r.Project)];

    /// <summary>表2: 功能分类科目编码 (类 · 款 · 项) · 名称 · 收入预算 (合计 · 财政拨款收入 · 事业收入 · 事业单位经营收入 · 其他收入).</summary>
    private static FormTable IncomeTable(FunctionIncomeTable t)
    {
        var rows = CodedHeader("功能分类科目编码", "功能分类科目名称", Group(t.Print, 0, TemplateGroup(DisclosureTableKind.IncomeByFunction)), 3,
            ["合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"]);
        foreach (var r in t.Rows)
            rows.Add([.. CodeCells(r.Code, 3), TableCell.Value(r.Name), Data(r.Total), Data(r.FiscalAppropriation), Data(r.ServiceRevenue), Data(r.BusinessRevenue), Data(r.OtherRevenue)]);
        if (t.Total is { } s)
            rows.Add([TableCell.Label(s.Name, colSpan: 4), TableCell.Money(s.Total), TableCell.Money(s.FiscalAppropriation), TableCell.Money(s.ServiceRevenue), TableCell.Money(s.BusinessRevenue), TableCell.Money(s.OtherRevenue)]);
        return new FormTable([Code, Code, Code, Name, Amount, Amount, Amount, Amount, Amount], rows, RepeatHeaderRows: 3);
    }

    /// <summary>表3, 表5, 表6: 功能分类科目编码 (类 · 款 · 项) · 名称 · 合计 · 基本支出 · 项目支出.</summary>
    private static FormTable ExpenseTable(DisclosureTableKind kind, FunctionExpenseTable t)
    {
        var rows = CodedHeader("功能分类科目编码", "功能分类科目名称", Group(t.Print, 0, TemplateGroup(kind)), 3, ["合计", "基本支出", "项目支出"]);
        foreach (var r in t.Rows)
            rows.Add([.. CodeCells(r.Code, 3), TableCell.Value(r.Name), Data(r.Total), Data(r.Basic), Data(r.Project)]);
        if (t.Total is { } s)
            rows.Add([TableCell.Label(s.Name, colSpan: 4), TableCell.Money(s.Total), TableCell.Money(s.Basic), TableCell.Money(s.Project)]);
        return new FormTable([Code, Code, Code, Name, Amount, Amount, Amount], rows, RepeatHeaderRows: 3);
    }

    /// <summary>表7: 经济分类科目编码 (类 · 款) · 部门经济分类科目名称 · 合计 · 人员经费 · 公用经费.</summary>
    private static FormTable EconomicTable(EconomicBasicTable t)
    {
        var rows = CodedHeader("经济分类科目编码", "部门经济分类科目名称", Group(t.Print, 0, TemplateGroup(DisclosureTableKind.BasicByEconomic)), 2, ["合计", "人员经费", "公用经费"]);
        foreach (var r in t.Rows)
            rows.Add([.. CodeCells(r.Code, 2), TableCell.Value(r.Name), Data(r.Total), Data(r.Personnel), Data(r.Operating)]);
        if (t.Total is { } s)
            rows.Add([TableCell.Label(s.Name, colSpan: 3), TableCell.Money(s.Total), TableCell.Money(s.Personnel), TableCell.Money(s.Operating)]);
        return new FormTable([Code, Code, Name, Amount, Amount, Amount], rows, RepeatHeaderRows: 3);
    }

    /// <summary>The three header rows of a code-keyed table: `项目` + group header; code and name headers + amount columns; `类 款 [项]`.</summary>
    private static List<IReadOnlyList<TableCell>> CodedHeader(string codeHeader, string nameHeader, string group, int codeParts, string[] amounts) =>
    [
        [TableCell.Label("项目", colSpan: codeParts + 1), TableCell.Label(group, colSpan: amounts.Length)],
        [TableCell.Label(codeHeader, colSpan: codeParts), TableCell.Label(nameHeader, rowSpan: 2), .. amounts.Select(a => TableCell.Label(a, rowSpan: 2))],
        [TableCell.Label("类"), TableCell.Label("款"), .. codeParts == 3 ? new[] { TableCell.Label("项") } : []],
    ];

    /// <summary>表4: 财政拨款收入 (项目 · 预算数) beside 财政拨款支出 (项目 · 合计 · 一般公共预算 · 政府性基金预算).</summary>
    private static FormTable FiscalTable(FiscalSummaryTable t)
    {
        var rows = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label(Group(t.Print, 0, "财政拨款收入"), colSpan: 2), TableCell.Label(Group(t.Print, 1, "财政拨款支出"), colSpan: 4) },
            new[] { TableCell.Label("项目"), TableCell.Label("预算数"), TableCell.Label("项目"), TableCell.Label("合计"), TableCell.Label("一般公共预算"), TableCell.Label("政府性基金预算") },
        };
        (string Label, decimal? Amount)[] income = [("一、一般公共预算资金", t.Income.GeneralPublicBudget), ("二、政府性基金", t.Income.GovernmentFund)];
        for (var k = 0; k < Math.Max(income.Length, t.ExpenseRows.Count); k++)
        {
            var row = new List<TableCell>();
            row.AddRange(k < income.Length ? [TableCell.Value(income[k].Label), Optional(income[k].Amount)] : [TableCell.Value(""), TableCell.Value("")]);
            row.AddRange(k < t.ExpenseRows.Count ? FiscalExpense(t.ExpenseRows[k], Data) : Enumerable.Repeat(TableCell.Value(""), 4));
            rows.Add(row);
        }
        rows.Add([TableCell.Label("收入总计"), Optional(t.Income.Total), .. t.ExpenseTotal is { } total ? FiscalExpense(total, Total) : [TableCell.Label("支出总计")]]);
        return new FormTable([Label, Amount, Label, Amount, Amount, Amount], rows, RepeatHeaderRows: 2);
    }

    private static IEnumerable<TableCell> FiscalExpense(FiscalExpenseRow r, Func<decimal, TableCell> amount) =>
        [TableCell.Value(r.Label), amount(r.Total), amount(r.GeneralPublicBudget), amount(r.GovernmentFund)];

    /// <summary>表8: {Y}年“三公”经费预算数 (合计 · 因公出国(境)费 · 公务接待费 · 公务用车购置及运行费 (小计 · 购置费 · 运行费)) · {Y}年机关运行经费预算数.</summary>
    private static FormTable ThreePublicGrid(ThreePublicTable t, int year)
    {
        List<IReadOnlyList<TableCell>> rows =
        [
            [TableCell.Label(Group(t.Print, 0, $"{year}年“三公”经费预算数"), colSpan: 6), TableCell.Label($"{year}年机关运行经费预算数", rowSpan: 3)],
            [TableCell.Label("合计", rowSpan: 2), TableCell.Label("因公出国(境)费", rowSpan: 2), TableCell.Label("公务接待费", rowSpan: 2), TableCell.Label("公务用车购置及运行费", colSpan: 3)],
            [TableCell.Label("小计"), TableCell.Label("购置费"), TableCell.Label("运行费")],
            [Optional(t.Total), Optional(t.OverseasTravel), Optional(t.Reception), Optional(t.VehiclesSubtotal), Optional(t.VehiclePurchase), Optional(t.VehicleOperation), Optional(t.AgencyOperatingExpense)],
        ];
        return new FormTable([Amount, Amount, Amount, Amount, Amount, Amount, Amount + 4m], rows, RepeatHeaderRows: 3);
    }
}
