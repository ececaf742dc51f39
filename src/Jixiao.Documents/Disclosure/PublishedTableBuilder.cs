using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Text;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Documents.Disclosure;

/// <summary>
/// One published table while it is read (<see cref="PublishedTableReader"/>): the tokens after its title, classified by
/// the vocabulary of <see cref="PublishedTableDescriptions"/> into frame lines, heads, labels and figures.
/// </summary>
internal sealed partial class PublishedTableBuilder(PublishedTableDescription description, string title, SourceLine line, int? year)
{
    private const int MaxLabel = 40;

    private static PublishedTableVocabulary Words => PublishedTableDescriptions.Vocabulary;

    private readonly List<PublishedTableRow> rows = [];
    private readonly List<(string Text, SourceLine Line)> printedRow = [];
    private readonly List<string> pendingHeader = [];
    private List<string> incomeColumns = [];
    private List<string> columns = [];
    private Group? open;
    private string? pendingCode;
    private TableSide? streamSide;
    private bool printed;
    private bool rowNumbers;
    private bool codes;
    private string? unitName;
    private decimal? amountUnit;

    public string Title => title;

    public SourceLine Line => line;

    public void BeginRow(bool isPrinted, ICollection<ImportWarning>? warnings = null)
    {
        if (isPrinted && open is not null)
        {
            Close(open, warnings);
            open = null;
        }
        printed = isPrinted;
        printedRow.Clear();
    }

    /// <summary>Takes one token; false when it is running text that ends the table.</summary>
    public bool Take(string text, SourceLine at, ICollection<ImportWarning> warnings)
    {
        if (Frame(text)) return true;
        if (printed) { printedRow.Add((text, at)); return true; }
        if (text.Length == 0 || IsNote(text) || text.EndsWith('表') || TableNumber().IsMatch(text)) return true;
        if (IsRunningText(text)) return false;
        if (Side(text) is { } side) { FinishHeader(); streamSide = side; return true; }
        var kind = Kind(text, pendingHeader);
        switch (kind)
        {
            case Token.Head when open is null || open.Cells.Count > 0 || pendingHeader.Count > 0 || IsLabelHead(text):
                if (open is not null) { Close(open, warnings); open = null; }
                pendingHeader.Add(text);
                return true;
            case Token.Amount or Token.Blank:
                if (open is null && pendingHeader.Count > 0 && !IsLabelHead(pendingHeader[^1]) && !IsRowNumberHead(pendingHeader[^1]))
                {
                    // A head word directly followed by a figure is a row (合计 4432), not a column.
                    var label = pendingHeader[^1];
                    pendingHeader.RemoveAt(pendingHeader.Count - 1);
                    FinishHeader();
                    open = new Group(null, label, at, streamSide ?? SideOf(label));
                }
                open?.Cells.Add(text);
                return true;
            case Token.RowNumber:
                return true;
            case Token.Code:
                pendingCode = text;
                return true;
            default:
                FinishHeader();
                if (open is not null) Close(open, warnings);
                open = new Group(pendingCode, text, at, streamSide ?? SideOf(text));
                pendingCode = null;
                return true;
        }
    }

    public void EndRow(ICollection<ImportWarning> warnings)
    {
        if (!printed || printedRow.Count == 0) return;
        var cells = printedRow.ToList();
        printedRow.Clear();
        var filled = cells.Where(c => c.Text.Length > 0).ToList();
        if (filled.Count == 0 || filled.All(c => Side(c.Text) is not null)) return;
        if (filled.All(c => Kind(c.Text, []) == Token.Head || Side(c.Text) is not null))
        {
            SetHeader(filled.Select(c => c.Text).Where(t => Side(t) is null).ToList(), null);
            return;
        }
        var groups = new List<Group>();
        string? code = null;
        foreach (var (text, at) in cells)
        {
            if (IsNote(text) || text.EndsWith('表') || TableNumber().IsMatch(text)) continue;
            switch (Kind(text, []))
            {
                case Token.Amount or Token.Blank:
                    groups.LastOrDefault()?.Cells.Add(text);
                    break;
                case Token.Code:
                    code = text;
                    break;
                case Token.RowNumber:
                    break;
                default:
                    groups.Add(new Group(code, text, at, TableSide.Only));
                    code = null;
                    break;
            }
        }
        for (var g = 0; g < groups.Count; g++)
        {
            var side = groups.Count >= 2 ? (g == 0 ? TableSide.Income : TableSide.Expense) : SideOf(groups[g].Name);
            Close(groups[g] with { Side = side }, warnings);
        }
    }

    public PublishedTable? Build(ICollection<ImportWarning> warnings)
    {
        if (open is not null) { Close(open, warnings); open = null; }
        if (!rows.Any(r => r.Amounts.Any(a => a is not null))) return null;
        return new PublishedTable(description.Id, title.Trim(), PublishedTableDescriptions.StageOf(title), year, unitName, amountUnit,
            incomeColumns, columns, rows, line.Number);
    }

    private void Close(Group group, ICollection<ImportWarning>? warnings)
    {
        var side = description.TwoSided ? group.Side : TableSide.Only;
        if (side == TableSide.Only && description.TwoSided) side = TableSide.Income;
        var width = side == TableSide.Income ? incomeColumns.Count : columns.Count;
        var cells = group.Cells.ToList();
        // Blank cells after the last column are the row's padding; figures there have no column to go to.
        if (width > 0 && cells.Count > width)
        {
            var surplus = cells.Skip(width).Count(c => IsFigure(c));
            if (surplus > 0)
                warnings?.Add(new ImportWarning(group.Line.Number,
                    $"第 {group.Line.Number} 行“{group.Name}”后印有 {cells.Count(IsFigure)} 个金额，多于本表该栏的 {width} 列：已按顺序对应前 {width} 列，其余 {surplus} 个未导入，请核对。")
                { Location = group.Line.Location });
            cells = cells.Take(width).ToList();
        }
        rows.Add(new PublishedTableRow(description.TwoSided ? side : TableSide.Only, group.Code, group.Name.Trim(),
            cells.Select(Amount).ToList(), cells, group.Line.Number));
    }

