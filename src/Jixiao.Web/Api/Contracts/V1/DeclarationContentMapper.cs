using System.Globalization;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Web.Api.Contracts.V1;

/// <summary>
/// Between the wire (<see cref="DeclarationContent"/>) and the domain <see cref="Project"/>, at the API boundary.
/// A request is laid over the stored project: the form's header fields, funds, sub-projects, narrative and rows are
/// replaced; what the request cannot carry (form, template, year, …) stays as stored. Unknown keys and unreadable texts
/// are refused with the field named in Chinese, nothing applied.
/// </summary>
public static class DeclarationContentMapper
{
    public static DeclarationContent ToContract(Project p) => new()
    {
        Fields = DeclarationHeader.For(p).ToDictionary(f => f.Key, f => f.Read(p)),
        Funds = FundCells.ToDictionary(c => c.Key, c => c.Read(p.Funds)),
        SubProjects = p.SubProjects.Select(s => new SubProjectItem(s.Name, s.AmountYuan)).ToList(),
        Narrative = p.Narrative.ToDictionary(n => n.Key.ToString(), n => (string?)n.Value),
        Indicators = p.Indicators.Select(i => new IndicatorItem
        {
            Key = i.Key, Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, TargetText = i.Target.OriginalText, Direction = i.Direction,
        }).ToList(),
    };

    /// <summary>The stored project with the request laid over it, or the problems by field key (then nothing is applied).</summary>
    public static (Project? Project, Dictionary<string, string[]> Errors) Apply(DeclarationContent request, Project stored)
    {
        var errors = new Dictionary<string, string[]>();
        var fields = DeclarationHeader.For(stored);
        var project = stored;
        foreach (var key in (request.Fields ?? []).Keys.Where(k => fields.All(f => f.Key != k)))
            errors[$"fields.{key}"] = [$"申报表没有“{key}”这一项。"];
        foreach (var field in fields)
        {
            var text = (request.Fields ?? []).GetValueOrDefault(field.Key);
            var (next, error) = field.Write(project, string.IsNullOrWhiteSpace(text) ? null : text);
            if (error is not null) errors[$"fields.{field.Key}"] = [error];
            else project = next;
        }

        var funds = ProjectFunds.None;
        foreach (var (key, amount) in request.Funds ?? [])
        {
            if (FundCells.FirstOrDefault(c => c.Key == key) is { } cell) funds = cell.Write(funds, amount);
            else errors[$"funds.{key}"] = [$"项目资金没有“{key}”这一栏。"];
        }

        var narrative = new Dictionary<NarrativeSection, string>();
        foreach (var (key, text) in request.Narrative ?? [])
        {
            if (!Enum.TryParse<NarrativeSection>(key, ignoreCase: false, out var section) || !Enum.IsDefined(section))
                errors[$"narrative.{key}"] = [$"项目经费情况说明没有“{key}”这一部分。"];
            else if (!string.IsNullOrWhiteSpace(text)) narrative[section] = text;
        }

        if (errors.Count > 0) return (null, errors);
        return (project with
        {
            Funds = funds,
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
        }, errors);
    }

    private sealed record FundCell(string Key, Func<ProjectFunds, decimal?> Read, Func<ProjectFunds, decimal?, ProjectFunds> Write);

    private static readonly FundCell[] FundCells =
    [
        new("projectFundsTotal", f => f.ProjectFundsTotal, (f, v) => f with { ProjectFundsTotal = v }),
        new("fiscalFunds", f => f.FiscalFunds, (f, v) => f with { FiscalFunds = v }),
        new("otherFunds", f => f.OtherFunds, (f, v) => f with { OtherFunds = v }),
        new("annualRequestTotal", f => f.AnnualRequestTotal, (f, v) => f with { AnnualRequestTotal = v }),
        new("currentYearAppropriation", f => f.CurrentYearAppropriation, (f, v) => f with { CurrentYearAppropriation = v }),
        new("priorYearCarryover", f => f.PriorYearCarryover, (f, v) => f with { PriorYearCarryover = v }),
        new("annualOtherFunds", f => f.AnnualOtherFunds, (f, v) => f with { AnnualOtherFunds = v }),
    ];
}

/// <summary>One header field of a declaration as the web reads and writes it: key, label and its text.</summary>
public sealed record HeaderFieldView(string Key, string Label, string Kind, bool Required, IReadOnlyList<string> Choices,
    Func<Project, string?> Read, Func<Project, string?, (Project Project, string? Error)> Write);

/// <summary>The header fields of a declaration's form, in layout order.</summary>
public static class DeclarationHeader
{
    public static IReadOnlyList<HeaderFieldView> For(Project p) => Fields;

    private static readonly HeaderFieldView[] Fields =
    [
        Text("name", "项目名称", p => p.Name, (p, v) => p with { Name = v ?? "" }, required: true),
        Text("nature", "项目性质", p => p.Nature, (p, v) => p with { Nature = v }),
        Text("category", "项目类别", p => p.Category, (p, v) => p with { Category = v }),
        Text("supervisingDepartment", "主管部门", p => p.SupervisingDepartment, (p, v) => p with { SupervisingDepartment = v }),
        Text("implementingUnit", "实施单位", p => p.ImplementingUnit, (p, v) => p with { ImplementingUnit = v }),
        Date("plannedStart", "计划开始日期", p => p.PlannedStart, (p, v) => p with { PlannedStart = v }),
        Date("plannedEnd", "计划完成日期", p => p.PlannedEnd, (p, v) => p with { PlannedEnd = v }),
        Text("overallGoal", "项目总目标", p => p.OverallGoal, (p, v) => p with { OverallGoal = v }, kind: "Narrative"),
        Text("annualGoal", "年度总体目标", p => p.AnnualGoal, (p, v) => p with { AnnualGoal = v }, kind: "Narrative"),
    ];

    private static HeaderFieldView Text(string key, string label, Func<Project, string?> read, Func<Project, string?, Project> write,
        bool required = false, string kind = "Text") =>
        new(key, label, kind, required, [], read, (p, v) => (write(p, v), null));

    private static HeaderFieldView Date(string key, string label, Func<Project, DateOnly?> read, Func<Project, DateOnly?, Project> write) =>
        new(key, label, "Date", false, [], p => read(p)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (p, v) =>
            v is null ? (write(p, null), null)
            : DateOnly.TryParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? (write(p, d), null)
            : (p, $"“{label}”应为日期，如 2024-03-01，现为“{v}”。"));
}
