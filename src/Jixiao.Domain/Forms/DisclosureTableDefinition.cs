using System.Globalization;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Domain.Forms;

/// <summary>
/// How a printed head or row label is recognised on import, after whitespace removal: its text as printed, other
/// spellings seen on published forms (<see cref="Synonyms"/>), or a distinctive stem the text starts with or contains.
/// </summary>
public sealed record HeadRecognition(
    IReadOnlyList<string>? Synonyms = null,
    string? StartsWith = null,
    string? Contains = null,
    string? NotContaining = null)
{
    public static HeadRecognition Exact { get; } = new();

    public bool Matches(string printed, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NotContaining is not null && text.Contains(NotContaining, StringComparison.Ordinal)) return false;
        return text == printed
               || (Synonyms?.Contains(text) ?? false)
               || (StartsWith is not null && text.StartsWith(StartsWith, StringComparison.Ordinal))
               || (Contains is not null && text.Contains(Contains, StringComparison.Ordinal));
    }
}

/// <summary>
/// A money column (元) of a disclosure table: a stable key (the one cell keys, the importer and the layouts share), its
/// head as printed (`{Y}` stands for the budget year) and, for a group head such as 基本支出, its sub-columns.
/// </summary>
public sealed record DisclosureColumn(string Key, string Head, HeadRecognition? Recognition = null, IReadOnlyList<DisclosureColumn>? Children = null)
{
    public bool Matches(string text) => (Recognition ?? HeadRecognition.Exact).Matches(Head, text);

    /// <summary>The printed head for <paramref name="year"/>.</summary>
    public string HeadFor(int year) => DisclosureTableDefinition.WithYear(Head, year);

    /// <summary>The columns that hold amounts, left to right: this one, or its sub-columns.</summary>
    public IEnumerable<DisclosureColumn> Leaves => Children is { Count: > 0 } c ? c : [this];
}

/// <summary>
/// A fixed row of a table (表1/表4 income side): key, its ordinal and name as printed (`一、` + `财政拨款收入`).
/// </summary>
public sealed record DisclosureLine(string Key, string Ordinal, string Name, HeadRecognition? Recognition = null)
{
    public string Label => Ordinal + Name;

    /// <summary>Whether a printed label, its ordinal already removed, names this row.</summary>
    public bool Matches(string name) => (Recognition ?? HeadRecognition.Exact).Matches(Name, name);
}

/// <summary>One level of a classification code printed in its own column: head (类/款/项) and digits.</summary>
public sealed record CodePart(string Head, int Digits);

/// <summary>
/// A head cell as printed, spans as in html. <see cref="GroupSlot"/>: the index of the imported package's own
/// column-group head (<see cref="TablePrint.GroupHeaders"/>) printed here instead, so an imported table prints as
/// it was published.
/// </summary>
public sealed record HeadCell(string Text, int ColSpan = 1, int RowSpan = 1, int? GroupSlot = null)
{
    public HeadCell(DisclosureColumn column, int colSpan = 1, int rowSpan = 1) : this(column.Head, colSpan, rowSpan) { }
}

/// <summary>What the rows of a table are.</summary>
public enum DisclosureRowShape
{
    /// <summary>表1, 表4: income lines (fixed) beside expense lines (功能 类 with ordinal), then 收入总计 · 支出总计.</summary>
    TwoSided,

    /// <summary>表2, 3, 5, 6, 7: classification code rows by level (类 · 款 · 项), then a 合计 row.</summary>
    Coded,

    /// <summary>表8: one row of amounts.</summary>
    SingleRow,
}

/// <summary>
/// One table of the 单位预算公开 package as printed (disclosure.md §4): number, title, the `单位：元` line, the head
/// rows (multi-row where the form merges cells), the row shape with its code levels or fixed rows and totals, and
/// the money columns. Layouts, importer and pages read it; see <see cref="DisclosureForm"/>.
/// </summary>
public sealed record DisclosureTableDefinition
{
    public required DisclosureTableKind Kind { get; init; }

    /// <summary>Title with `{Y}` for the year.</summary>
    public required string TitleTemplate { get; init; }

