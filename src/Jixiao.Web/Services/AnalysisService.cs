using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Summaries;
using Jixiao.Domain.Bounds;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// Builds the 分析 screen (<see cref="AnalysisReport"/>) within the user's data scope from the summary tables (ADR-051):
/// every number was computed by the domain library when the forms were written (totals and grades by
/// <see cref="Scorer.Score"/>, findings by the linter; <see cref="SummaryCalculator"/>) and is summed here by the
/// database, grouped by unit, so a report reads no form JSON however many projects the district holds.
/// </summary>
public sealed partial class AnalysisService(JixiaoDbContext db, CurrentUser me, LintRuleSettings rules, ILogger<AnalysisService>? log = null)
{
    /// <summary>
    /// The report for an organization (<paramref name="orgId"/>, default the user's top level) or one project, optionally
    /// for one year. Null when the organization or project is outside the user's scope (callers answer 404).
    /// </summary>
    public async Task<AnalysisReport?> BuildAsync(int? orgId, Guid? projectId, int? year, CancellationToken ct) =>
        await BuildAsync(orgId, projectId, year, Paging.PageRequest.First(), ct);

    /// <summary>
    /// As above, with the 自评得分 list paged (<paramref name="evaluations"/>, ADR-056): the grade counts and the score
    /// distribution count every evaluation of the focus, the list holds one keyset page of them.
    /// </summary>
    public async Task<AnalysisReport?> BuildAsync(int? orgId, Guid? projectId, int? year, Paging.PageRequest evaluations, CancellationToken ct)
    {
        var clock = new SectionClock();
        var orgs = await me.ScopeOrgs(db.Organizations.AsNoTracking()).ToListAsync(ct);
        var inForce = await rules.CurrentAsync(ct); // the administrator's rule settings, as on the form itself
        var top = me.IsFinance
            ? orgs.Where(o => o.ParentId is null).OrderBy(o => o.Id).FirstOrDefault()
            : orgs.FirstOrDefault(o => o.Id == me.OrgId);
        if (top is null) return null;

        // Project expenditure only: a department's own 部门整体 form has its own roll-up (/Departments, ADR-057).
        var scoped = me.Scope(db.Projects.AsNoTracking()).Where(p => p.Unit!.Kind == OrgKind.Unit);
        Organization? focus;
        if (projectId is { } pid)
        {
            var unitId = await scoped.Where(p => p.Id == pid).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(ct);
            focus = orgs.FirstOrDefault(o => o.Id == unitId);
        }
        else focus = orgs.FirstOrDefault(o => o.Id == (orgId ?? top.Id));
        if (focus is null || !focus.Path.StartsWith(top.Path, StringComparison.Ordinal)) return null;

        // Projects with a stored version (those the summaries hold), in the focus; then those of the chosen year.
        var inFocus = scoped.Where(p => p.Unit!.Path.StartsWith(focus.Path)).Where(p => db.ProjectFigures.Any(f => f.ProjectId == p.Id));
        if (projectId is { } only) inFocus = inFocus.Where(p => p.Id == only);
        var selected = year is { } y ? inFocus.Where(p => p.Year == y) : inFocus;

        var years = await inFocus.Select(p => p.Year).Distinct().ToListAsync(ct);
        var level = projectId is not null ? AnalysisLevel.Project
            : focus.Kind switch { OrgKind.FinanceBureau => AnalysisLevel.District, OrgKind.Department => AnalysisLevel.Department, _ => AnalysisLevel.Unit };
        var project = level == AnalysisLevel.Project ? await inFocus.Select(p => new { p.Id, p.Name }).SingleAsync(ct) : null;
        clock.Lap("scope");
        var graded = await GradedAsync(selected, ct);
        clock.Lap("grades");
        var page = await EvaluationsAsync(selected, evaluations, ct);
        clock.Lap("evaluations");

        List<AnalysisGroup> groups;
        AnalysisGroup total;
        if (level is AnalysisLevel.Unit or AnalysisLevel.Project)
        {
            var perProject = await FiguresAsync(Join(selected), p => new { p.Id, p.Name, p.Year }, inForce, ct);
            groups = perProject.OrderBy(p => p.Key.Year).ThenBy(p => p.Key.Name, StringComparer.Ordinal)
                .Select(p => Group(p.Key.Name, null, p.Key.Id, p.Sums)).ToList();
            total = Group(focus.Name, focus.Id, null, Sums.Combine(perProject.Select(p => p.Sums)));
        }
        else
        {
            var perUnit = await FiguresAsync(Join(selected), p => p.UnitId, inForce, ct);
            var unitPaths = orgs.ToDictionary(o => o.Id, o => o.Path);
            total = Group(focus.Name, focus.Id, null, Sums.Combine(perUnit.Select(u => u.Sums)));
            groups = orgs.Where(o => o.ParentId == focus.Id && (o.Kind is OrgKind.Department or OrgKind.Unit)) // not a 第三方评价机构
                .OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Ordinal)
                .Select(child => Group(child.Name, child.Id, null, Sums.Combine(perUnit
                    .Where(u => unitPaths.TryGetValue(u.Key, out var path) && path.StartsWith(child.Path, StringComparison.Ordinal))
                    .Select(u => u.Sums))))
                .ToList();
        }

