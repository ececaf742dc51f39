using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.OpenData;

/// <summary>
/// One amount cell of a disclosure table (元): a stable key (`3.r2.basic`, `1.in.total`, `8.main.reception`) used by
/// the edit form, the API and the JS live check, plus the row's code and name and the column label as printed.
/// </summary>
public sealed record DisclosureCell(string Key, DisclosureTableKind Table, string RowKey, string? Code, string RowName,
    string ColumnKey, string Column, decimal? Value);

/// <summary>
/// The amount cells of a package, read out and written back. The same enumeration drives the edit form, the CSV and
/// JSON downloads and the update API, so a cell has one key everywhere.
/// </summary>
public static class DisclosureCells
{
    private sealed record Col<T>(string Key, string Label, Func<T, decimal?> Get, Func<T, decimal?, T> Set);

    private const string SumRow = "sum";

    private static readonly Col<FunctionExpenseRow>[] ExpenseCols =
    [
        new("total", "合计", r => r.Total, (r, v) => r with { Total = v ?? 0m }),
        new("basic", "基本支出", r => r.Basic, (r, v) => r with { Basic = v ?? 0m }),
        new("project", "项目支出", r => r.Project, (r, v) => r with { Project = v ?? 0m }),
    ];

    private static readonly Col<FunctionIncomeRow>[] IncomeCols =
    [
        new("total", "合计", r => r.Total, (r, v) => r with { Total = v ?? 0m }),
        new("fiscal", "财政拨款收入", r => r.FiscalAppropriation, (r, v) => r with { FiscalAppropriation = v ?? 0m }),
        new("service", "事业收入", r => r.ServiceRevenue, (r, v) => r with { ServiceRevenue = v ?? 0m }),
        new("business", "事业单位经营收入", r => r.BusinessRevenue, (r, v) => r with { BusinessRevenue = v ?? 0m }),
        new("other", "其他收入", r => r.OtherRevenue, (r, v) => r with { OtherRevenue = v ?? 0m }),
    ];

    private static readonly Col<EconomicRow>[] EconomicCols =
    [
        new("total", "合计", r => r.Total, (r, v) => r with { Total = v ?? 0m }),
        new("personnel", "人员经费", r => r.Personnel, (r, v) => r with { Personnel = v ?? 0m }),
        new("operating", "公用经费", r => r.Operating, (r, v) => r with { Operating = v ?? 0m }),
    ];

    private static readonly Col<SummaryExpenseRow>[] SummaryExpenseCols =
    [
        new("total", "合计", r => r.Total, (r, v) => r with { Total = v ?? 0m }),
        new("personnel", "人员经费", r => r.Personnel, (r, v) => r with { Personnel = v ?? 0m }),
        new("operating", "公用经费", r => r.Operating, (r, v) => r with { Operating = v ?? 0m }),
        new("project", "项目支出", r => r.Project, (r, v) => r with { Project = v ?? 0m }),
    ];

    private static readonly Col<FiscalExpenseRow>[] FiscalExpenseCols =
    [
        new("total", "合计", r => r.Total, (r, v) => r with { Total = v ?? 0m }),
        new("general", "一般公共预算", r => r.GeneralPublicBudget, (r, v) => r with { GeneralPublicBudget = v ?? 0m }),
        new("fund", "政府性基金预算", r => r.GovernmentFund, (r, v) => r with { GovernmentFund = v ?? 0m }),
    ];

    // 表1 and 表4 print their income side as one row per source with a single 预算数 column.
    private static readonly Col<SummaryIncome>[] SummaryIncomeRows =
    [
        new("fiscal", "一、财政拨款收入", i => i.FiscalAppropriation, (i, v) => i with { FiscalAppropriation = v }),
        new("general", "1、一般公共预算资金", i => i.GeneralPublicBudget, (i, v) => i with { GeneralPublicBudget = v }),
        new("fund", "2、政府性基金", i => i.GovernmentFund, (i, v) => i with { GovernmentFund = v }),
        new("service", "二、事业收入", i => i.ServiceRevenue, (i, v) => i with { ServiceRevenue = v }),
        new("business", "三、事业单位经营收入", i => i.BusinessRevenue, (i, v) => i with { BusinessRevenue = v }),
        new("other", "四、其他收入", i => i.OtherRevenue, (i, v) => i with { OtherRevenue = v }),
        new("total", "收入总计", i => i.Total, (i, v) => i with { Total = v }),
    ];