    private void FinishHeader()
    {
        if (pendingHeader.Count == 0) return;
        SetHeader(pendingHeader.ToList(), streamSide);
        pendingHeader.Clear();
    }

    /// <summary>The columns a header states: split at its label heads (收入 项目 … 支出 项目 …), amount heads in order.</summary>
    private void SetHeader(List<string> heads, TableSide? side)
    {
        rowNumbers |= heads.Any(IsRowNumberHead);
        codes |= heads.Any(IsCodeHead);
        static List<string> Amounts(IEnumerable<string> part) => [.. part.Where(h => !IsLabelHead(h) && !IsRowNumberHead(h) && !IsCodeHead(h))];
        var labels = heads.Select((h, i) => (h, i)).Where(x => IsLabelHead(x.h)).Select(x => x.i).ToList();
        if (description.TwoSided && labels.Count >= 2)
        {
            incomeColumns = Amounts(heads.Take(labels[1]));
            columns = Amounts(heads.Skip(labels[1]));
            return;
        }
        var amounts = Amounts(heads);
        if (amounts.Count == 0) return;
        if (description.TwoSided && (side == TableSide.Income || (side is null && incomeColumns.Count == 0))) incomeColumns = amounts;
        else columns = amounts;
    }

    private bool Frame(string text)
    {
        if (AmountUnitLine().Match(text) is { Success: true } u)
        {
            amountUnit ??= u.Groups[1].Value == "万元" ? 10_000m : 1m;
            return true;
        }
        var colon = text.IndexOfAny([':', '：']);
        if (colon > 0 && Words.UnitLabels.Contains(text[..colon].Trim(), StringComparer.Ordinal))
        {
            var value = text[(colon + 1)..].Trim();
            if (value.Length > 0 && value is not ("元" or "万元")) unitName ??= value;
            return true;
        }
        return false;
    }

    private Token Kind(string text, List<string> header)
    {
        if (text.Length == 0 || text is "-" or "—" or "－") return Token.Blank;
        if (IsFigure(text))
        {
            var bare = text.All(char.IsAsciiDigit);
            if (bare && (rowNumbers || header.Any(IsRowNumberHead))) return Token.RowNumber;
            if (bare && (codes || header.Any(IsCodeHead)) && text.Length is >= 3 and <= 9) return Token.Code;
            return Token.Amount;
        }
        return IsLabelHead(text) || IsRowNumberHead(text) || IsCodeHead(text) || IsAmountHead(text) ? Token.Head : Token.Label;
    }

    private static TableSide? Side(string text) => Compact(text) switch
    {
        var t when t == Words.SideHeads[0] => TableSide.Income,
        var t when Words.SideHeads.Count > 1 && t == Words.SideHeads[1] => TableSide.Expense,
        _ => null,
    };

    private static TableSide SideOf(string label) =>
        Words.ExpenseRows.Any(w => label.Contains(w, StringComparison.Ordinal)) ? TableSide.Expense : TableSide.Income;

    private static bool IsLabelHead(string text)
    {
        var t = Compact(text);
        return Words.LabelHeads.Any(h => t == h || (t.StartsWith(h + "(", StringComparison.Ordinal) && t.EndsWith(')')));
    }

    private static bool IsAmountHead(string text)
    {
        var t = YearPrefix().Replace(Compact(text), "");
        t = t.Replace("(万元)", "", StringComparison.Ordinal).Replace("(元)", "", StringComparison.Ordinal);
        return Words.AmountHeads.Contains(t, StringComparer.Ordinal);
    }

    private static bool IsRowNumberHead(string text) => Words.RowNumberHeads.Contains(Compact(text), StringComparer.Ordinal);

    private static bool IsCodeHead(string text)
    {
        var t = Compact(text);
        return Words.CodeHeads.Any(h => t == h || t.EndsWith(h, StringComparison.Ordinal));
    }

    private static bool IsNote(string text) =>
        text.EndsWith('。') || ((text.StartsWith('注') || text.StartsWith("备注", StringComparison.Ordinal)) && text.IndexOfAny([':', '：']) is > 0 and <= 3);

    private static bool IsRunningText(string text) => text.Length > MaxLabel && text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static bool IsFigure(string text) =>
        text.Length > 0 && text.Any(char.IsAsciiDigit) && FigurePattern().IsMatch(text);

    private static decimal? Amount(string text) =>
        IsFigure(text) && decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string Compact(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('（', '(').Replace('）', ')');

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$")]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"^(?:金额)?单位\s*[:：]\s*(万元|元)$")]
    private static partial Regex AmountUnitLine();

    [GeneratedRegex(@"^附?表\s*[一二三四五六七八九十\d]{1,3}$")]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"^(?:19|20)\d{2}年度?")]
    private static partial Regex YearPrefix();

    private enum Token
    {
        Blank,
        Amount,
        RowNumber,
        Code,
        Head,
        Label,
    }

    /// <summary>A label and the cells printed after it, until the next label (or the end of its printed row).</summary>
    private sealed record Group(string? Code, string Name, SourceLine Line, TableSide Side)
    {
        public List<string> Cells { get; } = [];
    }
}