    /// <summary>Words that name this table in a title printed differently from <see cref="TitleTemplate"/> (all must appear).</summary>
    public required IReadOnlyList<string> TitleWords { get; init; }

    /// <summary>Or: the ending that names it (e.g. `支出预算总表`).</summary>
    public string? TitleEnding { get; init; }

    /// <summary>The template's column-group head where the amount columns have a single one (DSC-13 compares with it).</summary>
    public string? GroupHeader { get; init; }

    public string AmountUnitLine { get; init; } = DisclosureForm.AmountUnitLine;

    public required DisclosureRowShape Shape { get; init; }

    /// <summary>The head rows as printed, top to bottom.</summary>
    public required IReadOnlyList<IReadOnlyList<HeadCell>> Head { get; init; }

    /// <summary>The money columns (of the expense side on 表1/表4), left to right, groups with their sub-columns.</summary>
    public required IReadOnlyList<DisclosureColumn> Columns { get; init; }

    /// <summary>Code rows: the code levels printed in their own columns (类 · 款 [· 项]).</summary>
    public IReadOnlyList<CodePart> CodeParts { get; init; } = [];

    /// <summary>Code rows: the head over the code columns (功能分类科目编码) and the name column's head.</summary>
    public string? CodeHeader { get; init; }

    public string? NameHeader { get; init; }

    /// <summary>表1/表4: the income lines, top to bottom.</summary>
    public IReadOnlyList<DisclosureLine> IncomeLines { get; init; } = [];

    /// <summary>The totals row (合计), or the income side's (收入总计) on 表1/表4.</summary>
    public DisclosureLine? TotalRow { get; init; }

    /// <summary>表1/表4: the expense side's totals row (支出总计).</summary>
    public DisclosureLine? ExpenseTotalRow { get; init; }

    /// <summary>The statement printed when the table has no rows (`本单位无…。`), where the form gives one.</summary>
    public string? EmptyStatement { get; init; }

    public int Number => (int)Kind;

    /// <summary>The label used in findings and messages, e.g. `表3`.</summary>
    public string Label => $"表{Number.ToString(CultureInfo.InvariantCulture)}";

    public string TitleFor(int year) => WithYear(TitleTemplate, year);

    /// <summary>The title without its year (`单位支出预算总表`), what a sheet or a title line is recognised by.</summary>
    public string TitleBody => TitleTemplate.Replace("{Y}年", "", StringComparison.Ordinal);

    /// <summary>The money columns holding amounts, left to right.</summary>
    public IReadOnlyList<DisclosureColumn> MoneyColumns => Columns.SelectMany(c => c.Leaves).ToList();

    /// <summary>
    /// The head rows for <paramref name="year"/>, a group head replaced by the one the package printed
    /// (<paramref name="printedGroups"/>, by <see cref="HeadCell.GroupSlot"/>) where it printed one.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<HeadCell>> HeadFor(int year, IReadOnlyList<string>? printedGroups = null) =>
        Head.Select(row => (IReadOnlyList<HeadCell>)row.Select(c => c with
        {
            Text = c.GroupSlot is int slot && printedGroups is not null && slot < printedGroups.Count && !string.IsNullOrWhiteSpace(printedGroups[slot])
                ? printedGroups[slot]
                : WithYear(c.Text, year),
        }).ToList()).ToList();

    /// <summary>A code as printed in the code columns: `2080505` → `208` `05` `05`; a level the code does not reach is blank.</summary>
    public IReadOnlyList<string> CodeCells(string? code)
    {
        var v = code ?? "";
        var cells = new List<string>();
        var start = 0;
        foreach (var part in CodeParts)
        {
            cells.Add(v.Length >= start + part.Digits ? v.Substring(start, part.Digits) : start == 0 ? v : "");
            start += part.Digits;
        }

        return cells;
    }

    /// <summary>Whether a title body (year and number removed, no spaces) names this table.</summary>
    public bool IsTitled(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return TitleWords.Count > 0 ? TitleWords.All(w => body.Contains(w, StringComparison.Ordinal))
            : TitleEnding is not null && body.EndsWith(TitleEnding, StringComparison.Ordinal);
    }

    public static string WithYear(string text, int year) =>
        text.Replace("{Y}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
