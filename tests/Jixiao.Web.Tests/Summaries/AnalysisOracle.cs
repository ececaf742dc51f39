using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Bounds;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Summaries;

/// <summary>
/// The oracle of the summary equality tests (ADR-051): the 分析 screen as it was computed before the summaries, per
/// request from every stored form's JSON, kept here verbatim (only the 指标库 lookup copied in) to compare the new
/// report with.
/// </summary>
public sealed partial class AnalysisOracle(JixiaoDbContext db, CurrentUser me)
{
    private sealed record Evaluated(Project Form, Guid VersionId, ProjectScore Score, FormState State, decimal? Budget, decimal? Spent,
        DeclarationContent Declared, EvaluationContent Content);

    private sealed record Facts(Guid Id, string Name, int Year, Organization Unit, DeclarationContent Current, IReadOnlyList<Finding> Findings,
        Evaluated? Evaluation);

    /// <summary>
    /// The report for an organization (<paramref name="orgId"/>, default the user's top level) or one project, optionally
    /// for one year. Null when the organization or project is outside the user's scope (callers answer 404).
    /// </summary>
    public async Task<AnalysisReport?> BuildAsync(int? orgId, Guid? projectId, int? year, CancellationToken ct)
    {
        var orgs = await me.ScopeOrgs(db.Organizations.AsNoTracking()).ToListAsync(ct);
        var top = me.IsFinance
            ? orgs.Where(o => o.ParentId is null).OrderBy(o => o.Id).FirstOrDefault()
            : orgs.FirstOrDefault(o => o.Id == me.OrgId);
        if (top is null) return null;

        var scoped = me.Scope(db.Projects).Where(p => p.Unit!.Kind == OrgKind.Unit); // a department's own 部门整体 form is not one of its projects (ADR-057)
        Organization? focus;
        if (projectId is { } pid)
        {
            var unitId = await scoped.Where(p => p.Id == pid).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(ct);
            focus = orgs.FirstOrDefault(o => o.Id == unitId);
        }
        else focus = orgs.FirstOrDefault(o => o.Id == (orgId ?? top.Id));
        if (focus is null || !focus.Path.StartsWith(top.Path, StringComparison.Ordinal)) return null;

        var inFocus = scoped.Where(p => p.Unit!.Path.StartsWith(focus.Path));
        if (projectId is { } only) inFocus = inFocus.Where(p => p.Id == only);
        var all = await LoadAsync(inFocus, orgs, ct);
        var selected = all.Where(f => year is null || f.Year == year).ToList();

        var level = projectId is not null ? AnalysisLevel.Project
            : focus.Kind switch { OrgKind.FinanceBureau => AnalysisLevel.District, OrgKind.Department => AnalysisLevel.Department, _ => AnalysisLevel.Unit };
        var definitions = LibraryOracle.ByIdentity(await db.IndicatorDefinitions.AsNoTracking().ToListAsync(ct))
            .ToDictionary(kv => kv.Key, kv => kv.Value.Id);

        return new AnalysisReport
        {
            Level = level,
            FocusName = level == AnalysisLevel.Project ? all.Single().Name : focus.Name,
            FocusOrgId = focus.Id,
            FocusProjectId = projectId,
            Year = year,
            Years = all.Select(f => f.Year).Distinct().OrderDescending().ToList(),
            Breadcrumb = Breadcrumb(orgs, top, focus, level == AnalysisLevel.Project ? all.Single() : null),
            Total = Group(focus.Name, focus.Id, null, selected),
            Groups = Groups(level, focus, orgs, selected),
            Grades = GradeCounts(selected),
            Distribution = Distribution(selected),
            Evaluations = selected.Where(f => f.Evaluation is not null).Select(ToScore)
                .OrderBy(e => e.UnitName, StringComparer.Ordinal).ThenBy(e => e.ProjectName, StringComparer.Ordinal).ToList(),
            CommonFindings = CommonFindings(selected),
            YearOverYear = YearOverYear(all, definitions, level is AnalysisLevel.District or AnalysisLevel.Department),
            YearOverYearIndicators = YearOverYear(all, definitions, false).Count,
        };
    }

