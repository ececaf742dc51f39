using Jixiao.Documents.Cells;
using Jixiao.Documents.Forms;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// The money grid of a 自评表 read, and what the 自评表 has no place for: rows and columns of another form (财政专户管理资金,
/// 全年到位资金(D)) by `ROW.COLUMN` with the 自评表's keys where they exist and printed labels otherwise, and label: value
/// pairs printed under the grid (按收入性质分:2030.12) by their label.
/// </summary>
internal sealed record FoundFunds(RawSelfEvaluation Evaluation, IReadOnlyDictionary<string, string> Extra);

/// <summary>
/// The money grid of a 自评表 whatever its template: a header row naming at least two of its columns (年初预算数, 全年预算数
/// or 调整后预算数, 全年执行数 or 预算执行数, 分值 or 权重, 执行率, 得分; every template's column labels and synonyms, see
/// <see cref="MoneyColumnWords"/>) and the rows below it, each value read from the column it sits under. Where the cells
/// lost their places (flat PDF text, one cell per line) the grid is read from the words and figures in order
/// (<see cref="FundStream"/>, <see cref="FundRowReading"/>). Texts are kept as printed; amounts in the unit the grid states.
/// </summary>
internal static class EvaluationFunds
{
    // Row labels other templates print, by the 自评表 row label they stand for (each row's own label is matched as well).
    private static readonly (string Label, string[] Words)[] RowWords =
    [
        ("年度资金总额", ["总额", "资金总额", "合计", "年度总金额"]),
        ("当年财政拨款", ["本年财政拨款"]),
        ("上年结转资金", ["上年结转"]),
    ];

    /// <summary>Most rows a money grid has under its header.</summary>
    private const int MaxRows = 6;

    // The grid's rows in printed order.
    private static IReadOnlyList<MoneyGridRow> GridRows => SelfEvaluationForms.Funds.Rows;

    public static FoundFunds Find(CellDocument document, int endRow)
    {
        var rows = document.Rows.Where(r => r.Index < endRow).ToList();
        var words = MoneyColumnWords.Current();
        for (var h = 0; h < rows.Count; h++)
        {
            var columns = new Dictionary<int, FundColumn>();
            foreach (var cell in rows[h].Cells)
                if (MoneyColumnWords.Column(cell.Text, words) is { } key && columns.Values.All(c => c.Key != key)) columns[cell.Column] = new FundColumn(key, cell.Text);
            if (columns.Values.Count(c => c.IsData) < 2) continue;
            // The unit is printed in the header row (项目资金(万元) as its first cell) or as the block's title on the row
            // right above it (预算资金 (万元) alone on its row).
            var unit = StatesWanYuan(rows[h]) || (h > 0 && StatesWanYuan(rows[h - 1]) && !rows[h - 1].Cells.Any(c => MoneyColumnWords.Column(c.Text, words) is not null))
                ? 10_000m : 1m;
            var found = new Grid(unit);
            foreach (var row in rows.Skip(h + 1).Take(MaxRows))
            {
                var label = row.Cells.FirstOrDefault(c => RowKey(c.Text) is not null)
                    ?? row.Cells.FirstOrDefault(c => c.Column < columns.Keys.Min() && IsRowLabel(c.Text));
                if (label is null) continue;
                if (Ends(label.Text)) break;
                // Values under their column; where the row's label sits inside the header's columns (the header printed
                // without a label column), the values follow the label in the header's order.
                var shift = label.Column >= columns.Keys.Min() ? label.Column + 1 - columns.Keys.Min() : 0;
                var reading = columns.Where(c => c.Value.IsData)
                    .Select(c => (Column: c.Value, Text: row.Text(c.Key + shift)?.Trim()))
                    .Where(x => !string.IsNullOrEmpty(x.Text))
                    .ToDictionary(x => x.Column, x => x.Text!);
                found.Add(label.Text, reading, row.Cells[0].Line.Number);
            }
            // Rows with no figure under the columns: the labels stand elsewhere than the figures (a label at the end of
            // the row above its figures), so the grid is read in order instead.
            if (!found.HasFigure) continue;
            return found.Result();
        }
        return FromStream(rows) ?? new FoundFunds(new RawSelfEvaluation(), new Dictionary<string, string>());
    }

    private static bool StatesWanYuan(CellRow row) => row.Cells.Any(c => c.Text.Contains("万元", StringComparison.Ordinal));