    private static readonly Col<FiscalIncome>[] FiscalIncomeRows =
    [
        new("general", "一、一般公共预算资金", i => i.GeneralPublicBudget, (i, v) => i with { GeneralPublicBudget = v }),
        new("fund", "二、政府性基金", i => i.GovernmentFund, (i, v) => i with { GovernmentFund = v }),
        new("total", "收入总计", i => i.Total, (i, v) => i with { Total = v }),
    ];

    private static readonly Col<ThreePublicTable>[] ThreePublicCols =
    [
        new("total", "“三公”经费合计", t => t.Total, (t, v) => t with { Total = v }),
        new("overseas", "因公出国(境)费", t => t.OverseasTravel, (t, v) => t with { OverseasTravel = v }),
        new("reception", "公务接待费", t => t.Reception, (t, v) => t with { Reception = v }),
        new("vehicles", "公务用车购置及运行费小计", t => t.VehiclesSubtotal, (t, v) => t with { VehiclesSubtotal = v }),
        new("purchase", "公务用车购置费", t => t.VehiclePurchase, (t, v) => t with { VehiclePurchase = v }),
        new("operation", "公务用车运行费", t => t.VehicleOperation, (t, v) => t with { VehicleOperation = v }),
        new("agency", "机关运行经费", t => t.AgencyOperatingExpense, (t, v) => t with { AgencyOperatingExpense = v }),
    ];

    public const string IncomeColumn = "预算数";

    /// <summary>Every amount cell, table by table in print order, rows top to bottom, the 合计 row last.</summary>
    public static IReadOnlyList<DisclosureCell> Of(BudgetDisclosure d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var cells = new List<DisclosureCell>();
        if (d.Summary is { } s)
        {
            foreach (var c in SummaryIncomeRows)
                cells.Add(new($"1.in.{c.Key}", DisclosureTableKind.FinancialSummary, $"in.{c.Key}", null, c.Label, "amount", IncomeColumn, c.Get(s.Income)));
            AddRows(cells, DisclosureTableKind.FinancialSummary, s.ExpenseRows, s.ExpenseTotal, r => null, r => r.Label, SummaryExpenseCols, "out");
        }

        if (d.Income is { } inc) AddRows(cells, DisclosureTableKind.IncomeByFunction, inc.Rows, inc.Total, r => r.Code?.Value, r => r.Name, IncomeCols);
        if (d.Expense is { } exp) AddRows(cells, DisclosureTableKind.ExpenseByFunction, exp.Rows, exp.Total, r => r.Code?.Value, r => r.Name, ExpenseCols);
        if (d.Fiscal is { } f)
        {
            foreach (var c in FiscalIncomeRows)
                cells.Add(new($"4.in.{c.Key}", DisclosureTableKind.FiscalSummary, $"in.{c.Key}", null, c.Label, "amount", IncomeColumn, c.Get(f.Income)));
            AddRows(cells, DisclosureTableKind.FiscalSummary, f.ExpenseRows, f.ExpenseTotal, r => null, r => r.Label, FiscalExpenseCols, "out");
        }

        if (d.GeneralBudget is { } g) AddRows(cells, DisclosureTableKind.GeneralBudgetByFunction, g.Rows, g.Total, r => r.Code?.Value, r => r.Name, ExpenseCols);
        if (d.GovernmentFund is { } gf) AddRows(cells, DisclosureTableKind.GovernmentFundByFunction, gf.Rows, gf.Total, r => r.Code?.Value, r => r.Name, ExpenseCols);
        if (d.BasicByEconomic is { } e) AddRows(cells, DisclosureTableKind.BasicByEconomic, e.Rows, e.Total, r => r.Code?.Value, r => r.Name, EconomicCols);
        if (d.ThreePublic is { } t)
        {
            foreach (var c in ThreePublicCols)
                cells.Add(new($"8.main.{c.Key}", DisclosureTableKind.ThreePublic, "main", null, DisclosureForm.Table(DisclosureTableKind.ThreePublic).TitleFor(d.Year), c.Key, c.Label, c.Get(t)));
        }

        return cells;
    }

