using Jixiao.Documents.Cells;
using Jixiao.Documents.Forms;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// The money grid of a 自评表 whatever its template: a header row naming at least two of its columns (年初预算数, 全年预算数
/// or 调整后预算数, 全年执行数 or 预算执行数, 分值 or 权重, 执行率, 得分) and the rows below it named by the grid's row labels,
/// each value read from the column it sits under. Texts are kept as printed; amounts in the unit the grid states.
/// </summary>
internal static class EvaluationFunds
{
    // Column words other templates print for the 自评表's money columns (the definition's labels are matched as well).
    private static readonly (string Key, string[] Words)[] ColumnWords =
    [
        ("initialBudget", ["年初预算数", "年初预算"]),
        ("adjustedBudget", ["全年预算数", "调整后预算数", "全年预算", "调整后预算"]),
        ("expenditure", ["全年执行数", "预算执行数", "执行数"]),
        ("weight", ["分值", "权重"]),
        ("rate", ["执行率", "预算执行率"]),
        ("score", ["得分"]),
    ];

    // Row labels other templates print, by the 自评表 row label they stand for (each row's own label is matched as well).
    private static readonly (string Label, string[] Words)[] RowWords =
    [
        ("年度资金总额", ["总额", "资金总额", "合计"]),
        ("当年财政拨款", ["本年财政拨款"]),
        ("上年结转资金", ["上年结转"]),
    ];

    // The grid's rows in printed order.
    private static IReadOnlyList<MoneyGridRow> GridRows => SelfEvaluationForms.Funds.Rows;

    public static RawSelfEvaluation Find(CellDocument document, int endRow)
    {
        var rows = document.Rows.Where(r => r.Index < endRow).ToList();
        for (var h = 0; h < rows.Count; h++)
        {
            var columns = new Dictionary<int, string>();
            foreach (var cell in rows[h].Cells)
                if (Column(cell.Text) is { } key && !columns.ContainsValue(key)) columns[cell.Column] = key;
            if (columns.Count < 2) continue;
            var unit = rows[h].Cells.Any(c => c.Text.Contains("万元", StringComparison.Ordinal)) ? 10_000m : 1m;
            var found = new Dictionary<MoneyGridRow, RawFundRow>();
            foreach (var row in rows.Skip(h + 1).Take(6))
            {
                var label = row.Cells.FirstOrDefault(c => RowKey(c.Text) is not null);
                if (label is null || RowKey(label.Text) is not { } rowKey || found.ContainsKey(rowKey)) continue;
                // Values under their column; where the row's label sits inside the header's columns (the header printed
                // without a label column), the values follow the label in the header's order.
                var shift = label.Column >= columns.Keys.Min() ? label.Column + 1 - columns.Keys.Min() : 0;
                found[rowKey] = Row(row, columns.ToDictionary(c => c.Key + shift, c => c.Value), unit);
            }
            if (found.Count == 0) continue;
            return new RawSelfEvaluation { Funds = found.ToDictionary(f => f.Key.Key, f => f.Value) };
        }
        return new RawSelfEvaluation();
    }

    private static RawFundRow Row(CellRow row, Dictionary<int, string> columns, decimal unit)
    {
        string? Text(string key) =>
            columns.FirstOrDefault(c => c.Value == key) is { Value: not null } c && row.Text(c.Key) is { } t && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;
        RawMoney? Money(string key) => Text(key) is { } t ? new RawMoney(t, FieldText.Money(t) is { } v ? v * unit : null) : null;
        return new RawFundRow
        {
            InitialBudget = Money("initialBudget"),
            AdjustedBudget = Money("adjustedBudget"),
            Expenditure = Money("expenditure"),
            WeightText = Text("weight"),
            RateText = Text("rate"),
            ScoreText = Text("score"),
            SourceLine = row.Cells[0].Line.Number,
        };
    }

    /// <summary>True when <paramref name="text"/> is a column heading of a money grid.</summary>
    public static bool IsColumn(string text) => Column(text) is not null;

    private static string? Column(string text)
    {
        var key = HeaderVocabulary.Key(text);
        var bare = key.Split('(')[0];
        return ColumnWords.FirstOrDefault(c => c.Words.Contains(bare, StringComparer.Ordinal)).Key
            ?? SelfEvaluationForms.Funds.Columns.FirstOrDefault(c => HeaderVocabulary.Key(c.Label) == bare)?.Key;
    }

    private static MoneyGridRow? RowKey(string text)
    {
        var key = HeaderVocabulary.Key(text);
        var label = RowWords.FirstOrDefault(r => r.Words.Contains(key, StringComparer.Ordinal)).Label ?? key;
        return GridRows.FirstOrDefault(r => HeaderVocabulary.Key(r.Label) == label);
    }
}