    private async Task<List<Facts>> LoadAsync(IQueryable<ProjectEntity> projects, IReadOnlyList<Organization> orgs, CancellationToken ct)
    {
        var versions = await (
                from v in db.DeclarationVersions.AsNoTracking()
                join p in projects.AsNoTracking() on v.ProjectId equals p.Id
                select new { p.Id, p.Name, p.Year, p.UnitId, VersionId = v.Id, v.Number, v.State, v.Content })
            .ToListAsync(ct);
        var ids = versions.Select(v => v.Id).Distinct().ToList();
        var evaluations = await db.SelfEvaluations.AsNoTracking()
            .Where(e => ids.Contains(e.ProjectId))
            .Select(e => new { e.ProjectId, e.DeclarationVersionId, e.State, e.ProfileId, e.Content, e.UpdatedAt })
            .ToListAsync(ct);
        var latestEvaluation = evaluations.GroupBy(e => e.ProjectId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.UpdatedAt)!);
        var contentById = versions.ToDictionary(v => v.VersionId, v => v.Content);
        var unitsById = orgs.ToDictionary(o => o.Id);

        return versions.GroupBy(v => v.Id).Select(g =>
        {
            var current = g.MaxBy(v => v.Number)!;
            Evaluated? evaluated = null;
            if (latestEvaluation.TryGetValue(g.Key, out var e) && contentById.TryGetValue(e.DeclarationVersionId, out var declaredJson))
                evaluated = Evaluate(e.DeclarationVersionId, declaredJson, e.Content, e.ProfileId, e.State);
            // A 自评表 is linted with its actuals laid over the version it evaluates; other forms as stored.
            var stored = DeclarationContentJson.Read(current.Content);
            var model = evaluated is not null && evaluated.VersionId == current.VersionId
                ? evaluated.Form
                : stored.ToProject(t => TargetParser.Parse(t));
            return new Facts(g.Key, current.Name, current.Year, unitsById[current.UnitId], stored,
                ProjectService.Lint(model, current.State == FormState.Imported, LintProfile.Default), evaluated);
        }).ToList();
    }

    // The stored evaluation laid over the version it evaluated, scored by the domain (imported forms: Historical, SC-70).
    private static Evaluated Evaluate(Guid versionId, string declaredJson, string evaluationJson, string profileId, FormState state)
    {
        var declared = DeclarationContentJson.Read(declaredJson);
        var content = EvaluationContentJson.Read(evaluationJson);
        var project = content.Apply(declared.ToProject(t => TargetParser.Parse(t)), t => TargetParser.ParseActual(t));
        var mode = state == FormState.Imported ? ScoringMode.Historical : ScoringMode.Live;
        return new Evaluated(project, versionId, Scorer.Score(project, Profile(profileId), mode), state, content.Total.ToFundRow().AdjustedBudget, content.Total.ToFundRow().Expenditure,
            declared, content);
    }

    // A stored form keeps the profile it was scored with; one no longer known falls back to the default.
    private static RuleProfile Profile(string id)
    {
        try { return RuleProfiles.Get(id); }
        catch (KeyNotFoundException) { return RuleProfiles.ShDistrict; }
    }

    private static List<AnalysisCrumb> Breadcrumb(IReadOnlyList<Organization> orgs, Organization top, Organization focus, Facts? project)
    {
        var crumbs = orgs
            .Where(o => focus.Path.StartsWith(o.Path, StringComparison.Ordinal) && o.Path.StartsWith(top.Path, StringComparison.Ordinal))
            .OrderBy(o => o.Path.Length)
            .Select(o => new AnalysisCrumb(o.Name, o.Id, null))
            .ToList();
        if (project is not null) crumbs.Add(new AnalysisCrumb(project.Name, null, project.Id));
        return crumbs;
    }

    private static List<AnalysisGroup> Groups(AnalysisLevel level, Organization focus, IReadOnlyList<Organization> orgs, List<Facts> facts)
    {
        if (level is AnalysisLevel.Unit or AnalysisLevel.Project)
            return facts.OrderBy(f => f.Year).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => Group(f.Name, null, f.Id, [f])).ToList();
        return orgs.Where(o => o.ParentId == focus.Id && (o.Kind is OrgKind.Department or OrgKind.Unit))
            .OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Select(child => Group(child.Name, child.Id, null, facts.Where(f => f.Unit.Path.StartsWith(child.Path, StringComparison.Ordinal)).ToList()))
            .ToList();
    }

    private static AnalysisGroup Group(string name, int? orgId, Guid? projectId, IReadOnlyList<Facts> facts)
    {
        var scores = facts.Where(f => f.Evaluation is not null).Select(f => f.Evaluation!).ToList();
        var grades = scores.Select(s => s.Score.ComputedGrade).ToList();
        var funded = scores.Where(s => s is { Budget: > 0m, Spent: not null }).ToList();
        // Stored figures may predate the range checks (a restore): sums saturate and the rate is blank rather than a 500.
        var budget = SafeMath.Sum(funded.Select(s => s.Budget!.Value));
        var spent = SafeMath.Sum(funded.Select(s => s.Spent!.Value));
        var printed = scores.Where(s => s.Score.PrintedTotal is not null).Select(s => s.Score.PrintedTotal!.Value).ToList();
        return new AnalysisGroup(name, orgId, projectId, facts.Count, scores.Count,
            scores.Count == 0 ? null : Rounding.Score(scores.Average(s => s.Score.ComputedTotal)),
            printed.Count == 0 ? null : Rounding.Score(printed.Average()),
            grades.Count(g => g == Grade.Excellent), grades.Count(g => g == Grade.Good), grades.Count(g => g == Grade.Fair),
            grades.Count(g => g == Grade.Poor),
            budget, spent, funded.Count == 0 || SafeMath.Product(spent, 100m) is not { } hundredfold ? null : SafeMath.Ratio(hundredfold, budget) is { } rate ? Rounding.Percent(rate) : null,
            facts.Sum(f => f.Findings.Count), facts.Sum(f => f.Findings.Count(x => x.Severity == Severity.Error)));
    }

    private static readonly (Grade Grade, string Range)[] GradeRanges =
        [(Grade.Excellent, "90–100"), (Grade.Good, "80–90"), (Grade.Fair, "60–80"), (Grade.Poor, "0–60")];

    private static List<GradeCount> GradeCounts(List<Facts> facts)
    {
        var scores = facts.Where(f => f.Evaluation is not null).Select(f => f.Evaluation!.Score).ToList();
        return GradeRanges.Select(g => new GradeCount(g.Grade.DisplayName(), g.Range,
            scores.Count(s => s.ComputedGrade == g.Grade), scores.Count(s => s.PrintedGrade == g.Grade))).ToList();
    }

    private static readonly decimal[] BandEdges = [0m, 60m, 70m, 80m, 90m, 95m, 100m];

    private static List<ScoreBand> Distribution(List<Facts> facts)
    {
        var totals = facts.Where(f => f.Evaluation is not null).Select(f => f.Evaluation!.Score.ComputedTotal).ToList();
        var last = BandEdges.Length - 2;
        return Enumerable.Range(0, last + 1).Select(i =>
        {
            var (from, to) = (BandEdges[i], BandEdges[i + 1]);
            // The first band takes anything below 0 and the last anything from 95 up, so every total is counted once.
            var count = totals.Count(t => (i == 0 || t >= from) && (i == last || t < to));
            return new ScoreBand(i == last ? $"{from:0}–{to:0}" : $"{from:0}–{to:0}（不含）", from, to, count);
        }).ToList();
    }

    private static EvaluationScore ToScore(Facts f)
    {
        var e = f.Evaluation!;
        return new EvaluationScore(f.Id, f.Name, f.Unit.Name, f.Year, FormStateNames.Chinese(e.State),
            e.Score.Mode == ScoringMode.Historical ? "历史导入" : "在线填报",
            e.Score.PrintedTotal, e.Score.PrintedGrade?.DisplayName(), e.Score.ComputedTotal, e.Score.ComputedGrade.DisplayName(),
            e.Score.ExecutionRateDisplay, e.Budget, e.Spent);
    }

    private static List<FindingCount> CommonFindings(List<Facts> facts) =>
        facts.SelectMany(f => f.Findings.Select(x => (Project: f.Id, Finding: x)))
            .GroupBy(x => x.Finding.RuleId)
            .Select(g => new FindingCount(g.Key, SeverityName(g.Max(x => x.Finding.Severity)),
                RuleCatalog.All.FirstOrDefault(r => r.Id == g.Key) is { } rule ? Placeholder().Replace(rule.Message.Zh, "…") : g.First().Finding.Message,
                g.First().Finding.Message, g.Count(), g.Select(x => x.Project).Distinct().Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.RuleId, StringComparer.Ordinal)
            .ToList();

    // ADR-067: each value with the projects that wrote it, most first; at an aggregate scope only the indicators used by
    // most projects (then by identity) and the most common values of each year, with the number of kinds.
    private static List<IndicatorTrend> YearOverYear(List<Facts> facts, IReadOnlyDictionary<IndicatorIdentity, Guid> definitions, bool summarized)
    {
        var uses = facts.SelectMany(f => f.Current.Indicators.Select(row => (Identity: IndicatorLibrary.Key(row.Name, row.Level1, row.Level2),
                Row: row, Fact: f, Actual: ActualOf(f, row))))
            .ToList();
        var repeated = uses.GroupBy(u => u.Identity)
            .Where(g => g.Select(u => u.Fact.Year).Distinct().Count() >= 2)
            .ToList();
        if (summarized)
            repeated = repeated.OrderByDescending(g => g.Select(u => u.Fact.Id).Distinct().Count()).ThenBy(g => g.Key.Level1, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Level2, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
                .Take(AnalysisTrends.SummaryIndicators).ToList();
        var shown = summarized ? AnalysisTrends.SummaryValues : int.MaxValue;
        return repeated
            .Select(g => (Uses: g, Latest: g.OrderByDescending(u => u.Fact.Year).First().Row))
            .Select(x => new IndicatorTrend(definitions.TryGetValue(x.Uses.Key, out var id) ? id : null,
                x.Latest.Name, LibraryLabel(x.Latest.Level1), LibraryLabel(x.Latest.Level2), x.Uses.Select(u => u.Fact.Id).Distinct().Count(),
                x.Uses.GroupBy(u => u.Fact.Year).OrderBy(y => y.Key).Select(y =>
                {
                    var targets = Counted(y.Select(u => (u.Fact.Id, Text: (string?)u.Row.TargetText)));
                    var actuals = Counted(y.Select(u => (u.Fact.Id, Text: u.Actual)));
                    return new IndicatorYear(y.Key, y.Select(u => u.Fact.Id).Distinct().Count(),
                        targets.Take(shown).ToList(), targets.Count, actuals.Take(shown).ToList(), actuals.Count);
                }).ToList()))
            .OrderBy(t => t.Level1, StringComparer.Ordinal).ThenBy(t => t.Level2, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static List<ValueCount> Counted(IEnumerable<(Guid Project, string? Text)> uses) =>
        uses.Where(u => !string.IsNullOrEmpty(u.Text)).GroupBy(u => u.Text!, StringComparer.Ordinal)
            .Select(g => new ValueCount(g.Key, g.Select(u => u.Project).Distinct().Count()))
            .OrderByDescending(v => v.Projects).ThenBy(v => v.Text, StringComparer.Ordinal).ToList();

    // The category as the library stores it (trimmed, clipped to its column).
    private static string LibraryLabel(string label) => IndicatorLibrary.Clip(label.Trim(), IndicatorLibrary.LevelLength);

    // The evaluation's rows are keyed by the evaluated version's keys; the current version may be a later one, so the
    // row is found by identity within the evaluated version.
    private static string? ActualOf(Facts f, DeclaredIndicator row)
    {
        if (f.Evaluation is not { } e) return null;
        var identity = IndicatorIdentity.Of(row.Name, row.Level1, row.Level2);
        var key = e.Declared.Indicators.FirstOrDefault(i => IndicatorIdentity.Of(i.Name, i.Level1, i.Level2) == identity)?.Key;
        return key is { } k && e.Content.Rows.TryGetValue(k, out var r) ? r.ActualText : null;
    }

    // The catalog's `{name}` placeholders; the example column shows a filled-in message.
    [System.Text.RegularExpressions.GeneratedRegex(@"\{[a-zA-Z0-9_]+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    private static string SeverityName(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
}