        clock.Lap("groups");
        var findings = await CommonFindingsAsync(selected, inForce, ct);
        clock.Lap("findings");
        // A district or department reads the units' year summaries (ADR-068): the same projects as inFocus, by unit.
        var trends = level is AnalysisLevel.District or AnalysisLevel.Department
            ? await AnalysisTrends.BuildSummaryAsync(db, me.ScopeProjectUnits(db.Organizations.AsNoTracking())
                .Where(o => o.Kind == OrgKind.Unit && o.Path.StartsWith(focus.Path)).Select(o => o.Id), years.Count, ct)
            : await AnalysisTrends.BuildAsync(db, inFocus, years.Count, ct);
        clock.Lap("year-over-year");
        log?.LogDebug("Analysis {Level}: {Sections}", level, clock);
        return new AnalysisReport
        {
            Level = level,
            FocusName = project?.Name ?? focus.Name,
            FocusOrgId = focus.Id,
            FocusProjectId = projectId,
            Year = year,
            Years = years.OrderDescending().ToList(),
            Breadcrumb = Breadcrumb(orgs, top, focus, project is null ? null : (project.Name, project.Id)),
            Total = total,
            Groups = groups,
            Grades = GradeCounts(graded),
            Distribution = Distribution(graded),
            Evaluations = page.Items,
            EvaluationsTotal = page.Total,
            EvaluationsBefore = page.Before,
            EvaluationsNext = page.Next,
            CommonFindings = findings,
            YearOverYear = trends.Trends,
            YearOverYearIndicators = trends.Indicators,
        };
    }

    /// <summary>What a group of projects adds up to; the database sums each unit (or project), the service adds the units up.</summary>
    private sealed record Sums(int Projects, int Evaluations, decimal ComputedSum, int Printed, decimal PrintedSum,
        int Excellent, int Good, int Fair, int Poor, int Funded, decimal Budget, decimal Spent, int Findings, int Errors)
    {
        public static Sums Combine(IEnumerable<Sums> parts)
        {
            var list = parts.ToList();
            return new Sums(list.Sum(s => s.Projects), list.Sum(s => s.Evaluations), list.Sum(s => s.ComputedSum),
                list.Sum(s => s.Printed), list.Sum(s => s.PrintedSum), list.Sum(s => s.Excellent), list.Sum(s => s.Good),
                list.Sum(s => s.Fair), list.Sum(s => s.Poor), list.Sum(s => s.Funded),
                // Stored figures may predate the range checks (a restore): sums saturate and the rate is blank rather than a 500.
                SafeMath.Sum(list.Select(s => s.Budget)), SafeMath.Sum(list.Select(s => s.Spent)),
                list.Sum(s => s.Findings), list.Sum(s => s.Errors));
        }
    }

    private sealed record Keyed<TKey>(TKey Key, Sums Sums);

    /// <summary>A project with its figures, the shape the grouping queries start from.</summary>
    private sealed class Joined
    {
        public Guid Id { get; init; }
        public required string Name { get; init; }
        public int Year { get; init; }
        public int UnitId { get; init; }
        public required ProjectFigures F { get; init; }
    }

    private IQueryable<Joined> Join(IQueryable<ProjectEntity> projects) =>
        projects.Join(db.ProjectFigures, p => p.Id, f => f.ProjectId, (p, f) => new Joined { Id = p.Id, Name = p.Name, Year = p.Year, UnitId = p.UnitId, F = f });

    // One row per group key: counts and sums of the figures in SQL (GROUP BY), no form read. Outsized amounts (a
    // restore of figures from before the range checks) are added here with saturation, as the domain's SafeMath does.
    private async Task<List<Keyed<TKey>>> FiguresAsync<TKey>(IQueryable<Joined> joined, System.Linq.Expressions.Expression<Func<Joined, TKey>> key,
        LintProfileInForce inForce, CancellationToken ct) where TKey : notnull
    {
        var rows = await joined.GroupBy(key).Select(g => new
        {
            g.Key,
            Projects = g.Count(),
            Evaluations = g.Count(x => x.F.Evaluated),
            ComputedSum = g.Sum(x => x.F.ComputedTotal),
            Printed = g.Count(x => x.F.PrintedTotal != null),
            PrintedSum = g.Sum(x => x.F.PrintedTotal),
            Excellent = g.Count(x => x.F.ComputedGrade == Grade.Excellent),
            Good = g.Count(x => x.F.ComputedGrade == Grade.Good),
            Fair = g.Count(x => x.F.ComputedGrade == Grade.Fair),
            Poor = g.Count(x => x.F.ComputedGrade == Grade.Poor),
            Funded = g.Count(x => x.F.Funded),
            Budget = g.Sum(x => x.F.Funded && !x.F.Outsized ? x.F.BudgetYuan : null),
            Spent = g.Sum(x => x.F.Funded && !x.F.Outsized ? x.F.SpentYuan : null),
            Findings = g.Sum(x => x.F.Findings),
            Errors = g.Sum(x => x.F.Errors),
        }).ToListAsync(ct);
        var keyOf = key.Compile();
        var outsized = (await joined.Where(x => x.F.Funded && x.F.Outsized).ToListAsync(ct)).ToLookup(keyOf);
        var settings = await SettingDeltasAsync(joined, keyOf, inForce, ct);
        return rows.Select(r =>
        {
            var (findings, errors) = settings.GetValueOrDefault(r.Key);
            return new Keyed<TKey>(r.Key, new Sums(r.Projects, r.Evaluations, r.ComputedSum ?? 0m, r.Printed, r.PrintedSum ?? 0m,
                r.Excellent, r.Good, r.Fair, r.Poor, r.Funded,
                SafeMath.Sum(outsized[r.Key].Select(x => x.F.BudgetYuan!.Value).Prepend(r.Budget ?? 0m)),
                SafeMath.Sum(outsized[r.Key].Select(x => x.F.SpentYuan!.Value).Prepend(r.Spent ?? 0m)),
                r.Findings + findings, Math.Max(0, r.Errors + errors)));
        }).ToList();
    }

    // The summaries count findings with the default rules; the administrator's settings (issue 18) are laid over their
    // per-rule counts here: a rule switched off counts nothing, a rule given another severity counts at that severity.
    // A rule's stored severity is the highest of its findings, so a rule whose variants differ in severity is counted
    // at its highest when its severity is changed.
    private async Task<Dictionary<TKey, (int Findings, int Errors)>> SettingDeltasAsync<TKey>(IQueryable<Joined> joined, Func<Joined, TKey> keyOf,
        LintProfileInForce inForce, CancellationToken ct) where TKey : notnull
    {
        var affected = inForce.Settings.Where(s => s.Off || s.Severity is not null).Select(s => s.RuleId).ToList();
        if (affected.Count == 0) return [];
        var rows = await (
                from x in joined
                join r in db.ProjectRuleCounts on x.Id equals r.ProjectId
                where affected.Contains(r.RuleId)
                select new { Project = x, r.RuleId, r.Severity, r.Count })
            .ToListAsync(ct);
        var deltas = new Dictionary<TKey, (int Findings, int Errors)>();
        foreach (var row in rows)
        {
            var setting = inForce.For(row.RuleId)!;
            var stored = (Severity)row.Severity;
            var before = (Findings: row.Count, Errors: stored == Severity.Error ? row.Count : 0);
            var after = setting.Off ? (Findings: 0, Errors: 0) : (Findings: row.Count, Errors: (setting.Severity ?? stored) == Severity.Error ? row.Count : 0);
            var key = keyOf(row.Project);
            var (f, e) = deltas.GetValueOrDefault(key);
            deltas[key] = (f + after.Findings - before.Findings, e + after.Errors - before.Errors);
        }
        return deltas;
    }

    private static AnalysisGroup Group(string name, int? orgId, Guid? projectId, Sums s) =>
        new(name, orgId, projectId, s.Projects, s.Evaluations,
            s.Evaluations == 0 ? null : Rounding.Score(s.ComputedSum / s.Evaluations),
            s.Printed == 0 ? null : Rounding.Score(s.PrintedSum / s.Printed),
            s.Excellent, s.Good, s.Fair, s.Poor,
            s.Budget, s.Spent, s.Funded == 0 || SafeMath.Product(s.Spent, 100m) is not { } hundredfold ? null : SafeMath.Ratio(hundredfold, s.Budget) is { } rate ? Rounding.Percent(rate) : null,
            s.Findings, s.Errors);

    /// <summary>The grades and recomputed total of one evaluation: all the grade counts and the distribution need.</summary>
    private sealed record Evaluated(decimal ComputedTotal, Grade ComputedGrade, Grade? PrintedGrade);

    // The grades and totals of every selected project's latest self-evaluation: three narrow columns, no names.
    private async Task<List<Evaluated>> GradedAsync(IQueryable<ProjectEntity> selected, CancellationToken ct)
    {
        var rows = await (
                from p in selected
                join f in db.ProjectFigures on p.Id equals f.ProjectId
                where f.Evaluated
                select new { f.ComputedTotal, f.ComputedGrade, f.PrintedGrade })
            .ToListAsync(ct);
        return rows.Select(r => new Evaluated(r.ComputedTotal!.Value, r.ComputedGrade!.Value, r.PrintedGrade)).ToList();
    }

    /// <summary>A selected project with its latest self-evaluation's figures, the shape the 自评得分 list pages over.</summary>
    public sealed class EvaluationRow
    {
        public Guid Id { get; init; }
        public required string Name { get; init; }
        public required string UnitName { get; init; }
        public int Year { get; init; }
        public required ProjectFigures F { get; init; }
    }

    /// <summary>The 自评得分 list's order: by unit, then project name (ordinal, as before it was paged), then the project id.</summary>
    public static readonly Paging.KeysetOrder<EvaluationRow> EvaluationOrder = Paging.KeysetOrder<EvaluationRow>.By("ana-eval", r => r.UnitName)
        .ThenBy(r => r.Name).ThenBy(r => r.Id);

    // One page of the latest self-evaluations of the selected projects, as stored in their figures.
    private async Task<Paging.PageResult<EvaluationScore>> EvaluationsAsync(IQueryable<ProjectEntity> selected, Paging.PageRequest page, CancellationToken ct)
    {
        var joined = from p in selected
                     join f in db.ProjectFigures on p.Id equals f.ProjectId
                     where f.Evaluated
                     select new { p, f };
        // Names order ordinally on both databases: PostgreSQL's byte order ("C"), SQLite's default.
        var rows = db.Database.IsNpgsql()
            ? joined.Select(x => new EvaluationRow { Id = x.p.Id, Name = EF.Functions.Collate(x.p.Name, "C"), UnitName = EF.Functions.Collate(x.p.Unit!.Name, "C"), Year = x.p.Year, F = x.f })
            : joined.Select(x => new EvaluationRow { Id = x.p.Id, Name = x.p.Name, UnitName = x.p.Unit!.Name, Year = x.p.Year, F = x.f });
        var found = await EvaluationOrder.PageAsync(rows, page, r => r, ct);
        return found.Map(r => new EvaluationScore(r.Id, r.Name, r.UnitName, r.Year, FormStateNames.Chinese(r.F.EvaluationState!.Value),
            r.F.Historical ? "历史导入" : "在线填报",
            r.F.PrintedTotal, r.F.PrintedGrade?.DisplayName(), r.F.ComputedTotal!.Value, r.F.ComputedGrade!.Value.DisplayName(),
            r.F.ExecutionRate, r.F.BudgetYuan, r.F.SpentYuan));
    }

    private static List<AnalysisCrumb> Breadcrumb(IReadOnlyList<Organization> orgs, Organization top, Organization focus, (string Name, Guid Id)? project)
    {
        var crumbs = orgs
            .Where(o => focus.Path.StartsWith(o.Path, StringComparison.Ordinal) && o.Path.StartsWith(top.Path, StringComparison.Ordinal))
            .OrderBy(o => o.Path.Length)
            .Select(o => new AnalysisCrumb(o.Name, o.Id, null))
            .ToList();
        if (project is { } p) crumbs.Add(new AnalysisCrumb(p.Name, null, p.Id));
        return crumbs;
    }

    private static readonly (Grade Grade, string Range)[] GradeRanges =
        [(Grade.Excellent, "90–100"), (Grade.Good, "80–90"), (Grade.Fair, "60–80"), (Grade.Poor, "0–60")];

    private static List<GradeCount> GradeCounts(List<Evaluated> evaluations) =>
        GradeRanges.Select(g => new GradeCount(g.Grade.DisplayName(), g.Range,
            evaluations.Count(e => e.ComputedGrade == g.Grade), evaluations.Count(e => e.PrintedGrade == g.Grade))).ToList();

    private static readonly decimal[] BandEdges = [0m, 60m, 70m, 80m, 90m, 95m, 100m];

    private static List<ScoreBand> Distribution(List<Evaluated> evaluations)
    {
        var totals = evaluations.Select(e => e.ComputedTotal).ToList();
        var last = BandEdges.Length - 2;
        return Enumerable.Range(0, last + 1).Select(i =>
        {
            var (from, to) = (BandEdges[i], BandEdges[i + 1]);
            // The first band takes anything below 0 and the last anything from 95 up, so every total is counted once.
            var count = totals.Count(t => (i == 0 || t >= from) && (i == last || t < to));
            return new ScoreBand(i == last ? $"{from:0}–{to:0}" : $"{from:0}–{to:0}（不含）", from, to, count);
        }).ToList();
    }

    // Findings by rule over the selected projects, counted by the database from each project's per-rule counts.
    private async Task<List<FindingCount>> CommonFindingsAsync(IQueryable<ProjectEntity> selected, LintProfileInForce inForce, CancellationToken ct)
    {
        var off = inForce.Settings.Where(s => s.Off).Select(s => s.RuleId).ToList();
        var rows = await (
                from p in selected
                join r in db.ProjectRuleCounts on p.Id equals r.ProjectId
                where !off.Contains(r.RuleId)
                group r by r.RuleId into g
                select new { RuleId = g.Key, Severity = g.Max(r => r.Severity), Count = g.Sum(r => r.Count), Projects = g.Count(), Example = g.Min(r => r.Example) })
            .ToListAsync(ct);
        return rows.Select(r => new FindingCount(r.RuleId, SeverityName(inForce.For(r.RuleId)?.Severity ?? (Severity)r.Severity),
                RuleCatalog.All.FirstOrDefault(rule => rule.Id == r.RuleId) is { } rule ? Placeholder().Replace(rule.Message.Zh, "…") : r.Example!,
                r.Example!, r.Count, r.Projects))
            .OrderByDescending(c => c.Count).ThenBy(c => c.RuleId, StringComparer.Ordinal)
            .ToList();
    }

    // The catalog's `{name}` placeholders; the example column shows a filled-in message.
    [System.Text.RegularExpressions.GeneratedRegex(@"\{[a-zA-Z0-9_]+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    private static string SeverityName(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
}
