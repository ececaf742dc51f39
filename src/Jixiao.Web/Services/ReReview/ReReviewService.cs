using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.ReReview;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.ReReview;

/// <summary>One stored 复核得分: the row, the stage, score and reason, and who gave it when.</summary>
public sealed record StoredReReviewRow(Guid IndicatorKey, ReReviewStage Stage, decimal Score, string Reason, string By, DateTimeOffset At)
{
    public RowReReview ToDomain() => new(IndicatorKey, Stage, Score, Reason);
}

/// <summary>The 复核 of a 自评表 as its page shows it.</summary>
/// <param name="MyStage">The stage the user re-scores in (null: the user may only read it).</param>
/// <param name="Refusal">Why the user may not re-score now, when they are a reviewer.</param>
public sealed record ReReviewView(
    LoadedSelfEvaluation SelfEvaluation, ReReviewEntity? Entity, ReReviewSheet Sheet, IReadOnlyList<StoredReReviewRow> Stored,
    ReReviewStage? MyStage, string? Refusal, IReadOnlyList<WorkflowAction> Actions)
{
    public FormState? State => Entity?.State;
}

/// <summary>
/// 复核 (issue 17): 主管部门 then 财政局 re-score rows of a submitted (or confirmed) 自评表 with a reason, through the same
/// scoring rules as the unit's own 得分 (<see cref="ReReviewRules"/>); the sheet (<see cref="ReReviewSheet"/>) shows
/// self-score, re-review scores, final score and grade side by side. 抽评 draws confirmed 自评表 for finance's 复核.
/// Every command goes through the form pipeline (<see cref="FormCommands"/>): scope, role and state, stamp, audit.
/// </summary>
public sealed class ReReviewService(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, FormCommands commands,
    SelfEvaluationService selfEvaluations, IConfiguration config, RectificationService rectifications)
{
    public const string EntityType = "ReReview";

    /// <summary>差异提示阈值 (<c>ReReview:Threshold</c>, points; default <see cref="ReReviewRules.DefaultThreshold"/>).</summary>
    public decimal Threshold => config.GetValue<decimal?>("ReReview:Threshold") is { } t && t >= 0m ? t : ReReviewRules.DefaultThreshold;

    /// <summary>
    /// The 自评表 states a 复核 may be made in: submitted onwards, and an imported one (a confirmed self-evaluation carried
    /// over from the previous system, which 抽评 re-reviews like any confirmed one; the 复核 is a form of its own, so the
    /// locked import stays as it is, ADR-063). A draft or a returned one is still the unit's.
    /// </summary>
    public static bool ReReviewable(FormState state) => state is FormState.Submitted or FormState.Verification or FormState.Confirmed or FormState.Imported;

    /// <summary>The 自评表 states 抽评 draws from: confirmed, online or imported.</summary>
    public static bool Drawable(FormState state) => state is FormState.Confirmed or FormState.Imported;

    private ReReviewStage? MyStage => me.Role switch
    {
        Role.SupervisorReviewer => ReReviewStage.Supervisor,
        Role.FinanceReviewer or Role.FinanceAdmin => ReReviewStage.Finance,
        _ => null,
    };

    /// <summary>The 复核 of the 自评表 <paramref name="selfEvaluationId"/> in the user's scope, or null.</summary>
    public async Task<ReReviewView?> LoadAsync(Guid selfEvaluationId, CancellationToken ct)
    {
        if (await selfEvaluations.LoadAsync(selfEvaluationId, ct) is not { } loaded) return null;
        var entity = await db.ReReviews.SingleOrDefaultAsync(r => r.SelfEvaluationId == selfEvaluationId, ct);
        return View(loaded, entity);
    }

    private ReReviewView View(LoadedSelfEvaluation loaded, ReReviewEntity? entity)
    {
        var stored = entity is null ? [] : Read(entity.Content);
        var sheet = Sheet(loaded, stored);
        var own = OwnDepartmentForm(loaded);
        var refusal = own ? OwnFormRefusal : MyStage is { } stage ? StageRefusal(loaded, entity, stage) : null;
        var actions = MyStage is null || entity is null || own ? [] : FormWorkflow.ReReview.ActionsFor(entity.State, me.Role!.Value).ToList();
        return new ReReviewView(loaded, entity, sheet, stored, MyStage, refusal, actions);
    }

    private ReReviewSheet Sheet(LoadedSelfEvaluation loaded, IReadOnlyList<StoredReReviewRow> stored) =>
        SheetOf(loaded, stored.Select(r => r.ToDomain()), Threshold);

    /// <summary>The sheet of <paramref name="loaded"/> with <paramref name="reReviews"/>: the self rows as frozen at submission (the snapshot), else as scored now.</summary>
    public static ReReviewSheet SheetOf(LoadedSelfEvaluation loaded, IEnumerable<RowReReview> reReviews, decimal threshold)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var (rows, total) = loaded.Entity.ScoreSnapshot is { } json && ScoreSnapshotJson.Read(json) is var snap
            ? (snap.Rows.Where(r => r.Key is not null).Select(r => new ReReviewSheet.SelfRow(r.Key!.Value, r.Name, r.Weight, r.Score)).ToList(), snap.ComputedTotal)
            : loaded.Score() is var s
                ? (s.Rows.Where(r => r.Indicator.Key is not null).Select(r => new ReReviewSheet.SelfRow(r.Indicator.Key!.Value, r.Indicator.Name, r.Weight, r.Score)).ToList(), s.ComputedTotal)
                : default;
        return ReReviewSheet.Compose(rows, loaded.Entity.TotalScore ?? total, reReviews, threshold);
    }

    /// <summary>Why a department does not re-review its own 部门整体自评 (ADR-065): it filled it in, so only 财政局 re-reviews it.</summary>
    public const string OwnFormRefusal = "本部门的部门整体自评由本部门填报，由财政局复核，主管部门不复核。";

    // The user's own department's 部门整体 form: its 主管部门审核人 filled the 自评表 in (ADR-065) and may not re-score it.
    private bool OwnDepartmentForm(LoadedSelfEvaluation loaded) =>
        me.Role == Role.SupervisorReviewer && loaded.Project.UnitId == me.OrgId && ProjectService.IsDepartmentForm(loaded.Project);

    private static string? StageRefusal(LoadedSelfEvaluation loaded, ReReviewEntity? entity, ReReviewStage stage) =>
        !ReReviewable(loaded.Entity.State) ? $"自评表当前状态为“{FormStateNames.Chinese(loaded.Entity.State)}”，提交后才能复核。"
        : entity?.State == FormState.Confirmed ? "财政局已完成复核，复核结果已锁定。"
        : stage == ReReviewStage.Supervisor && entity?.State == FormState.FinanceReview ? "主管部门复核已完成，现由财政局复核。"
        : null;

    /// <summary>
    /// Records the user's 复核得分 of one row (its key on the 自评表) with a reason. <paramref name="readStamp"/> is the 复核's stamp
    /// as read (null before the first 复核得分 of the form).
    /// </summary>
    public Task<ChangeResult> ScoreAsync(Guid selfEvaluationId, Guid indicatorKey, decimal score, string? reason, Guid? readStamp, CancellationToken ct) =>
        commands.RunAsync(
            () => LoadAsync(selfEvaluationId, ct),
            view => Target(view.Entity, readStamp),
            view => Task.FromResult(view.MyStage is null ? ChangeResult.Refused("只有主管部门或财政局审核人可以复核评分。")
                : view.Refusal is { } r ? ChangeResult.Refused(r) : null),
            view => Task.FromResult(Score(view, indicatorKey, score, reason?.Trim())),
            _ => ChangeResult.Done, ct);

    private ChangeResult? Score(ReReviewView view, Guid indicatorKey, decimal score, string? reason)
    {
        var stage = view.MyStage!.Value;
        if (view.Sheet.Rows.FirstOrDefault(r => r.IndicatorKey == indicatorKey) is not { } row) return ChangeResult.Refused("自评表没有该指标行。");
        var stored = view.Stored.ToList();
        if (ReReviewRules.Check(row.Name, row.Weight, score, reason, stage, stored.Select(s => s.Stage)) is { } refused) return ChangeResult.Refused(refused);

        var now = clock.GetUtcNow();
        var entity = view.Entity;
        if (entity is null)
        {
            entity = new ReReviewEntity(stage == ReReviewStage.Supervisor ? FormState.SupervisorReview : FormState.FinanceReview)
            {
                Id = Guid.NewGuid(),
                SelfEvaluationId = view.SelfEvaluation.Entity.Id,
                ProjectId = view.SelfEvaluation.Project.Id,
                Content = "[]",
            };
            db.ReReviews.Add(entity);
        }
        else if (stage == ReReviewStage.Finance && entity.State == FormState.SupervisorReview)
        {
            // Finance taking over passes the department's 复核 on (the table allows it), so the department's scores stay as they were.
            var pass = entity.Move(new TransitionRequest(entity.State, WorkflowAction.Pass, me.Role!.Value));
            if (!pass.Allowed) return ChangeResult.Refused(pass.Error!);
        }
        var old = stored.FirstOrDefault(s => s.IndicatorKey == indicatorKey && s.Stage == stage);
        stored.RemoveAll(s => s.IndicatorKey == indicatorKey && s.Stage == stage);
        stored.Add(new StoredReReviewRow(indicatorKey, stage, score, reason!, Domain.Text.TextHygiene.Clean(me.DisplayName), now));
        entity.Content = JsonSerializer.Serialize(stored, ContentJson.Options);
        var sheet = Sheet(view.SelfEvaluation, stored);
        (entity.FinalTotal, entity.FinalGrade, entity.HasDifference, entity.UpdatedAt) = (sheet.FinalTotal, sheet.FinalGrade, sheet.AnyFlagged, now);
        audit.Record("ReScore", EntityType, entity.Id.ToString(), diff:
            [new FieldChange($"{row.Name}·{stage.DisplayName()}得分", old?.Score.ToString("0.##"), score.ToString("0.##"))], comment: reason);
        return null;
    }

    /// <summary>主管部门: 复核完成 (to 财政局); 财政局: 完成复核 (locks it). Needs the 复核's stamp as read.</summary>
    public Task<ChangeResult> MoveAsync(Guid selfEvaluationId, WorkflowAction action, Guid? readStamp, CancellationToken ct) =>
        commands.RunAsync(
            () => LoadAsync(selfEvaluationId, ct),
            view => Target(view.Entity, readStamp),
            view => Task.FromResult(OwnDepartmentForm(view.SelfEvaluation) ? ChangeResult.Refused(OwnFormRefusal)
                : view.Entity is null ? ChangeResult.Refused("尚未复核任何指标行。") : null),
            async view =>
            {
                var entity = view.Entity!;
                var from = entity.State;
                var move = entity.Move(new TransitionRequest(from, action, me.Role ?? Role.UnitPreparer));
                if (!move.Allowed) return ChangeResult.Refused(move.Error!);
                entity.UpdatedAt = clock.GetUtcNow();
                audit.Record(action.ToString(), EntityType, entity.Id.ToString(), diff: [new FieldChange("State", from.ToString(), entity.State.ToString())]);
                // Confirmed: each flagged row becomes a 整改事项 of the unit, saved with the confirmation (ADR-062).
                if (entity.State == FormState.Confirmed)
                    await rectifications.StageFindingsAsync(Domain.Rectification.RectificationSourceKind.ReReview, selfEvaluationId.ToString(),
                        view.SelfEvaluation.Project.UnitId, view.SelfEvaluation.Project.Id, Findings(view.Sheet), ct);
                return null;
            },
            _ => ChangeResult.Done, ct);

    /// <summary>The flagged rows of a 复核 as 整改 findings: the scores side by side and the last reviewer's reason.</summary>
    public static IReadOnlyList<(string Finding, string Requirement)> Findings(ReReviewSheet sheet) =>
        [.. sheet.Rows.Where(r => r.Flagged).Select(r => (
            $"{r.Name}：自评得分 {Points(r.SelfScore)}，复核后得分 {Points(r.Final)}（差异 {Points(r.Difference)}）。复核理由：{(r.Finance ?? r.Supervisor)?.Reason}",
            $"核实“{r.Name}”的自评依据，按复核意见整改并报送整改情况。"))];

    private static string Points(decimal? v) => v is { } x ? x.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>
    /// 抽评 (finance): draws <paramref name="percent"/> % of the year's confirmed 自评表 not yet re-reviewed, weighted by
    /// 项目资金总额 (<see cref="SampleDraw"/>), records the draw with its seed and opens a 财政复核 for each drawn form.
    /// <paramref name="seed"/>: given to draw a recorded sample again; else taken from the clock and recorded.
    /// </summary>
    public Task<(SampleDrawEntity? Draw, ChangeResult Result)> DrawSampleAsync(int year, decimal percent, long? seed, CancellationToken ct)
    {
        SampleDrawEntity? recorded = null;
        var run = commands.CreateAsync(
            async () => me.IsFinance
                ? await (from e in db.SelfEvaluations
                         join p in db.Projects on e.ProjectId equals p.Id
                         where (e.State == FormState.Confirmed || e.State == FormState.Imported) && p.Year == year && !db.ReReviews.Any(r => r.SelfEvaluationId == e.Id)
                         select new { e.Id, ProjectId = p.Id, Amount = p.FundsTotalYuan, Total = e.TotalScore ?? 0m }).ToListAsync(ct)
                : null,
            candidates => Task.FromResult(SampleDraw.CheckPercent(percent) is { } refused ? ChangeResult.Refused(refused)
                : candidates.Count == 0 ? ChangeResult.Refused($"{year} 年没有可抽评的已确认自评表（已复核的不再抽取）。") : null),
            candidates =>
            {
                var now = clock.GetUtcNow();
                var result = SampleDraw.Draw(candidates.Select(c => new SampleCandidate(c.Id, c.Amount)).ToList(), percent, seed ?? SampleDraw.SeedFrom(now));
                recorded = new SampleDrawEntity
                {
                    Id = Guid.NewGuid(),
                    Year = year,
                    Percent = percent,
                    Seed = result.Seed,
                    CandidateCount = result.CandidateCount,
                    Drawn = JsonSerializer.Serialize(result.Drawn),
                    DrawnBy = Domain.Text.TextHygiene.Clean(me.DisplayName),
                    DrawnAt = now,
                };
                db.SampleDraws.Add(recorded);
                var byId = candidates.ToDictionary(c => c.Id);
                foreach (var id in result.Drawn)
                    db.ReReviews.Add(new ReReviewEntity(FormState.FinanceReview)
                    {
                        Id = Guid.NewGuid(),
                        SelfEvaluationId = id,
                        ProjectId = byId[id].ProjectId,
                        Content = "[]",
                        SampleDrawId = recorded.Id,
                        UpdatedAt = now,
                        // Until a row is re-scored the final score is the confirmed self-score.
                        FinalTotal = byId[id].Total,
                        FinalGrade = Grades.Of(byId[id].Total),
                    });
                audit.Record("DrawSample", "SampleDraw", recorded.Id.ToString(), comment: SampleDraw.Describe(result));
                return Task.FromResult(Creation<ChangeResult>.Of(
                    new FormTarget("SampleDraw", recorded.Id.ToString(), "该抽评", null, CreateRace: "所抽自评表刚由他人开始复核，请重新抽取。"), ChangeResult.Done));
            }, ct, missing: new ChangeResult(false, "只有财政局可以抽评。", NotFound: true));
        return Finish(run, () => recorded);
    }

    private static async Task<(SampleDrawEntity?, ChangeResult)> Finish(Task<ChangeResult> run, Func<SampleDrawEntity?> draw)
    {
        var result = await run;
        return (result.Ok ? draw() : null, result);
    }

    /// <summary>A 复核 as the list shows it.</summary>
    public sealed record ListRow(Guid Id, Guid SelfEvaluationId, Guid ProjectId, string ProjectName, int UnitId, string UnitName, int Year, FormState State,
        decimal? SelfTotal, decimal FinalTotal, Grade FinalGrade, bool Sampled, bool HasDifference, DateTimeOffset UpdatedAt);

    /// <summary>The 复核 in the user's scope (through the evaluated project), as <paramref name="filter"/> narrows and orders them, one page.</summary>
    public Task<Paging.PageResult<ListRow>> PageAsync(ReReviewListFilter filter, Paging.PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scoped = me.Scope(db.Projects.AsNoTracking()).Select(p => p.Id);
        var reReviews = filter.Apply(db.ReReviews.AsNoTracking().Where(r => scoped.Contains(r.ProjectId)));
        return filter.Order.PageAsync(reReviews, page, r => new ListRow(r.Id, r.SelfEvaluationId, r.ProjectId, r.Project!.Name, r.Project.UnitId,
            r.Project.Unit!.Name, r.Project.Year, r.State, db.SelfEvaluations.Where(e => e.Id == r.SelfEvaluationId).Select(e => e.TotalScore).FirstOrDefault(),
            r.FinalTotal, r.FinalGrade, r.SampleDrawId != null, r.HasDifference, r.UpdatedAt), ct);
    }

    /// <summary>The 复核 <paramref name="id"/> (its own id) in the user's scope, or null: the scope is its 自评表's.</summary>
    public async Task<ReReviewView?> LoadByIdAsync(Guid id, CancellationToken ct) =>
        await db.ReReviews.AsNoTracking().Where(r => r.Id == id).Select(r => (Guid?)r.SelfEvaluationId).SingleOrDefaultAsync(ct) is { } selfEvaluationId
            ? await LoadAsync(selfEvaluationId, ct)
            : null;

    /// <summary>The 主管部门 of the evaluated project's unit (the organisation above it), as the printed 复核表 names it.</summary>
    public Task<string?> DepartmentNameAsync(ReReviewView view, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        var unitId = view.SelfEvaluation.Project.UnitId;
        return db.Organizations.AsNoTracking().Where(o => o.Id == unitId).Select(o => (string?)o.Parent!.Name).FirstOrDefaultAsync(ct);
    }

    /// <summary>The recorded 抽评 draws (finance only; others see none), newest first.</summary>
    public async Task<IReadOnlyList<SampleDrawEntity>> DrawsAsync(CancellationToken ct) => me.IsFinance
        ? (await db.SampleDraws.AsNoTracking().ToListAsync(ct)).OrderByDescending(d => d.DrawnAt).ToList()
        : [];

    /// <summary>A drawn 自评表 as the 抽评 page lists it: the project, its 年度资金总额 (the weight of the draw), the scores and its 复核's state.</summary>
    public sealed record DrawnRow(Guid SelfEvaluationId, string ProjectName, string UnitName, decimal AmountYuan, decimal? SelfTotal,
        FormState? ReReviewState, decimal? FinalTotal);

    /// <summary>The 自评表 drawn by <paramref name="draw"/>, in draw order (finance only; others none).</summary>
    public async Task<IReadOnlyList<DrawnRow>> DrawnAsync(SampleDrawEntity draw, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (!me.IsFinance) return [];
        var ids = JsonSerializer.Deserialize<List<Guid>>(draw.Drawn) ?? [];
        var rows = await (from e in db.SelfEvaluations.AsNoTracking()
                          join p in db.Projects.AsNoTracking() on e.ProjectId equals p.Id
                          where ids.Contains(e.Id)
                          select new { e.Id, p.Name, Unit = p.Unit!.Name, p.FundsTotalYuan, e.TotalScore }).ToListAsync(ct);
        var reviews = await db.ReReviews.AsNoTracking().Where(r => ids.Contains(r.SelfEvaluationId))
            .Select(r => new { r.SelfEvaluationId, r.State, r.FinalTotal }).ToDictionaryAsync(r => r.SelfEvaluationId, ct);
        var byId = rows.ToDictionary(r => r.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id])
            .Select(r => new DrawnRow(r.Id, r.Name, r.Unit, r.FundsTotalYuan, r.TotalScore,
                reviews.TryGetValue(r.Id, out var review) ? review.State : (FormState?)null, review?.FinalTotal)).ToList();
    }

    private static FormTarget Target(ReReviewEntity? entity, Guid? readStamp) =>
        new(EntityType, entity?.Id.ToString() ?? "", "该复核", entity, readStamp,
            MissingStamp: "缺少读取时的版本标记：请先打开复核页面，再保存。",
            CreateRace: "该自评表刚由他人开始复核，请刷新后再复核。");

    public static IReadOnlyList<StoredReReviewRow> Read(string content) =>
        JsonSerializer.Deserialize<List<StoredReReviewRow>>(content, ContentJson.Options) ?? [];
}
