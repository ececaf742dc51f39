using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Refusals;
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
    /// belongs to the self-evaluation, not to the declaration. A project created on a data template's 目标表 (ADR-032)
    /// is entered on that template's form.
    /// </summary>
    public static FormDefinition FormOf(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (FormDefinitions.For(p) is { } own && own.Form == p.Form && FormDefinitions.Declarations.Any(d => d.Form == own.Form)) return own;
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
                Columns = IndicatorColumnTexts.Of(form) is { Count: > 0 } own
                    ? own.ToDictionary(c => c.Key!, c => i.Columns?.GetValueOrDefault(c.Key!))
                    : null,
            }).ToList(),
            Duties = Services.DepartmentRollUps.IsDepartmentForm(p.TemplateId)
                ? [.. p.Duties.Select(d => new DutyItem(d.Function, d.Task, d.ProjectName, d.AmountYuan is { } y ? Domain.Money.MoneyUnits.FromYuan(y, Domain.Money.MoneyUnits.WanYuan).ToString(System.Globalization.CultureInfo.InvariantCulture) : d.AmountText))]
                : null,
        };
    }

    /// <summary>The stored project with the request laid over it, or the refusal naming each field (then nothing is applied).</summary>
    public static (Project? Project, ValueRefusal? Refusal) Apply(DeclarationEntry request, Project stored)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = FormOf(stored);
        var fields = request.Fields ?? [];
        var problems = FieldEntries.Problems(form, fields);

        var narrative = new Dictionary<NarrativeSection, string>();
        foreach (var (key, text) in request.Narrative ?? [])
        {
            if (!Enum.TryParse<NarrativeSection>(key, ignoreCase: false, out var section) || !Enum.IsDefined(section))
                problems.Add(new($"narrative.{key}", key, $"项目经费情况说明没有“{key}”这一部分。"));
            else if (!string.IsNullOrWhiteSpace(text)) narrative[section] = text;
        }

        // A row's own column texts go by the form's column keys; a key the form does not have is refused naming it.
        var columns = IndicatorColumnTexts.Of(form).ToDictionary(c => c.Key!, c => c.Label, StringComparer.Ordinal);
        foreach (var (i, n) in (request.Indicators ?? []).Select((i, n) => (i, n)))
            foreach (var key in (i.Columns ?? new Dictionary<string, string?>()).Keys.Where(k => !columns.ContainsKey(k)))
                problems.Add(new($"indicators[{n}].columns.{key}", key, $"第 {n + 1} 行指标：本表的绩效指标没有“{key}”这一列。"));
        foreach (var (i, n) in (request.Indicators ?? []).Select((i, n) => (i, n)))
            foreach (var (key, text) in i.Columns ?? new Dictionary<string, string?>())
                if (columns.TryGetValue(key, out var label) && TextLimits.Check(text, TextKind.Short, label) is { } overLimit)
                    problems.Add(new($"indicators[{n}].columns.{key}", label, $"第 {n + 1} 行指标：{overLimit}"));

        var duties = Duties(request.Duties, stored, problems);
        if (problems.Count > 0) return (null, ValueRefusal.Of(problems, []));
        var project = stored with
        {
            Duties = duties,
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
                Columns = IndicatorColumnTexts.Kept(i.Columns),
                Ordinal = n + 1,
            }).ToList(),
        };
        // Fields last: a narrative section the form holds as a field is set by its field.
        project = form.WriteAll(project, fields);

        // A field the domain's text limits do not know yet (a line just added to the definition) is capped by its kind.
        var reported = ProjectTextLimits.Check(project).Select(v => v.Field).ToHashSet();
        var tooLong = form.Fields.Where(f => !reported.Contains(f.Key))
            .Select(f => (Field: f, Error: TextLimits.Check(f.Text(project), f.Kind == FieldKind.Narrative ? TextKind.Narrative : TextKind.Short, f.Name)))
            .Where(x => x.Error is not null)
            .Select(x => new RefusedField($"fields.{x.Field.Key}", x.Field.Name, x.Error!)).ToList();
        return tooLong.Count > 0 ? (null, ValueRefusal.Of([], tooLong)) : (project, null);
    }

    /// <summary>
    /// 年度履职目标 of a 部门整体 form (ADR-064): null keeps the stored rows; a form that has none refuses them; each text
    /// capped and each amount read in 万元, a refusal naming the row.
    /// </summary>
    private static IReadOnlyList<DepartmentDuty> Duties(List<DutyItem>? items, Project stored, List<RefusedField> problems)
    {
        if (items is null) return stored.Duties;
        if (!Services.DepartmentRollUps.IsDepartmentForm(stored.TemplateId))
        {
            problems.Add(new("duties", "年度履职目标", "本表不是部门整体支出绩效目标表，没有年度履职目标。"));
            return stored.Duties;
        }
        var duties = new List<DepartmentDuty>();
        foreach (var (d, n) in items.Select((d, n) => (d, n)))
        {
            foreach (var (key, label, text, kind) in new[]
                     {
                         ("function", "部门职能", d.Function, TextKind.Short), ("task", "年度目标任务", d.Task, TextKind.Narrative),
                         ("projectName", "支出项目名称", d.ProjectName, TextKind.Name),
                     })
                if (TextLimits.Check(text, kind, label) is { } overLimit)
                    problems.Add(new($"duties[{n}].{key}", label, $"年度履职目标第 {n + 1} 行：{overLimit}"));
            var (wan, error) = DepartmentDuty.ReadAmount(d.AmountWanYuan);
            if (error is not null) problems.Add(new($"duties[{n}].amountWanYuan", "预算金额(万元)", $"年度履职目标第 {n + 1} 行：{error}"));
            duties.Add(new DepartmentDuty((d.Function ?? "").Trim(), (d.Task ?? "").Trim(), (d.ProjectName ?? "").Trim(),
                string.IsNullOrWhiteSpace(d.AmountWanYuan) ? null : d.AmountWanYuan.Trim(), Domain.Money.MoneyUnits.ToYuan(wan, Domain.Money.MoneyUnits.WanYuan)));
        }
        return duties;
    }

    // The field key a form gives a narrative section it holds as a field (`overview` for Overview).
    private static string SectionKey(NarrativeSection s) => char.ToLowerInvariant(s.ToString()[0]) + s.ToString()[1..];
}
