using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

public sealed record LoadedMonitoring(ProjectEntity Project, DeclarationVersion Version, Project Declared, int Month,
    MonitoringReportEntity? Report, MonitoringContent Content)
{
    public FormState State => Report?.State ?? FormState.Draft;

    /// <summary>The stamp the report was read with (null before its first save).</summary>
    public Guid? Stamp => Report?.ConcurrencyStamp;

    public MonitoringEvaluation Evaluate() => MonitoringService.Evaluate(Declared, Content, Month);

    /// <summary>
    /// The texts the definition prints above what the unit enters: each field copied from the approved declaration
    /// (<see cref="FieldDefinition.CopiedFrom"/>, by key) and the 监控期间; blank ones left out.
    /// </summary>
    public IReadOnlyDictionary<string, string> Header()
    {
        var declaration = FormDefinitions.DeclarationFields(FormDefinitions.For(Declared)).ToDictionary(f => f.Key);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in MonitoringForm.Definition.Fields)
        {
            var text = f.Key == MonitoringForm.Keys.Period ? MonitoringForm.Period(Month)
                : f.CopiedFrom is { } from ? declaration.GetValueOrDefault(from)?.Text(Declared)
                : null;
            if (text is not null) texts[f.Key] = text;
        }
        return texts;
    }
}

public sealed record MonitoringListRow(
    Guid ProjectId, string ProjectName, string UnitName, int Year, int Month, FormState? State, Light? Light, DateTimeOffset? UpdatedAt);

