using Jixiao.Documents.Cells;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// Finds every indicator grid in a document of positioned cells by its header row, whatever the template: the
/// columns are recognised through the form definitions' vocabulary (<see cref="IndicatorGridVocabulary"/>), the rows
/// read below it (<see cref="IndicatorGridRowReader"/>) until a closing cell, the next grid's header or the end of the
/// text; a grid the text stops inside keeps the rows that are there and says where the text ends.
/// </summary>
public static class IndicatorGridRecogniser
{
    private const int RowsSampledForShape = 12;

    public static IReadOnlyList<RecognisedGrid> Find(CellDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var cells = IndicatorGridCells.Of(document).ToList();
        var grids = new List<RecognisedGrid>();
        var header = IndicatorGridHeader.Find(cells, 0) ?? IndicatorGridHeader.FindScattered(cells);
        if (header is null && IndicatorGridTransposed.Find(cells) is { } transposed) return [transposed];
        while (header is not null)
        {
            var nextHeader = IndicatorGridHeader.Find(cells, header.End);
            var limit = nextHeader?.Start ?? cells.Count;
            var stream = IsOneCellPerLine(document, cells, header.End, limit);
            var (lead, start) = header.Scattered && IndicatorGridNameQueue.ReadScatteredLead(cells, header, limit) is { } read ? read : ([], header.End);
            IndicatorGridNameQueue.PairQueuedNames(cells, start, limit, header.Columns, stream);
            var (raw, next, closed) = new IndicatorGridRowReader(cells, header.Columns, stream) { SkipLeadingValues = header.Scattered }.ReadAll(start, limit);
            grids.Add(Build(cells, header, [.. lead, .. raw], next, atEnd: !closed && nextHeader is null));
            header = nextHeader;
        }
        return grids;
    }

    /// <summary>
    /// True when most rows below the header were read one cell per line (or are flat text cut into cells): their rows
    /// are cut by the column count rather than by printed rows.
    /// </summary>
    private static bool IsOneCellPerLine(CellDocument document, IReadOnlyList<Cell> cells, int start, int limit)
    {
        var rows = cells.Skip(start).Take(limit - start).Where(c => !IndicatorGridHeader.IsBlank(c.Text))
            .Select(c => c.Row).Distinct().Take(RowsSampledForShape).Select(r => document.Rows[r]).ToList();
        return rows.Count > 0 && rows.Count(r => r.Shape == RowShape.CellPerLine || (r.Shape == RowShape.Flat && r.Cells.Count == 1)) * 2 >= rows.Count;
    }

    private static RecognisedGrid Build(IReadOnlyList<Cell> cells, IndicatorGridHeader header, IReadOnlyList<IndicatorGridRawRow> raw, int next, bool atEnd)
    {
        var builder = new IndicatorGridRowBuilder(header.Columns);
        var rows = new List<RecognisedIndicator>();
        foreach (var r in raw)
            if (builder.Build(r) is { } indicator) rows.Add(indicator);
        rows = IndicatorGridWeightPool.PlaceMissingWeight(rows);
        var warnings = new List<ImportWarning>(builder.Warnings);
        var lastCell = next > header.End ? cells[Math.Min(next, cells.Count) - 1] : cells[header.End - 1];
        if (atEnd) warnings.Add(TextEnds(raw, rows, lastCell));
        return new RecognisedGrid(
            [.. header.Columns.Select(c => c.Header)], rows, cells[header.Start].Row, lastCell.Row, warnings)
        { ColumnRoles = header.Columns, HeaderSharesRow = header.Start > 0 && cells[header.Start - 1].Row == cells[header.Start].Row };
    }

    /// <summary>The text stops inside the grid: say where, and whether the last row was cut.</summary>
    private static ImportWarning TextEnds(IReadOnlyList<IndicatorGridRawRow> raw, List<RecognisedIndicator> rows, Cell lastCell)
    {
        var where = lastCell.Line.Location ?? $"第 {lastCell.Line.Number} 行";
        var cut = raw.Count > 0 && IsCut(raw) && rows.Count > 0 && rows[^1].First == raw[^1].First
            ? $"最后一行指标“{rows[^1].Name}”不完整，已按读到的内容保留；"
            : "";
        return new ImportWarning(lastCell.Line.Number, $"文本在{where}结束，指标表可能不完整：{cut}共读到 {rows.Count} 行指标。")
        { Location = lastCell.Line.Location };
    }

    /// <summary>The last row reaches fewer columns than the widest other row.</summary>
    private static bool IsCut(IReadOnlyList<IndicatorGridRawRow> raw)
    {
        static int Reach(IndicatorGridRawRow r)
        {
            for (var c = r.Cells.Count - 1; c >= 0; c--)
                if (r.Cells[c] is { } cell && !IndicatorGridHeader.IsBlank(cell.Text)) return c;
            return -1;
        }
        var widest = raw.Take(raw.Count - 1).Select(Reach).DefaultIfEmpty(raw[^1].Cells.Count - 1).Max();
        return Reach(raw[^1]) < widest;
    }
}