    /// <summary>
    /// The package with the given cells replaced (null = blank; a blank row amount becomes 0 as printed blanks do).
    /// Keys that name no cell of this package are returned in <paramref name="unknownKeys"/> and change nothing.
    /// </summary>
    public static BudgetDisclosure Apply(BudgetDisclosure d, IReadOnlyDictionary<string, decimal?> values, out IReadOnlyList<string> unknownKeys)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(values);
        var known = Of(d).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        unknownKeys = values.Keys.Where(k => !known.Contains(k)).ToList();
        var v = values;
        var result = d;
        if (d.Summary is { } s)
            result = result with
            {
                Summary = s with
                {
                    Income = ApplyOne(s.Income, SummaryIncomeRows, k => $"1.in.{k}", v),
                    ExpenseRows = ApplyRows(s.ExpenseRows, SummaryExpenseCols, 1, "out", v),
                    ExpenseTotal = ApplyTotal(s.ExpenseTotal, SummaryExpenseCols, 1, "out", v),
                },
            };
        if (d.Income is { } inc)
            result = result with { Income = inc with { Rows = ApplyRows(inc.Rows, IncomeCols, 2, "", v), Total = ApplyTotal(inc.Total, IncomeCols, 2, "", v) } };
        if (d.Expense is { } exp)
            result = result with { Expense = ApplyExpense(exp, 3, v) };
        if (d.Fiscal is { } f)
            result = result with
            {
                Fiscal = f with
                {
                    Income = ApplyOne(f.Income, FiscalIncomeRows, k => $"4.in.{k}", v),
                    ExpenseRows = ApplyRows(f.ExpenseRows, FiscalExpenseCols, 4, "out", v),
                    ExpenseTotal = ApplyTotal(f.ExpenseTotal, FiscalExpenseCols, 4, "out", v),
                },
            };
        if (d.GeneralBudget is { } g) result = result with { GeneralBudget = ApplyExpense(g, 5, v) };
        if (d.GovernmentFund is { } gf) result = result with { GovernmentFund = ApplyExpense(gf, 6, v) };
        if (d.BasicByEconomic is { } e)
            result = result with { BasicByEconomic = e with { Rows = ApplyRows(e.Rows, EconomicCols, 7, "", v), Total = ApplyTotal(e.Total, EconomicCols, 7, "", v) } };
        if (d.ThreePublic is { } t) result = result with { ThreePublic = ApplyOne(t, ThreePublicCols, k => $"8.main.{k}", v) };
        return result;
    }

    private static FunctionExpenseTable ApplyExpense(FunctionExpenseTable t, int n, IReadOnlyDictionary<string, decimal?> v) =>
        t with { Rows = ApplyRows(t.Rows, ExpenseCols, n, "", v), Total = ApplyTotal(t.Total, ExpenseCols, n, "", v) };

    private static void AddRows<T>(List<DisclosureCell> cells, DisclosureTableKind table, IReadOnlyList<T> rows, T? total,
        Func<T, string?> code, Func<T, string> name, Col<T>[] cols, string prefix = "")
        where T : class
    {
        for (var i = 0; i < rows.Count; i++)
            AddRow(cells, table, $"{prefix}r{i}", code(rows[i]), name(rows[i]), rows[i], cols);
        if (total is not null) AddRow(cells, table, prefix + SumRow, null, name(total), total, cols);
    }

    private static void AddRow<T>(List<DisclosureCell> cells, DisclosureTableKind table, string rowKey, string? code, string name, T row, Col<T>[] cols)
    {
        foreach (var c in cols)
            cells.Add(new($"{(int)table}.{rowKey}.{c.Key}", table, rowKey, code, name, c.Key, c.Label, c.Get(row)));
    }

    private static IReadOnlyList<T> ApplyRows<T>(IReadOnlyList<T> rows, Col<T>[] cols, int table, string prefix, IReadOnlyDictionary<string, decimal?> v) =>
        rows.Select((r, i) => ApplyOne(r, cols, k => $"{table}.{prefix}r{i}.{k}", v)).ToList();

    private static T? ApplyTotal<T>(T? total, Col<T>[] cols, int table, string prefix, IReadOnlyDictionary<string, decimal?> v)
        where T : class =>
        total is null ? null : ApplyOne(total, cols, k => $"{table}.{prefix}{SumRow}.{k}", v);

    private static T ApplyOne<T>(T item, Col<T>[] cols, Func<string, string> key, IReadOnlyDictionary<string, decimal?> v)
    {
        foreach (var c in cols)
        {
            if (v.TryGetValue(key(c.Key), out var value)) item = c.Set(item, value);
        }

        return item;
    }
}
