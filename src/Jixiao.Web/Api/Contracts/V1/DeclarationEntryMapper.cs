using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Text;

namespace Jixiao.Web.Api.Contracts.V1;

/// <summary>
/// Between the wire (<see cref="DeclarationEntry"/>) and the domain <see cref="Project"/>, at the API boundary. The
/// fields are whatever the project's form definition lists (<see cref="FormDefinitions"/>), each as its original text,
/// so a field added to the definition travels with no change here. A request is laid over the stored project: every
/// field of the form, the sub-projects, the narrative and the rows are replaced; what the request cannot carry (form,
/// template, year) stays as stored. Unknown keys and texts that do not read as their kind are refused, naming the field
/// in Chinese, and nothing is applied.
/// </summary>
public static class DeclarationEntryMapper
{
    /// <summary>
    /// The declaration form a project is entered on. A project read from another form (the declared part of an imported
    /// 自评表) is shown on the 2024 district 申报表: the 自评表's header grid is eight columns wide and its 实际完成情况
    /// belongs to the self-evaluation, not to the declaration.
    /// </summary>
    public static FormDefinition FormOf(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return FormDefinitions.Declarations.FirstOrDefault(d => d.Form == p.Form) ?? DeclarationForms.District2024;
    }

    public static DeclarationEntry ToContract(Project p)
    {
        var form = FormOf(p);
        return new()
        {
            Fields = form.Fields.ToDictionary(f => f.Key, f => f.Text(p)),
            SubProjects = p.SubProjects.Select(s => new SubProjectItem(s.Name, s.AmountYuan)).ToList(),
            // Sections the form holds as fields (the 2020 municipal texts) travel as fields only.
            Narrative = p.Narrative.Where(n => !form.Fields.Any(f => f.Key == SectionKey(n.Key)))
                .ToDictionary(n => n.Key.ToString(), n => (string?)n.Value),
            Indicators = p.Indicators.Select(i => new IndicatorItem
            {
                Key = i.Key,
                Level1 = i.Level1,
                Level2 = i.Level2,
                Name = i.Name,
                TargetText = i.Target.OriginalText,
                Direction = i.Direction,
            }).ToList(),
        };
    }

    /// <summary>The stored project with the request laid over it, or the problems by field key (then nothing is applied).</summary>
    public static (Project? Project, Dictionary<string, string[]> Errors) Apply(DeclarationEntry request, Project stored)
    {
        var form = FormOf(stored);
        var errors = new Dictionary<string, string[]>();
        var fields = request.Fields ?? [];
        foreach (var key in fields.Keys.Where(k => form.Field(k) is null))
            errors[$"fields.{key}"] = [$"{form.Title}没有“{key}”这一项。"];
        foreach (var field in form.Fields)
            if (FieldTextError(field, fields.GetValueOrDefault(field.Key)) is { } error) errors[$"fields.{field.Key}"] = [error];

        var narrative = new Dictionary<NarrativeSection, string>();
        foreach (var (key, text) in request.Narrative ?? [])
        {
            if (!Enum.TryParse<NarrativeSection>(key, ignoreCase: false, out var section) || !Enum.IsDefined(section))
                errors[$"narrative.{key}"] = [$"项目经费情况说明没有“{key}”这一部分。"];
            else if (!string.IsNullOrWhiteSpace(text)) narrative[section] = text;
        }

        if (errors.Count > 0) return (null, errors);
        var project = stored with
        {
            SubProjects = (request.SubProjects ?? []).Select(s => new SubProject(s.Name ?? "", s.AmountYuan)).ToList(),
            Narrative = narrative,
            Indicators = (request.Indicators ?? []).Select((i, n) => new Indicator
            {
                Key = i.Key is { } k && k != Guid.Empty ? k : null,
                Level1 = i.Level1 ?? "",
                Level2 = i.Level2 ?? "",
                Name = i.Name ?? "",
                Target = TargetParser.Parse(i.TargetText ?? ""),
                Direction = i.Direction,
                Ordinal = n + 1,
            }).ToList(),
        };
        // Fields last: a narrative section the form holds as a field is set by its field.
        project = form.WriteAll(project, fields);

        // A field the domain's text limits do not know yet (a line just added to the definition) is capped by its kind.
        var reported = ProjectTextLimits.Check(project).Select(v => v.Field).ToHashSet();
        foreach (var field in form.Fields.Where(f => !reported.Contains(f.Key)))
            if (TextLimits.Check(field.Text(project), field.Kind == FieldKind.Narrative ? TextKind.Narrative : TextKind.Short, field.Name) is { } tooLong)
                errors[$"fields.{field.Key}"] = [tooLong];
        return errors.Count > 0 ? (null, errors) : (project, errors);
    }

    /// <summary>Why <paramref name="text"/> cannot be this field's value (money, date, 是/否 or a choice that does not read), or null.</summary>
    public static string? FieldTextError(FieldDefinition field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = FieldValue.Of(field.Kind, text);
        return field.Kind switch
        {
            FieldKind.Money when value.Money is null => $"“{field.Name}”应为金额（元），如 1,392,000.00，现为“{text}”。",
            FieldKind.Date when value.Date is null => $"“{field.Name}”应为日期，如 2024-03-01，现为“{text}”。",
            FieldKind.YesNo when value.YesNo is null => $"“{field.Name}”应填“是”或“否”，现为“{text}”。",
            FieldKind.Choice when field.Choices.Count > 0 && !field.Choices.Contains(text.Trim()) =>
                $"“{field.Name}”应为{string.Join("、", field.Choices.Select(c => $"“{c}”"))}之一，现为“{text}”。",
            _ => null,
        };
    }

    // The field key a form gives a narrative section it holds as a field (`overview` for Overview).
    private static string SectionKey(NarrativeSection s) => char.ToLowerInvariant(s.ToString()[0]) + s.ToString()[1..];
}
