using System.Globalization;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Corpus;

/// <summary>A disclosure table as the fixture compares it: its printed title, label → amount of the 收入 side, rows.</summary>
internal sealed record ImportedTable(string Title, IReadOnlyDictionary<string, string> Income, IReadOnlyList<ExpectedTableRow> Rows);

/// <summary>
/// An import seen in the fixtures' shape (<see cref="ExpectedDocument"/>): every text by fixture key, indicator rows as
/// seven original texts, disclosure tables. Reads only what the public importer returns.
/// </summary>
internal sealed record ImportedView(
    string Kind,
    string? Template,
    string? Unit,
    IReadOnlyList<string> ProjectNames,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<ImportedTable> Tables)
{
    /// <summary>The view of <paramref name="project"/> (the one the fixture names, else the first) in <paramref name="document"/>.</summary>
    public static ImportedView Of(ImportedDocument document, Project? project) => new(
        document.Kind switch
        {
            DocumentKind.SelfEvaluation => "self-evaluation",
            DocumentKind.BudgetDisclosure => "disclosure",
            DocumentKind.FinalAccounts => "final-accounts disclosure",
            _ => "declaration",
        },
        project?.TemplateId,
        document.UnitName,
        document.Package.Projects.Select(p => p.Name).ToList(),
        project is null ? new Dictionary<string, string>() : TextsOf(project),
        project is null ? [] : project.Indicators.Select(i => RowOf(i, project.Evaluation)).ToList(),
        [.. document.Disclosure is null ? [] : Disclosure.TablesOf(document.Disclosure), .. document.Tables.Select(Disclosure.TableOf)]);

    /// <summary>
    /// A definition's label as the fixtures write a printed label (Expected/README.md): no whitespace, no `*`/`:`/`：`
    /// after it, no leading ordinal (`一、`, `(一)`, `1、`) or `其中:`.
    /// </summary>
    private static string PrintedLabel(string label) => CellText.Label(string.Concat(label.Where(c => !char.IsWhiteSpace(c))).TrimEnd('*', ':', '：'));

    private static Dictionary<string, string> TextsOf(Project p)
    {
        // The printed texts (Project.Fields) win over the definition's texts, which format a parsed value (`10000万元` is
        // kept there while the definition gives `100,000,000.00`).
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in FormDefinitions.Texts(p)) texts[k] = v;
        foreach (var (k, v) in p.Fields) texts[k] = v;
        // A field the expectation names by its printed label (项目属性) that a template defines under a key (projectAttribute)
        // is the same field: it also answers to its label, as the fixtures write labels (Expected/README.md).
        if (FormDefinitions.For(p) is { } form)
            foreach (var (k, v) in texts.ToList())
                if (form.Field(k) is { } f)
                    texts.TryAdd(PrintedLabel(f.Label), v);
        texts.TryAdd("name", p.Name);
        if (p.Evaluation is { } e)
        {
            foreach (var (k, v) in e.Texts) texts[k] = v;
            Put(texts, "expectedGoal", e.ExpectedGoal);
            Put(texts, "actualOutcome", e.ActualOutcome);
            // The execution row's 分值 / 执行率 / 得分 are the total row's cells in the fixtures.
            Put(texts, "total.weight", Text(e.Texts, EvaluationTextKeys.ExecutionWeight) ?? Number(e.ExecutionWeight));
            Put(texts, "total.rate", Text(e.Texts, EvaluationTextKeys.PrintedExecutionRate) ?? Percent(e.PrintedExecutionRate));
            Put(texts, "total.score", Text(e.Texts, EvaluationTextKeys.PrintedExecutionScore) ?? Number(e.PrintedExecutionScore));
            foreach (var row in SelfEvaluationForms.Funds.Rows)
                if (row.Read(e) is { } r)
                {
                    Put(texts, row.Key + ".initialBudget", Number(r.InitialBudget));
                    Put(texts, row.Key + ".adjustedBudget", Number(r.AdjustedBudget));
                    Put(texts, row.Key + ".expenditure", Number(r.Expenditure));
                }
        }
        return texts;
    }

    private static List<string> RowOf(Indicator i, SelfEvaluation? e) =>
    [
        i.Level1, i.Level2, i.Name, i.Target.OriginalText, i.Actual?.OriginalText ?? "",
        Text(e?.Texts, EvaluationTextKeys.Row(i.Ordinal, "weight")) ?? Number(i.Weight) ?? "",
        Text(e?.Texts, EvaluationTextKeys.Row(i.Ordinal, "score")) ?? Number(i.Score) ?? "",
    ];

    // A text already there (the original) wins over one derived from a parsed value.
    private static void Put(Dictionary<string, string> texts, string key, string? value)
    {
        if (value is not null) texts.TryAdd(key, value);
    }

    private static string? Text(IReadOnlyDictionary<string, string>? texts, string key) => texts?.GetValueOrDefault(key);

    internal static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Percent(decimal? fraction) =>
        fraction is { } f ? (f * 100m).ToString(CultureInfo.InvariantCulture) + "%" : null;

    /// <summary>The disclosure tables: each with the 收入 labels it reads and its rows' amounts in printed column order.</summary>
    private static class Disclosure
    {
        public static List<ImportedTable> TablesOf(BudgetDisclosure d)
        {
            var tables = new List<ImportedTable>();
            if (d.Summary is { } s)
                tables.Add(new(s.Print.Title, Income(("本年收入合计", s.Income.Total), ("总计", s.Income.Total),
                        ("财政拨款收入", s.Income.FiscalAppropriation), ("一般公共预算财政拨款收入", s.Income.GeneralPublicBudget),
                        ("政府性基金预算财政拨款收入", s.Income.GovernmentFund), ("事业收入", s.Income.ServiceRevenue),
                        ("经营收入", s.Income.BusinessRevenue), ("其他收入", s.Income.OtherRevenue)),
                    [.. s.ExpenseRows.Select(r => Row(r.Label, r.ClassName, r.Total, r.Personnel, r.Operating, r.Project)),
                        .. Optional(s.ExpenseTotal, r => Row("", "支出合计", r.Total, r.Personnel, r.Operating, r.Project))]));
            if (d.Fiscal is { } f)
                tables.Add(new(f.Print.Title, Income(("本年收入", f.Income.Total), ("收入合计", f.Income.Total),
                        ("一般公共预算资金", f.Income.GeneralPublicBudget), ("政府性基金预算资金", f.Income.GovernmentFund)),
                    [.. f.ExpenseRows.Select(r => Row(r.Label, r.ClassName, r.Total, r.GeneralPublicBudget, r.GovernmentFund)),
                        .. Optional(f.ExpenseTotal, r => Row("", "支出合计", r.Total, r.GeneralPublicBudget, r.GovernmentFund))]));
            if (d.Income is { } i)
                tables.Add(new(i.Print.Title, Income(),
                    [.. i.Rows.Select(r => Row(r.Code?.ToString() ?? "", r.Name, r.Total, r.FiscalAppropriation, r.ServiceRevenue, r.BusinessRevenue, r.OtherRevenue))]));
            foreach (var e in new[] { d.Expense, d.GeneralBudget, d.GovernmentFund })
                if (e is not null)
                    tables.Add(new(e.Print.Title, Income(), [.. e.Rows.Select(r => Row(r.Code?.ToString() ?? "", r.Name, r.Total, r.Basic, r.Project))]));
            if (d.BasicByEconomic is { } b)
                tables.Add(new(b.Print.Title, Income(), [.. b.Rows.Select(r => Row(r.Code?.ToString() ?? "", r.Name, r.Total, r.Personnel, r.Operating))]));
            if (d.ThreePublic is { } t)
                tables.Add(new(t.Print.Title, Income(),
                [
                    Row("", "合计", t.Total), Row("", "因公出国(境)费用", t.OverseasTravel), Row("", "公务接待费", t.Reception),
                    Row("", "公务用车购置及运行维护费", t.VehiclesSubtotal), Row("", "公务用车运行维护费", t.VehicleOperation),
                    Row("", "公务用车购置", t.VehiclePurchase),
                ]));
            return tables;
        }

        /// <summary>A table of another layout: the 收入 side by label (its first amount as printed), the other rows as printed.</summary>
        public static ImportedTable TableOf(PublishedTable t) => new(t.Title,
            t.Rows.Where(r => r.Side == TableSide.Income && r.Printed.Count > 0 && r.Printed[0].Length > 0)
                .GroupBy(r => CellText.Label(r.Name)).ToDictionary(g => g.Key, g => g.First().Printed[0]),
            [.. t.Rows.Where(r => r.Side != TableSide.Income).Select(r => new ExpectedTableRow(r.Code ?? "", r.Name, r.Printed, 0))]);

        private static IEnumerable<ExpectedTableRow> Optional<T>(T? row, Func<T, ExpectedTableRow> map) where T : class =>
            row is null ? [] : [map(row)];

        private static ExpectedTableRow Row(string code, string name, params decimal?[] amounts) =>
            new(code, name, amounts.Select(a => Number(a) ?? "").ToList(), 0);

        private static Dictionary<string, string> Income(params (string Label, decimal? Amount)[] cells) =>
            cells.Where(c => c.Amount is not null).GroupBy(c => c.Label).ToDictionary(g => g.Key, g => Number(g.First().Amount)!);
    }
}
