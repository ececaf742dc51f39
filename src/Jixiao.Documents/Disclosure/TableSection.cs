namespace Jixiao.Documents.Disclosure;

/// <summary>
/// One printed cell: a tab-indented line (blank when empty or U+3000 only). <see cref="Group"/> numbers the runs of
/// cells between blank separator lines; a printed row is one run in the sources, so a row never reads across one.
/// </summary>
internal sealed record Cell(int Line, string Text, int Group)
{
    public bool IsBlank => Text.Length == 0;
}

/// <summary>
/// The lines of one table from its title to the next title or to the narrative that follows it: cells, the
/// printed statement of an empty table (`本单位无…。`), and frame lines pulled out of the cell stream.
/// </summary>
internal sealed record TableSection(
    Jixiao.Domain.Disclosure.DisclosureTableKind Kind,
    int TitleLine,
    string Title,
    IReadOnlyList<Cell> Cells,
    string? Statement,
    string? PreparerLine,
    string? AmountUnitLine,
    int EndIndex);