/// <summary>
/// 运行监控 (workflow.md §4): one report per project and period 1–M月, on the latest approved declaration version.
/// Lights are the domain's <see cref="MonitoringLights"/>; this class stores, scopes and audits.
/// </summary>
public sealed class MonitoringService(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, FormCommands commands,
    ReviewCommentAnswers answers, Notifications.Notifier notifier, ProjectService projects)
{
    public const int DefaultMonth = 7;
    private const string EntityType = "MonitoringReport";

    public static bool ValidMonth(int month) => month is >= 1 and <= 12;

    /// <summary>The domain's <see cref="MonitoringEvaluation"/> of the stored or posted content.</summary>
    public static MonitoringEvaluation Evaluate(Project declared, MonitoringContent content, int month) =>
        MonitoringEvaluation.Of(declared, content, month);

    private IQueryable<ProjectEntity> Projects() => me.Scope(db.Projects);

    /// <summary>Projects of the scope with an approved version, each with its report for the period (if any).</summary>
    public async Task<IReadOnlyList<MonitoringListRow>> ListAsync(int month, CancellationToken ct)
    {
        var rows = await Projects().AsNoTracking()
            .Select(p => new
            {
                p.Id,
                p.Name,
                UnitName = p.Unit!.Name,
                p.Year,
                Approved = p.Versions.Any(v => v.State == FormState.Approved),
            })
            .ToListAsync(ct);
        var approved = rows.Where(r => r.Approved).ToList();
        var ids = approved.Select(r => r.Id).ToList();
        var reports = await db.MonitoringReports.AsNoTracking()
            .Where(m => ids.Contains(m.ProjectId) && m.PeriodEndMonth == month).ToListAsync(ct);
        return approved.Select(r =>
            {
                var report = reports.FirstOrDefault(m => m.ProjectId == r.Id);
                return new MonitoringListRow(r.Id, r.Name, r.UnitName, r.Year, month, report?.State, ParseLight(report?.Light), report?.UpdatedAt);
            })
            .OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.ProjectName, StringComparer.Ordinal).ToList();
    }

    /// <summary>By unit, then project name; the id breaks ties.</summary>
    public static readonly Paging.KeysetOrder<ProjectEntity> Order = Paging.KeysetOrder<ProjectEntity>.By("monitoring", p => p.Unit!.Name)
        .ThenBy(p => p.Name).ThenBy(p => p.Id);

    /// <summary>One page of the approved projects of the scope (of one year, matching a name, when asked) with their report of the period.</summary>
    public async Task<Paging.PageResult<MonitoringListRow>> PageAsync(int month, int? year, string? query, Paging.PageRequest page, CancellationToken ct)
    {
        var projects = Projects().AsNoTracking().Where(p => p.Versions.Any(v => v.State == FormState.Approved));
        if (year is { } y) projects = projects.Where(p => p.Year == y);
        if (new ProjectListFilter(Q: query).Query is { } q) projects = projects.Where(p => p.Name.Contains(q) || p.Unit!.Name.Contains(q));
        var rows = await Order.PageAsync(projects, page, p => new { p.Id, p.Name, UnitName = p.Unit!.Name, p.Year }, ct);
        var ids = rows.Items.Select(r => r.Id).ToList();
        var reports = await db.MonitoringReports.AsNoTracking()
            .Where(m => ids.Contains(m.ProjectId) && m.PeriodEndMonth == month).ToListAsync(ct);
        return rows.Map(r =>
        {
            var report = reports.FirstOrDefault(m => m.ProjectId == r.Id);
            return new MonitoringListRow(r.Id, r.Name, r.UnitName, r.Year, month, report?.State, ParseLight(report?.Light), report?.UpdatedAt);
        });
    }

    /// <summary>Reports of the period within the scope, riskiest first (red, yellow, green), then unit and project.</summary>
    public async Task<IReadOnlyList<MonitoringListRow>> OverviewAsync(int month, CancellationToken ct)
    {
        var rows = await (from m in db.MonitoringReports.AsNoTracking()
                          join p in Projects().AsNoTracking() on m.ProjectId equals p.Id
                          where m.PeriodEndMonth == month
                          select new { p.Id, p.Name, UnitName = p.Unit!.Name, p.Year, m.State, m.Light, m.UpdatedAt })
            .ToListAsync(ct);
        return rows.Select(r => new MonitoringListRow(r.Id, r.Name, r.UnitName, r.Year, month, r.State, ParseLight(r.Light), r.UpdatedAt))
            .OrderByDescending(r => r.Light ?? Light.Green)
            .ThenBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.ProjectName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Riskiest first (red, yellow, then green or none), then unit and project; the report id breaks ties.</summary>
    public static readonly Paging.KeysetOrder<MonitoringReportEntity> OverviewOrder = Paging.KeysetOrder<MonitoringReportEntity>
        .By("overview", m => m.Light == nameof(Light.Red) ? 0 : m.Light == nameof(Light.Yellow) ? 1 : 2)
        .ThenBy(m => m.Project!.Unit!.Name).ThenBy(m => m.Project!.Name).ThenBy(m => m.Id);

    private IQueryable<MonitoringReportEntity> ReportsOfPeriod(int month)
    {
        var scoped = Projects().AsNoTracking().Select(p => p.Id);
        return db.MonitoringReports.AsNoTracking().Where(m => m.PeriodEndMonth == month && scoped.Contains(m.ProjectId));
    }

    /// <summary>One page of <see cref="OverviewAsync"/>'s reports, of one light when asked, ordered and cut in SQL.</summary>
    public async Task<Paging.PageResult<MonitoringListRow>> PageOverviewAsync(int month, Light? light, Paging.PageRequest page, CancellationToken ct)
    {
        var reports = ReportsOfPeriod(month);
        if (light is { } l)
        {
            var name = l.ToString();
            reports = l == Light.Green ? reports.Where(m => m.Light == name || m.Light == null) : reports.Where(m => m.Light == name);
        }
        var rows = await OverviewOrder.PageAsync(reports, page,
            m => new { m.ProjectId, m.Project!.Name, UnitName = m.Project.Unit!.Name, m.Project.Year, m.State, m.Light, m.UpdatedAt }, ct);
        return rows.Map(r => new MonitoringListRow(r.ProjectId, r.Name, r.UnitName, r.Year, month, r.State, ParseLight(r.Light), r.UpdatedAt));
    }

    /// <summary>How many reports of the period in the scope show each light (a report without one counts as green), counted in SQL.</summary>
    public async Task<IReadOnlyDictionary<Light, int>> OverviewCountsAsync(int month, CancellationToken ct)
    {
        var counts = await ReportsOfPeriod(month).GroupBy(m => m.Light).Select(g => new { Light = g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<Light>().ToDictionary(l => l, l => counts.Where(c => (ParseLight(c.Light) ?? Light.Green) == l).Sum(c => c.Count));
    }

    public static Light? ParseLight(string? text) => Enum.TryParse<Light>(text, out var l) ? l : null;

    /// <summary>The report of a project and period, or a fresh one prefilled from the approved version; null outside the scope.</summary>
    public async Task<LoadedMonitoring?> LoadAsync(Guid projectId, int month, CancellationToken ct)
    {
        if (!ValidMonth(month)) return null;
        var project = await Projects().Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null) return null;
        // The approved targets stay the reference while an adjustment is being drafted (workflow.md §3).
        var version = await db.DeclarationVersions.Where(v => v.ProjectId == projectId && v.State == FormState.Approved)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (version is null) return null;
        var declared = ProjectService.ToDomain(version);
        var report = await db.MonitoringReports.SingleOrDefaultAsync(m => m.ProjectId == projectId && m.PeriodEndMonth == month, ct);
        var content = report is null ? MonitoringContent.Prefilled(declared) : MonitoringContentJson.Read(report.Content);
        return new LoadedMonitoring(project, version, declared, month, report, content);
    }

    /// <param name="readStamp">The stamp the report was read with (<see cref="LoadedMonitoring.Stamp"/>).</param>
    public Task<ChangeResult> SaveAsync(Guid projectId, int month, MonitoringContent form, Guid? readStamp, CancellationToken ct) =>
        RunEditAsync(projectId, month, form, readStamp, (loaded, before, report, evaluation) =>
        {
            audit.Record(loaded.Report is null ? "Create" : "Update", EntityType, report.Id.ToString(), month,
                [new FieldChange("Light", loaded.Report?.Light, evaluation.ProjectLight.ToString()), .. Diff(loaded, before, report)]);
            return null;
        }, ct);

    public Task<ChangeResult> SubmitAsync(Guid projectId, int month, MonitoringContent form, Guid? readStamp, CancellationToken ct) =>
        RunEditAsync(projectId, month, form, readStamp, (loaded, before, report, evaluation) =>
        {
            if (evaluation.Problems.Count > 0)
                return ChangeResult.Refused($"不能提交：{string.Join("", evaluation.Problems)}");
            var from = report.State;
            var move = report.Move(new TransitionRequest(loaded.State, WorkflowAction.Submit, me.Role ?? Role.UnitPreparer, ActorOwnsForm: OwnsForm(loaded)));
            if (!move.Allowed) return ChangeResult.Refused(move.Error!);
            // A red light notifies department and finance: the submit event says so and the overview puts it first.
            audit.Record("Submit", EntityType, report.Id.ToString(), month,
                [new FieldChange("State", from.ToString(), report.State.ToString()), new FieldChange("Light", null, report.Light), .. Diff(loaded, before, report)],
                evaluation.ProjectLight == Light.Red ? "红灯预警：请主管部门和财政关注。" : null);
            return null;
        }, ct);

    /// <summary>Save and submit share the unit's checks and the store; <paramref name="then"/> audits (and moves).</summary>
    private Task<ChangeResult> RunEditAsync(Guid projectId, int month, MonitoringContent form, Guid? readStamp,
        Func<LoadedMonitoring, string?, MonitoringReportEntity, MonitoringEvaluation, ChangeResult?> then, CancellationToken ct)
    {
        MonitoringReportEntity? created = null;
        return commands.RunAsync(
            () => LoadAsync(projectId, month, ct),
            loaded => Target(loaded.Report ?? created, readStamp, stampRequired: true),
            loaded => Task.FromResult(EditRefusal(loaded)),
            loaded =>
            {
                if (Domain.Bounds.MonitoringValues.Check(form.AnnualBudget, form.ExpenditureToDate, form.ForecastAnnualExpenditure) is { Count: > 0 } invalid)
                    return Task.FromResult<ChangeResult?>(ChangeResult.OutOfRange(invalid));
                if (OverLimit(loaded, form) is { } tooLong) return Task.FromResult<ChangeResult?>(tooLong);
                var before = loaded.Report?.Content;
                var from = loaded.State;
                var (report, evaluation) = Store(loaded, form);
                created = report;
                var refused = then(loaded, before, report, evaluation);
                return refused is null && report.State != from ? NotifyAsync(loaded, report, WorkflowAction.Submit, evaluation.ProjectLight, ct)
                    : Task.FromResult(refused);
            },
            _ => ChangeResult.Done, ct, missing: NotFound);
    }

    public Task<ChangeResult> TransitionAsync(Guid projectId, int month, WorkflowAction action, string? comment, CancellationToken ct)
    {
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return commands.RunAsync(
            async () => await LoadAsync(projectId, month, ct) is { Report: not null } loaded ? loaded : null,
            loaded => Target(loaded.Report, readStamp: null, stampRequired: false),
            _ => Task.FromResult(
                action == WorkflowAction.Submit ? ChangeResult.Refused("请使用提交功能提交监控表。")
                : text is not null && Domain.Review.ReviewCommentRules.TextError(text) is { } commentError ? ChangeResult.Refused(commentError)
                : null),
            loaded =>
            {
                var report = loaded.Report!;
                var from = report.State;
                var move = report.Move(new TransitionRequest(report.State, action, me.Role ?? Role.UnitPreparer,
                    OpenComments: text is null ? 0 : 1, Reason: text, ActorOwnsForm: OwnsForm(loaded)));
                if (!move.Allowed) return Task.FromResult<ChangeResult?>(ChangeResult.Refused(move.Error!));
                report.UpdatedAt = clock.GetUtcNow();
                if (action == WorkflowAction.Return && text is not null)
                    ReviewComments.Add(db, me, report.UpdatedAt, ReviewForm.Monitoring, report.Id, versionId: null, Domain.Review.ReviewCommentRules.FormAnchor, text);
                audit.Record(action.ToString(), EntityType, report.Id.ToString(), month,
                    [new FieldChange("State", from.ToString(), report.State.ToString())], text);
                return NotifyAsync(loaded, report, action, light: null, ct);
            },
            _ => ChangeResult.Done, ct, missing: NotFound);
    }

    // A move tells whom it concerns in the same save (the unit on return and confirmation, the reviewers on submission;
    // a red light is named in the submission's notice, as the audit event names it).
    private async Task<ChangeResult?> NotifyAsync(LoadedMonitoring loaded, MonitoringReportEntity report, WorkflowAction action, Light? light, CancellationToken ct)
    {
        await notifier.FormMovedAsync(new Notifications.FormMove("运行监控表", $"{loaded.Project.Name}（{loaded.Month}月）", loaded.Project.UnitId,
            action, report.State, $"/Monitoring/{loaded.Project.Id}?month={loaded.Month}", Approved: "已审核确认",
            Alert: light == Light.Red ? "该项目亮红灯，请重点关注。" : null), ct);
        return null;
    }

    // Without the stamp it was read with, a save could silently overwrite someone else's: refused. Two first saves of
    // the same month at once: the unique index keeps the first.
    private static FormTarget Target(MonitoringReportEntity? report, Guid? readStamp, bool stampRequired) =>
        new(EntityType, report?.Id.ToString() ?? "", "该监控表", report, readStamp,
            MissingStamp: stampRequired ? "该监控表已存在：请先读取，再带着读取时的版本标记（concurrencyStamp）保存。" : null,
            CreateRace: "该监控表刚由他人创建，您的内容未保存。请刷新后在最新内容上重新填写。");

    /// <summary>The unit replies to a review comment on the period's report; a reviewer resolves it (<see cref="ReviewCommentAnswers"/>).</summary>
    public Task<ChangeResult> ReplyAsync(Guid projectId, int month, Guid commentId, string? text, CancellationToken ct,
        Domain.Review.CommentAnswer? answer = null) =>
        answers.AnswerAsync(ReviewForm.Monitoring, async () => await LoadAsync(projectId, month, ct) is { Report: { } report } ? report : null,
            r => r.Id, commentId, answer, text, _ => ChangeResult.Done, ct);

    /// <summary>The comment of the latest return of a report, shown to the unit.</summary>
    public Task<string?> LastReturnCommentAsync(Guid reportId, CancellationToken ct) =>
        ReviewComments.LatestOnFormAsync(db, ReviewForm.Monitoring, reportId, ct);

    private static ChangeResult NotFound { get; } = new(false, "未找到该项目的运行监控（项目不在可见范围内、绩效目标尚未批复或月份无效）。", NotFound: true);

    /// <summary>Why the user may not fill in the report (null: may). The report page asks the same.</summary>
    public ChangeResult? EditRefusal(LoadedMonitoring loaded)
    {
        if (me.Role != Role.UnitPreparer && !OwnsForm(loaded)) return ChangeResult.Refused("只有项目单位可以填写运行监控表。");
        if (!FormStateNames.IsEditableByUnit(loaded.State))
            return ChangeResult.Refused($"状态为“{FormStateNames.Chinese(loaded.State)}”的监控表不能修改。");
        return null;
    }

    /// <summary>
    /// The user reports on this form: a unit's 填报人 on its projects (the scope already holds it to its own), a
    /// department's reviewer on its own 部门整体 form (ADR-064), which 财政局 then reviews.
    /// </summary>
    public bool OwnsForm(LoadedMonitoring loaded) => me.Role == Role.UnitPreparer || projects.OwnsForm(loaded.Project);

    // Rows of keys outside the approved version are dropped on store, so only the version's rows are checked.
    private static ChangeResult? OverLimit(LoadedMonitoring loaded, MonitoringContent form)
    {
        var rows = loaded.Declared.Indicators.Where(i => i.Key is not null)
            .SelectMany(i => form.Rows.Where(r => r.Key == i.Key).Select(r => new Domain.Monitoring.MonitoringRowText(
                r.Key.ToString(), i.Ordinal, i.Name, r.ProgressText, r.ForecastText, r.DeviationReason, r.CorrectiveAction)));
        return Domain.Monitoring.MonitoringTextLimits.Check(form.BudgetDeviationReason, form.BudgetCorrectiveAction, rows) is { Count: > 0 } v
            ? ChangeResult.OverLimit(v)
            : null;
    }

    private static IReadOnlyList<FieldChange> Diff(LoadedMonitoring loaded, string? before, MonitoringReportEntity report) =>
        ContentDiff.Compare(before, report.Content, loaded.Declared.Indicators
            .Where(i => i.Key is not null).GroupBy(i => i.Key!.Value).ToDictionary(g => g.Key, g => g.First().Name), key => Name(key, loaded.Month));

    // The audit names a changed value as the definition prints it for the period (`1–7月执行数`, `全年预计完成值`).
    private static string? Name(string key, int month) =>
        (MonitoringForm.Definition.Field(key)?.Name ?? MonitoringForm.Definition.Column(key)?.Label) is { } name
            ? MonitoringForm.Printed(name, month)
            : null;

    private (MonitoringReportEntity Report, MonitoringEvaluation Evaluation) Store(LoadedMonitoring loaded, MonitoringContent form)
    {
        var keys = loaded.Declared.Indicators.Select(i => i.Key ?? Guid.Empty).ToHashSet();
        var content = form.Normalised(keys);
        var evaluation = Evaluate(loaded.Declared, content, loaded.Month);
        var now = clock.GetUtcNow();
        var report = loaded.Report;
        if (report is null)
        {
            report = new MonitoringReportEntity
            {
                Id = Guid.NewGuid(),
                ProjectId = loaded.Project.Id,
                PeriodEndMonth = loaded.Month,
                Content = "",
            };
            db.MonitoringReports.Add(report);
        }
        report.Content = MonitoringContentJson.Write(content);
        report.Light = evaluation.ProjectLight.ToString();
        report.UpdatedAt = now;
        return (report, evaluation);
    }
}
