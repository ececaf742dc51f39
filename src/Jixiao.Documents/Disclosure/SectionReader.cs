using Jixiao.Documents.Text;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Money;

namespace Jixiao.Documents.Disclosure;

/// <summary>
/// Splits a table's lines into cells. Cells are tab-indented lines; a line with no tab and no text separates rows.
/// An un-indented text line is a header cell's wrapped continuation (`事业单位` + `经营收入`) while no amount has been
/// seen; a sentence ending in `。` is the table's statement and ends the table; any other un-indented text after
/// the amounts ends the table (the narrative resumes).
/// </summary>
internal static class SectionReader
{
    public static TableSection Read(
        IReadOnlyList<SourceLine> lines, int titleIndex, int endIndex, DisclosureTableKind kind)
    {
        if (IsTabbed(lines, titleIndex, endIndex))
        {
            return ReadTabbed(lines, titleIndex, endIndex, kind);
        }

        var cells = new List<Cell>();
        string? statement = null;
        string? preparer = null;
        string? unit = null;
        var group = 0;
        var lastWasSeparator = false;
        var sawAmount = false;
        var i = titleIndex + 1;
        for (; i < endIndex; i++)
        {
            var raw = lines[i].Text;
            var text = raw.Trim();
            var indented = raw.StartsWith('\t');
            if (!indented && text.Length == 0)
            {
                if (!lastWasSeparator)
                {
                    group++;
                }

                lastWasSeparator = true;
                continue;
            }

            lastWasSeparator = false;
            if (!indented)
            {
                if (text.EndsWith('。'))
                {
                    statement = text;
                    i++;
                    break;
                }

                if (!sawAmount && cells.Count > 0 && !cells[^1].IsBlank)
                {
                    cells[^1] = cells[^1] with { Text = cells[^1].Text + text };
                    continue;
                }

                break;
            }

            if (IsPreparer(text))
            {
                preparer ??= text;
                continue;
            }

            if (IsAmountUnit(text))
            {
                unit ??= text;
                continue;
            }

            if (!sawAmount && text.Length > 0 && MoneyText.Parse(text).IsOk && text.Length > 3)
            {
                sawAmount = true;
            }

            cells.Add(new Cell(lines[i].Number, text, group));
        }

        return new TableSection(kind, lines[titleIndex].Number, lines[titleIndex].Text.Trim(), cells, statement, preparer, unit, i);
    }

    // Rows written one per line with tab-separated cells (our own layouts, Word/Excel extractions) rather than one
    // tab-indented cell per line: some line holds a tab after its first character.
    private static bool IsTabbed(IReadOnlyList<SourceLine> lines, int titleIndex, int endIndex)
    {
        for (var i = titleIndex + 1; i < endIndex; i++)
        {
            if (lines[i].Text.Length > 1 && lines[i].Text.IndexOf('\t', 1) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tabbed layout: each line is one printed row (its own <see cref="Cell.Group"/>), cells split at tabs, covered
    /// merged cells written empty. Rows are padded with blank cells to the widest row, since trailing blank cells are
    /// not written. `编制单位：…` / `单位：元` cells are frame lines wherever they sit. A line without a tab is a
    /// one-cell row inside the table, the statement when it ends in `。`, and ends the table after a blank line.
    /// </summary>
    private static TableSection ReadTabbed(IReadOnlyList<SourceLine> lines, int titleIndex, int endIndex, DisclosureTableKind kind)
    {
        var rows = new List<(int Line, List<string> Cells)>();
        string? statement = null, preparer = null, unit = null;
        var previousBlank = false;
        var i = titleIndex + 1;
        for (; i < endIndex; i++)
        {
            var raw = lines[i].Text;
            if (raw.Trim().Length == 0)
            {
                previousBlank = true;
                continue;
            }

            var cells = raw.Split('\t').Select(CellText).ToList();
            var frame = cells.Where(c => IsPreparer(c) || IsAmountUnit(c)).ToList();
            foreach (var c in frame)
            {
                if (IsPreparer(c))
                {
                    preparer ??= c;
                }
                else
                {
                    unit ??= c;
                }
            }

            if (frame.Count > 0 && cells.All(c => c.Length == 0 || frame.Contains(c)))
            {
                previousBlank = false;
                continue;
            }

            if (!raw.Contains('\t'))
            {
                var text = cells[0];
                if (text.EndsWith('。'))
                {
                    statement = text;
                    i++;
                    break;
                }

                if (previousBlank || rows.Count == 0)
                {
                    break;
                }
            }

            previousBlank = false;
            rows.Add((lines[i].Number, cells));
        }

        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        var all = new List<Cell>();
        for (var g = 0; g < rows.Count; g++)
        {
            var (line, cells) = rows[g];
            all.AddRange(cells.Select(c => new Cell(line, c, g)));
            all.AddRange(Enumerable.Range(0, width - cells.Count).Select(_ => new Cell(line, string.Empty, g)));
        }

        return new TableSection(kind, lines[titleIndex].Number, lines[titleIndex].Text.Trim(), all, statement, preparer, unit, i);
    }

    // A cell as the cell-per-line reader sees it: trimmed (U+3000 included), `<br>` line breaks joined.
    private static string CellText(string raw) =>
        raw.Replace("<br>", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();

    public static bool IsPreparer(string text) =>
        text.StartsWith("编制单位", StringComparison.Ordinal) || text.StartsWith("编制部门", StringComparison.Ordinal);

    public static bool IsAmountUnit(string text)
    {
        var t = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        return t is "单位：元" or "单位:元" or "单位：万元" or "单位:万元" or "金额单位：元" or "金额单位:元";
    }

    /// <summary>The text after `编制单位：`/`编制部门：` (full- or half-width colon).</summary>
    public static string PreparerName(string preparerLine)
    {
        var colon = preparerLine.IndexOfAny(['：', ':']);
        return colon < 0 ? string.Empty : preparerLine[(colon + 1)..].Trim();
    }
}
