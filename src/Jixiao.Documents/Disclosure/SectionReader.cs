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
