using Jixiao.Documents.Cells;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// Reads the 年度履职目标 table of a department-level form (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额): the row that
/// prints those labels, then the rows below it while they read as duties. A row layout (pipes, aligned words, tabs) gives
/// a row per duty; a cell-per-line layout gives a stream of cells taken four at a time. The amount is kept as printed.
/// </summary>
public static class DutyTableReader
{
    private static readonly string[] Labels = ["部门职能", "年度目标任务", "支出项目名称", "预算金额"];

    /// <summary>The duties of <paramref name="document"/>, or none when it prints no 年度履职目标 table.</summary>
    public static IReadOnlyList<DepartmentDuty> Read(CellDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rows = document.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Cells.Select(c => c.Text).ToList();
            if (cells.Count >= 3 && Labels.Count(l => cells.Any(c => c.StartsWith(l, StringComparison.Ordinal))) >= 3)
                return RowDuties(rows, i + 1);
            // One label per line: the four labels on four rows of one cell.
            if (cells.Count == 1 && cells[0].StartsWith(Labels[0], StringComparison.Ordinal) && i + 3 < rows.Count
                && Enumerable.Range(1, 3).All(k => rows[i + k].Cells.Count == 1 && rows[i + k].Cells[0].Text.StartsWith(Labels[k], StringComparison.Ordinal)))
                return StreamDuties(rows, i + 4);
        }
        return [];
    }

    private static List<DepartmentDuty> RowDuties(IReadOnlyList<CellRow> rows, int from)
    {
        var duties = new List<DepartmentDuty>();
        for (var i = from; i < rows.Count; i++)
        {
            var cells = rows[i].Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToList();
            if (cells.Count < 3 || Amount(cells[^1]) is null || EndsTable(cells)) break;
            // Function, task and project from the left and right; a task split over aligned words joins back up.
            var task = cells.Count > 3 ? string.Join(' ', cells.Skip(1).Take(cells.Count - 3)) : "";
            duties.Add(new DepartmentDuty(cells[0], task, cells[^2], cells[^1], Amount(cells[^1])) { SourceLine = rows[i].Cells[0].Line.Number });
        }
        return duties;
    }

    private static List<DepartmentDuty> StreamDuties(IReadOnlyList<CellRow> rows, int from)
    {
        var duties = new List<DepartmentDuty>();
        var cells = rows.Skip(from).TakeWhile(r => r.Cells.Count == 1).Select(r => r.Cells[0]).ToList();
        for (var i = 0; i + 3 < cells.Count; i += 4)
        {
            var texts = cells.Skip(i).Take(4).Select(c => c.Text.Trim()).ToList();
            if (Amount(texts[3]) is null || EndsTable(texts)) break;
            duties.Add(new DepartmentDuty(texts[0], texts[1], texts[2], texts[3], Amount(texts[3])) { SourceLine = cells[i].Line.Number });
        }
        return duties;
    }

    // The indicator grid's header ends the table.
    private static bool EndsTable(IEnumerable<string> cells) => cells.Any(c => c.Contains("指标", StringComparison.Ordinal) && c.Length <= 6);

    // The column is printed in 万元; the figure is stored in 元 (ADR-039).
    private static decimal? Amount(string text) =>
        FieldText.Money(text.Replace("万元", "", StringComparison.Ordinal).Trim()) is { } wan ? Domain.Money.Amount.FromWanYuan(wan).Yuan : null;
}
