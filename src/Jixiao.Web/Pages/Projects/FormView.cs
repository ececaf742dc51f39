using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Web.Pages.Projects;

/// <summary>
/// How the declaration pages lay out a form from its definition (<see cref="FormDefinition"/>): the label a clerk
/// reads, the editor's input and column per field, and the form view's table cells. No field is named here.
/// </summary>
public static class FormView
{
    /// <summary>The form view's table is six cells wide, as the printed 申报表's grid.</summary>
    public const int GridWidth = 6;

    /// <summary>The label shown: as printed without `*` or a trailing colon (the pages mark required fields
    /// themselves), or the field's full name where the form prints one label twice (其他资金).</summary>
    public static string Label(FormDefinition form, FieldDefinition f) =>
        form.Fields.Count(x => x.Label == f.Label) > 1 ? f.Name : f.Label.Replace("*", "", StringComparison.Ordinal).TrimEnd('：', ':').Trim();

    /// <summary>The editor's heading of the 项目经费情况说明: `项目经费情况说明（一至七）`, from the first and last printed headings.</summary>
    public static string NarrativeSummary(NarrativeDefinition narrative) =>
        narrative.Sections.Count == 0 ? narrative.Title
            : $"{narrative.Title}（{Ordinal(narrative.Sections[0].Heading)}至{Ordinal(narrative.Sections[^1].Heading)}）";

    /// <summary>The heading a narrative section is shown under: as the form prints it, else its usual name.</summary>
    public static string NarrativeHeading(FormDefinition form, NarrativeSection section) =>
        form.Narrative?.Sections.FirstOrDefault(s => s.Section == section)?.Heading ?? NarrativeSectionNames.Chinese(section);

    private static string Ordinal(string heading) => heading.Split('、')[0];

    /// <summary>The value as the form view prints it: money `#,##0.00`, dates `yyyy-MM-dd`, 是/否, text as typed.</summary>
    public static string? Value(FieldDefinition f, Project p) => f.Read(p).Display;

    /// <summary>The values a choice offers (是/否 for a yes/no field that lists none).</summary>
    public static IReadOnlyList<string> Choices(FieldDefinition f) => f.Kind == FieldKind.YesNo && f.Choices.Count == 0 ? ["是", "否"] : f.Choices;

    /// <summary>A date picker while the text is a plain date (or blank); a date printed another way stays text.</summary>
    public static string DateInputType(FieldDefinition f, Project p) =>
        f.Text(p) is not { } t || (t.Length == 10 && FieldText.Date(t) is { } d && FieldText.FormatDate(d) == t) ? "date" : "text";

    /// <summary>The editor's Bootstrap column: the block's grid split evenly by its widest row, the row's last field taking the rest.</summary>
    public static string EditorColumn(FormDefinition form, string block, IReadOnlyList<FieldDefinition> row, FieldDefinition f)
    {
        if (f.Kind == FieldKind.Narrative) return "col-12";
        var columns = Math.Max(1, form.InBlock(block).Where(x => x.Kind != FieldKind.Narrative).Select(x => x.Place.Order).DefaultIfEmpty(1).Max());
        var width = 12 / columns;
        var offset = f == row[0] && f.Place.Order > 1 ? $" offset-md-{width * (f.Place.Order - 1)}" : "";
        var span = f == row[^1] ? width * (columns - f.Place.Order + 1) : width;
        return $"col-md-{span}{offset}";
    }

    /// <summary>One table row of the form view: the cells before the first field (empty places), then label/value pairs.</summary>
    public sealed record ViewRow(int LeadingEmpty, IReadOnlyList<(FieldDefinition Field, int Colspan)> Cells);

    /// <summary>
    /// The rows of a block in the form view, within a table <paramref name="width"/> cells wide (after the block's own
    /// label cell, if any): each printed row as label/value pairs, the last value running to the end; a narrative field
    /// on a row of its own.
    /// </summary>
    public static IReadOnlyList<ViewRow> ViewRows(FormDefinition form, string block, int width)
    {
        var rows = new List<ViewRow>();
        foreach (var row in form.Rows(block))
        {
            var plain = row.Where(f => f.Kind != FieldKind.Narrative).ToList();
            if (plain.Count > 0)
            {
                var leading = 2 * (plain[0].Place.Order - 1);
                var cells = plain.Select(f => (f, f.Place.Span)).ToList();
                var used = leading + cells.Sum(c => 1 + c.Span);
                cells[^1] = (cells[^1].f, cells[^1].Span + Math.Max(0, width - used));
                rows.Add(new ViewRow(leading, cells));
            }
            rows.AddRange(row.Where(f => f.Kind == FieldKind.Narrative).Select(f => new ViewRow(0, [(f, width - 1)])));
        }
        return rows;
    }

    /// <summary>A version's state as the version list says it: a version kept as it was returned reads 已退回, not 已调整.</summary>
    public static string VersionState(Data.Entities.DeclarationVersion version, Data.Entities.DeclarationVersion? next) =>
        version.State == Domain.Workflow.FormState.Superseded && next?.Origin == Data.Entities.VersionOrigin.Resubmission
            ? "已退回（退回时的内容）"
            : Domain.Workflow.FormStateNames.Chinese(version.State);
}
