using System.Globalization;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Web.Api.Contracts.V1;

/// <summary>
/// Between the wire (<see cref="DeclarationEntry"/>) and the domain <see cref="Project"/>, at the API boundary.
/// A request is laid over the stored project: every field of the form, the sub-projects, the narrative and the rows
/// are replaced; what the request cannot carry (form, template, year) stays as stored. Unknown keys and texts that do
/// not read as their kind are refused, naming the field in Chinese, and nothing is applied.
/// </summary>
public static class DeclarationEntryMapper
{
    public static DeclarationEntry ToContract(Project p) => new()
    {
        Fields = DeclarationHeader.Fields.ToDictionary(f => f.Key, f => f.Read(p)),
        SubProjects = p.SubProjects.Select(s => new SubProjectItem(s.Name, s.AmountYuan)).ToList(),
        Narrative = p.Narrative.ToDictionary(n => n.Key.ToString(), n => (string?)n.Value),
        Indicators = p.Indicators.Select(i => new IndicatorItem
        {
            Key = i.Key, Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, TargetText = i.Target.OriginalText, Direction = i.Direction,
        }).ToList(),
    };

    /// <summary>The stored project with the request laid over it, or the problems by field key (then nothing is applied).</summary>
    public static (Project? Project, Dictionary<string, string[]> Errors) Apply(DeclarationEntry request, Project stored)
    {
        var errors = new Dictionary<string, string[]>();
        var fields = request.Fields ?? [];
        foreach (var key in fields.Keys.Where(k => DeclarationHeader.Fields.All(f => f.Key != k)))
            errors[$"fields.{key}"] = [$"申报表没有“{key}”这一项。"];
        var project = stored;
        foreach (var field in DeclarationHeader.Fields)
        {
            var text = fields.GetValueOrDefault(field.Key);
            var (next, error) = field.Write(project, string.IsNullOrWhiteSpace(text) ? null : text);
            if (error is not null) errors[$"fields.{field.Key}"] = [error];
            else project = next;
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
}

/// <summary>One field of a declaration as the web reads and writes it: key, label and its text.</summary>
public sealed record HeaderFieldView(string Key, string Label, Func<Project, string?> Read, Func<Project, string?, (Project Project, string? Error)> Write);

/// <summary>The fields of a declaration's form, in layout order.</summary>
public static class DeclarationHeader
{
    public static IReadOnlyList<HeaderFieldView> Fields { get; } =
    [
        Text("name", "项目名称", p => p.Name, (p, v) => p with { Name = v ?? "" }),
        Text("nature", "项目性质", p => p.Nature, (p, v) => p with { Nature = v }),
        Text("category", "项目类别", p => p.Category, (p, v) => p with { Category = v }),
        Text("supervisingDepartment", "主管部门", p => p.SupervisingDepartment, (p, v) => p with { SupervisingDepartment = v }),
        Text("implementingUnit", "实施单位", p => p.ImplementingUnit, (p, v) => p with { ImplementingUnit = v }),
        Date("plannedStart", "计划开始日期", p => p.PlannedStart, (p, v) => p with { PlannedStart = v }),
        Date("plannedEnd", "计划完成日期", p => p.PlannedEnd, (p, v) => p with { PlannedEnd = v }),
        Money("projectFundsTotal", "项目资金总额", f => f.ProjectFundsTotal, (f, v) => f with { ProjectFundsTotal = v }),
        Money("fiscalFunds", "财政资金", f => f.FiscalFunds, (f, v) => f with { FiscalFunds = v }),
        Money("otherFunds", "其他资金", f => f.OtherFunds, (f, v) => f with { OtherFunds = v }),
        Money("annualRequestTotal", "年度资金申请总额", f => f.AnnualRequestTotal, (f, v) => f with { AnnualRequestTotal = v }),
        Money("currentYearAppropriation", "当年财政拨款", f => f.CurrentYearAppropriation, (f, v) => f with { CurrentYearAppropriation = v }),
        Money("priorYearCarryover", "上年结转资金", f => f.PriorYearCarryover, (f, v) => f with { PriorYearCarryover = v }),
        Money("annualOtherFunds", "其他资金（年度资金申请）", f => f.AnnualOtherFunds, (f, v) => f with { AnnualOtherFunds = v }),
        Text("overallGoal", "项目总目标", p => p.OverallGoal, (p, v) => p with { OverallGoal = v }),
        Text("annualGoal", "年度总体目标", p => p.AnnualGoal, (p, v) => p with { AnnualGoal = v }),
    ];

    private static HeaderFieldView Text(string key, string label, Func<Project, string?> read, Func<Project, string?, Project> write) =>
        new(key, label, read, (p, v) => (write(p, v), null));

    private static HeaderFieldView Date(string key, string label, Func<Project, DateOnly?> read, Func<Project, DateOnly?, Project> write) =>
        new(key, label, p => read(p)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (p, v) =>
            v is null ? (write(p, null), null)
            : DateOnly.TryParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? (write(p, d), null)
            : (p, $"“{label}”应为日期，如 2024-03-01，现为“{v}”。"));

    private static HeaderFieldView Money(string key, string label, Func<ProjectFunds, decimal?> read, Func<ProjectFunds, decimal?, ProjectFunds> write) =>
        new(key, label, p => read(p.Funds)?.ToString(CultureInfo.InvariantCulture), (p, v) =>
            v is null ? (p with { Funds = write(p.Funds, null) }, null)
            : decimal.TryParse(v.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
                ? (p with { Funds = write(p.Funds, d) }, null)
                : (p, $"“{label}”应为金额（元），如 1,392,000.00，现为“{v}”。"));
}
