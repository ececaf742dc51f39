using System.Globalization;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// Every text of a 单位预算公开 package checked against <see cref="TextLimits"/>: the unit name and row names (names),
/// the printed table frames and statements (one-line values), the 主要职能 and 国有资本经营预算 sentences of the 编制说明
/// (narratives). Each refusal names the table and, when the importer kept it, the source line.
/// </summary>
public static class DisclosureTextLimits
{
    public static IReadOnlyList<TextLimitViolation> Check(BudgetDisclosure package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var found = new TextLimitList();
        found.Check(package.UnitName, TextKind.Name, "unitName", "单位名称");
        if (package.Summary is { } s)
        {
            Print(found, 1, s.Print);
            foreach (var r in Rows(s.ExpenseRows, s.ExpenseTotal)) found.Check(r.Label, TextKind.Name, "1.label", "科目名称", At(1, r.Line));
        }
        if (package.Income is { } inc)
        {
            Print(found, 2, inc.Print, inc.Statement);
            foreach (var r in Rows(inc.Rows, inc.Total)) found.Check(r.Name, TextKind.Name, "2.name", "科目名称", At(2, r.Line));
        }
        Expense(found, 3, package.Expense);
        if (package.Fiscal is { } f)
        {
            Print(found, 4, f.Print);
            foreach (var r in Rows(f.ExpenseRows, f.ExpenseTotal)) found.Check(r.Label, TextKind.Name, "4.label", "科目名称", At(4, r.Line));
        }
        Expense(found, 5, package.GeneralBudget);
        Expense(found, 6, package.GovernmentFund);
        if (package.BasicByEconomic is { } e)
        {
            Print(found, 7, e.Print, e.Statement);
            foreach (var r in Rows(e.Rows, e.Total)) found.Check(r.Name, TextKind.Name, "7.name", "科目名称", At(7, r.Line));
        }
        if (package.ThreePublic is { } t) Print(found, 8, t.Print);
        var n = package.Narrative;
        found.Check(n.UnitTypeSentence, TextKind.Narrative, "narrative.unitTypeSentence", "编制说明·主要职能");
        found.Check(n.StateCapitalStatement, TextKind.Narrative, "narrative.stateCapitalStatement", "编制说明·国有资本经营预算财政拨款情况说明");
        foreach (var subject in n.Statement?.Subjects ?? [])
            found.Check(subject.SubjectName, TextKind.Name, "narrative.subjects", "编制说明·科目名称", At(null, subject.Amount.Line));
        return found;
    }

    private static IEnumerable<T> Rows<T>(IReadOnlyList<T> rows, T? total) where T : class => total is null ? rows : rows.Append(total);

    private static void Expense(TextLimitList found, int table, FunctionExpenseTable? t)
    {
        if (t is null) return;
        Print(found, table, t.Print, t.Statement);
        foreach (var r in Rows(t.Rows, t.Total)) found.Check(r.Name, TextKind.Name, $"{N(table)}.name", "科目名称", At(table, r.Line));
    }

    private static void Print(TextLimitList found, int table, TablePrint print, string? statement = null)
    {
        var at = At(table, print.Line);
        found.Check(print.Title, TextKind.Short, $"{N(table)}.title", "表名", at);
        found.Check(print.PreparerLine, TextKind.Short, $"{N(table)}.preparerLine", "编制单位", at);
        found.Check(print.AmountUnitLine, TextKind.Short, $"{N(table)}.amountUnitLine", "金额单位", at);
        foreach (var header in print.GroupHeaders) found.Check(header, TextKind.Short, $"{N(table)}.groupHeaders", "表头", at);
        found.Check(statement, TextKind.Short, $"{N(table)}.statement", "表格说明", At(table, null));
    }

    /// <summary>`表3 第 12 行：`, `表3：` or `第 40 行：`.</summary>
    private static string At(int? table, int? line) =>
        (table is { } t ? $"表{N(t)}" : "") + (line is { } l ? $"{(table is null ? "" : " ")}第 {N(l)} 行" : "") + "：";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