    /// <summary>The grid read from words and figures in order, when no row of cells holds its header.</summary>
    private static FoundFunds? FromStream(IEnumerable<CellRow> rows)
    {
        if (FundStream.Find(rows) is not { } stream) return null;
        var found = new Grid(stream.WanYuan ? 10_000m : 1m);
        Dictionary<FundColumn, string>? total = null;
        for (var i = 0; i < stream.Rows.Count; i++)
        {
            var row = stream.Rows[i];
            // Figures before any label are the first row's: the total, whose label the text printed before the header.
            var label = row.Label ?? (i == 0 ? SelfEvaluationForms.Funds.TotalRow.Label : null);
            if (label is null) continue;
            // `按收入性质分:2030.12` under the grid: a label and its value, not a row of the grid.
            if (i > 0 && row.Colon && row.Figures.Count == 1 && FundFigures.IsPlain(row.Figures[0]))
            {
                found.Pair(label, row.Figures[0]);
                continue;
            }
            var isTotal = RowKey(label) is { IsTotal: true };
            var reading = FundRowReading.Read(stream.Columns, row.Figures, isTotal ? null : total, row.Flat);
            if (isTotal) total ??= reading;
            found.Add(label, reading, row.At.Line.Number);
        }
        return found.Rows.Count == 0 && found.Extra.Count == 0 ? null : found.Result();
    }

    /// <summary>The rows read so far: the 自评表's own by key, the others and the pairs as extra fields.</summary>
    private sealed class Grid(decimal unit)
    {
        public Dictionary<MoneyGridRow, RawFundRow> Rows { get; } = [];

        public Dictionary<string, string> Extra { get; } = new(StringComparer.Ordinal);

        /// <summary>True when a row read holds a figure (not only placeholders).</summary>
        public bool HasFigure { get; private set; }

        public void Add(string label, Dictionary<FundColumn, string> reading, int line)
        {
            var values = reading.Where(r => !FundFigures.IsPlaceholder(r.Value)).ToList();
            HasFigure |= values.Count > 0;
            if (RowKey(label) is { } known)
            {
                if (Rows.ContainsKey(known)) return;
                Rows[known] = Row(reading, line);
                foreach (var (column, text) in values.Where(v => v.Key.Key is null))
                    Extra.TryAdd(known.Key + "." + column.Label, text);
                return;
            }
            var key = CellText.LabelKey(label);
            foreach (var (column, text) in values)
                Extra.TryAdd(key + "." + (column.Key ?? column.Label), text);
        }

        /// <summary>
        /// A label and its value: by the key of a built-in form's field the label names (其他资金 → otherFunds), else by
        /// the printed label (a data template's own field too), as the header keeps the fields of other forms.
        /// </summary>
        public void Pair(string label, string value) =>
            Extra.TryAdd(HeaderVocabulary.Match(label)?.Field is { } f && FormDefinitions.BuiltIn.Any(d => d.Field(f.Key) is not null)
                ? f.Key : HeaderRecogniser.ExtraKey(label), value);

        public FoundFunds Result() => new(new RawSelfEvaluation { Funds = Rows.ToDictionary(f => f.Key.Key, f => f.Value) }, Extra);

        private RawFundRow Row(Dictionary<FundColumn, string> reading, int line)
        {
            string? Text(string key) => reading.FirstOrDefault(r => r.Key.Key == key).Value is { } t && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;
            RawMoney? Money(string key) => Text(key) is { } t ? new RawMoney(t, FieldText.Money(t) is { } v ? v * unit : null) : null;
            return new RawFundRow
            {
                InitialBudget = Money("initialBudget"),
                AdjustedBudget = Money("adjustedBudget"),
                Expenditure = Money("expenditure"),
                WeightText = Text("weight"),
                RateText = Text("rate"),
                ScoreText = Text("score"),
                SourceLine = line,
            };
        }
    }

    /// <summary>True when <paramref name="text"/> is a column heading of a money grid.</summary>
    public static bool IsColumn(string text) => MoneyColumnWords.Column(text, MoneyColumnWords.Current()) is not null;

    /// <summary>A row label of another form (其中:财政资金, 单位资金): short words, no figure.</summary>
    private static bool IsRowLabel(string text)
    {
        var t = CellText.LabelKey(text);
        return t.Length is >= 2 and <= 20 && !t.Any(char.IsAsciiDigit) && t.Any(c => c is >= '\u4e00' and <= '\u9fff');
    }

    /// <summary>The goals or the indicator grid: the money grid ends before them.</summary>
    private static bool Ends(string text) =>
        ((string[])["年度总体目标", "总体目标", "年度目标", "绩效指标", "一级指标", "预期目标"]).Any(e => text.Contains(e, StringComparison.Ordinal));

    private static MoneyGridRow? RowKey(string text)
    {
        var key = HeaderVocabulary.Key(text);
        var label = RowWords.FirstOrDefault(r => r.Words.Contains(key, StringComparer.Ordinal)).Label ?? key;
        return GridRows.FirstOrDefault(r => HeaderVocabulary.Key(r.Label) == label);
    }
}
