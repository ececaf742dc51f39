using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Attachments;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Text;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Paging;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Evaluations;

/// <summary>An evaluation as its page shows it: the row, the project and unit, the framework, the sheet and the report.</summary>
public sealed record LoadedEvaluation(ExternalEvaluationEntity Row, string ProjectName, string UnitName, int Year, string EvaluatorName,
    EvaluationFramework Framework, EvaluationSheet Sheet, AttachmentRow? Report)
{
    public string StateName => ExternalEvaluationStates.Chinese(Row.State);
}

public sealed record EvaluationListRow(Guid Id, Guid ProjectId, string ProjectName, string UnitName, int Year, string EvaluatorName,
    DateOnly Deadline, FormState State, decimal? TotalScore, Domain.Scoring.Grade? Grade);

/// <summary>
/// 重点绩效评价 / 第三方评价 (ADR-059): finance assigns a project to a 第三方评价机构 with a framework and a deadline; the
/// evaluator scores, attaches its report and submits; finance accepts or returns. Every command runs through
/// <see cref="FormCommands"/>. Scope: finance sees every evaluation, an evaluator only those assigned to its
/// organisation, a department or unit those of the projects it sees (read only); anything else is "not found".
/// </summary>
public sealed class ExternalEvaluationService(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, FormCommands commands,
    IConfiguration config, ReReview.RectificationService rectifications)
{
    public const string EntityType = "ExternalEvaluation";

    public IQueryable<ExternalEvaluationEntity> Scoped()
    {
        if (me.IsFinance) return db.ExternalEvaluations;
        if (me.Role == Role.ThirdPartyEvaluator) return db.ExternalEvaluations.Where(e => e.EvaluatorOrgId == me.OrgId);
        var projects = me.Scope(db.Projects).Select(p => p.Id);
        return db.ExternalEvaluations.Where(e => projects.Contains(e.ProjectId));
    }

    /// <summary>By project name, then id.</summary>
    public static readonly KeysetOrder<ExternalEvaluationEntity> Order =
        KeysetOrder<ExternalEvaluationEntity>.By("evaluations", e => e.Project!.Name).ThenBy(e => e.Id);

    public Task<PageResult<EvaluationListRow>> PageAsync(PageRequest page, CancellationToken ct) =>
        Order.PageAsync(Scoped().AsNoTracking(), page, e => new EvaluationListRow(e.Id, e.ProjectId,
            e.Project!.Unit!.Kind == OrgKind.Department ? DepartmentObject + e.Project.Name : e.Project.Name, e.Project.Unit!.Name,
            e.Project.Year, e.EvaluatorOrg!.Name, e.Deadline, e.State, e.TotalScore, e.Grade), ct);

    public async Task<LoadedEvaluation?> LoadAsync(Guid id, CancellationToken ct)
    {
        var row = await Scoped().Include(e => e.Project!).ThenInclude(p => p.Unit).Include(e => e.EvaluatorOrg)
            .SingleOrDefaultAsync(e => e.Id == id, ct);
        if (row is null) return null;
        var framework = EvaluationFramework.Find(TemplateRegistry.Current, row.FrameworkId)
            ?? throw new InvalidOperationException($"评价指标体系“{row.FrameworkId}”已不在模板中。");
        var report = await db.FormAttachments.AsNoTracking().Where(a => a.Form == AttachedForm.ExternalEvaluation && a.FormId == id)
            .OrderByDescending(a => a.UploadedAt).Select(a => new AttachmentRow(a.Id, a.Name, a.Size, a.UploadedBy, a.UploadedAt)).FirstOrDefaultAsync(ct);
        return new LoadedEvaluation(row, ObjectName(row.Project!.Name, row.Project.Unit!.Kind), row.Project.Unit!.Name, row.Project.Year, row.EvaluatorOrg!.Name, framework,
            EvaluationSheetJson.Read(row.Content), report);
    }

    /// <summary>The 第三方评价机构 finance may assign, by name.</summary>
    public async Task<IReadOnlyList<Organization>> EvaluatorsAsync(CancellationToken ct) =>
        (await db.Organizations.AsNoTracking().Where(o => o.Kind == OrgKind.EvaluationAgency).ToListAsync(ct)).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();

    /// <summary>Projects finance may select: every project with an approved declaration, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, string Unit, int Year)>> SelectableProjectsAsync(CancellationToken ct) =>
        (await me.Scope(db.Projects).AsNoTracking().Where(p => p.Versions.Any(v => v.State == FormState.Approved || v.State == FormState.Imported))
            .Select(p => new { p.Id, p.Name, Unit = p.Unit!.Name, Kind = p.Unit.Kind, p.Year }).ToListAsync(ct))
        .OrderBy(p => p.Unit, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Id, ObjectName(p.Name, p.Kind), p.Unit, p.Year)).ToList();

    /// <summary>
    /// A department's approved 部门整体 form is an evaluation object too (ADR-064): it is a project row on the department
    /// (ADR-057), so <c>ProjectId</c> holds it; lists and pages name it 部门整体 with the department's name.
    /// </summary>
    public const string DepartmentObject = "部门整体：";

    public static string ObjectName(string projectName, OrgKind kind) => kind == OrgKind.Department ? DepartmentObject + projectName : projectName;

    /// <summary>Finance assigns <paramref name="projectId"/> to an evaluator with a framework and a deadline; the new evaluation's id on success.</summary>
    public Task<ChangeResult> AssignAsync(Guid projectId, int evaluatorOrgId, string? frameworkId, DateOnly? deadline, Action<Guid>? created, CancellationToken ct) =>
        commands.CreateAsync(
            () => me.Scope(db.Projects).SingleOrDefaultAsync(p => p.Id == projectId, ct),
            async project =>
            {
                if (!me.IsFinance) return ChangeResult.Refused("只有财政局可以分派重点绩效评价。");
                if (await db.Organizations.AnyAsync(o => o.Id == evaluatorOrgId && o.Kind == OrgKind.EvaluationAgency, ct) is false)
                    return ChangeResult.Refused("请选择第三方评价机构。");
                if (EvaluationFramework.Find(TemplateRegistry.Current, frameworkId ?? EvaluationFramework.DefaultId) is null)
                    return ChangeResult.Refused("请选择评价指标体系。");
                if (deadline is not { } d) return ChangeResult.Refused("请填写完成期限。");
                if (d < DisplayTime.Today(clock)) return ChangeResult.Refused("完成期限不能早于今天。");
                if (await db.ExternalEvaluations.AnyAsync(e => e.ProjectId == project.Id && e.State != FormState.Approved, ct))
                    return ChangeResult.Refused("该项目已有尚未验收的重点绩效评价，不能重复分派。");
                return null;
            },
            project =>
            {
                var now = clock.GetUtcNow();
                var row = new ExternalEvaluationEntity
                {
                    Id = Guid.NewGuid(),
                    ProjectId = project.Id,
                    EvaluatorOrgId = evaluatorOrgId,
                    FrameworkId = frameworkId ?? EvaluationFramework.DefaultId,
                    Deadline = deadline!.Value,
                    Content = EvaluationSheetJson.Write(EvaluationSheet.Empty),
                    AssignedBy = TextHygiene.Clean(me.DisplayName),
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.ExternalEvaluations.Add(row);
                audit.Record("Assign", EntityType, row.Id.ToString(), diff: [new FieldChange("Project", null, project.Name),
                    new FieldChange("完成期限", null, row.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]);
                created?.Invoke(row.Id);
                return Task.FromResult(Creation<ChangeResult>.Of(Target(row, null), ChangeResult.Done));
            }, ct, missing: NotFound);

    /// <summary>The evaluator saves its sheet (the stamp it read is required).</summary>
    public Task<ChangeResult> SaveAsync(Guid id, EvaluationSheet sheet, Guid? readStamp, CancellationToken ct) =>
        EditAsync(id, sheet, readStamp, submit: false, ct);

    /// <summary>The evaluator submits: every dimension scored, a conclusion, the report attached.</summary>
    public Task<ChangeResult> SubmitAsync(Guid id, EvaluationSheet sheet, Guid? readStamp, CancellationToken ct) =>
        EditAsync(id, sheet, readStamp, submit: true, ct);

    private Task<ChangeResult> EditAsync(Guid id, EvaluationSheet posted, Guid? readStamp, bool submit, CancellationToken ct) =>
        commands.RunAsync(
            () => LoadAsync(id, ct),
            l => Target(l.Row, readStamp),
            l => Task.FromResult(EditRefusal(l)),
            l =>
            {
                var sheet = posted.Normalised(l.Framework);
                var errors = submit ? sheet.SubmitErrors(l.Framework, l.Report is not null) : sheet.SaveErrors(l.Framework);
                if (errors.Count > 0) return Task.FromResult<ChangeResult?>(ChangeResult.Refused(string.Join("", errors)));
                var row = l.Row;
                var diff = Diff(l.Framework, l.Sheet, sheet).ToList();
                var total = sheet.Total(l.Framework);
                if (total != row.TotalScore) diff.Add(new FieldChange("TotalScore", row.TotalScore?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                    total?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
                row.Content = EvaluationSheetJson.Write(sheet);
                row.TotalScore = total;
                row.Grade = sheet.Grade(l.Framework);
                row.UpdatedAt = clock.GetUtcNow();
                if (submit)
                {
                    var from = row.State;
                    var move = row.Move(new TransitionRequest(row.State, WorkflowAction.Submit, Role.ThirdPartyEvaluator));
                    if (!move.Allowed) return Task.FromResult<ChangeResult?>(ChangeResult.Refused(move.Error!));
                    diff.Add(new FieldChange("State", from.ToString(), row.State.ToString()));
                }
                audit.Record(submit ? "Submit" : "Update", EntityType, row.Id.ToString(), diff: diff);
                return Task.FromResult<ChangeResult?>(null);
            },
            _ => ChangeResult.Done, ct, missing: NotFound);

    /// <summary>The evaluator attaches (or replaces) the 评价报告 while the evaluation is still its to edit.</summary>
    public Task<ChangeResult> UploadReportAsync(Guid id, string name, byte[] bytes, Guid? readStamp, CancellationToken ct) =>
        commands.RunAsync(
            () => LoadAsync(id, ct),
            l => Target(l.Row, readStamp),
            l => Task.FromResult(EditRefusal(l)),
            async l =>
            {
                var clean = TextHygiene.Clean(Path.GetFileName(name)).Trim();
                var max = config.GetValue<long?>("Attachments:MaxBytes") ?? AttachmentPolicy.DefaultMaxBytes;
                if ((AttachmentPolicy.SizeRefusal(clean, bytes.Length, max) ?? AttachmentPolicy.FileRefusal(clean, bytes, max)) is { } bad)
                    return ChangeResult.Refused(bad);
                var old = await db.FormAttachments.Where(a => a.Form == AttachedForm.ExternalEvaluation && a.FormId == id).ToListAsync(ct);
                db.FormAttachments.RemoveRange(old);
                db.FormAttachments.Add(new FormAttachment
                {
                    Id = Guid.NewGuid(),
                    Form = AttachedForm.ExternalEvaluation,
                    FormId = id,
                    ProjectId = l.Row.ProjectId,
                    Name = clean,
                    ContentType = AttachmentPolicy.ContentType(clean),
                    Size = bytes.Length,
                    Bytes = bytes,
                    UploadedBy = TextHygiene.Clean(me.DisplayName),
                    UploadedAt = clock.GetUtcNow(),
                });
                l.Row.UpdatedAt = clock.GetUtcNow(); // the report is part of what the stamp guards
                audit.Record("Attach", EntityType, id.ToString(), comment: clean);
                return null;
            },
            _ => ChangeResult.Done, ct, missing: NotFound);

    /// <summary>The evaluation's report, when the user sees the evaluation.</summary>
    public async Task<FormAttachment?> ReportAsync(Guid id, CancellationToken ct) =>
        await Scoped().AnyAsync(e => e.Id == id, ct)
            ? await db.FormAttachments.AsNoTracking().Where(a => a.Form == AttachedForm.ExternalEvaluation && a.FormId == id)
                .OrderByDescending(a => a.UploadedAt).FirstOrDefaultAsync(ct)
            : null;

    /// <summary>Finance accepts (验收通过: locked, its score and grade final) or returns with a reason.</summary>
    public Task<ChangeResult> DecideAsync(Guid id, WorkflowAction action, string? reason, Guid? readStamp, CancellationToken ct)
    {
        var text = TextHygiene.CleanOrNull(reason)?.Trim() is { Length: > 0 } r ? r : null;
        return commands.RunAsync(
            () => LoadAsync(id, ct),
            l => Target(l.Row, readStamp),
            _ => Task.FromResult(
                !me.IsFinance ? ChangeResult.Refused("只有财政局可以验收或退回重点绩效评价。")
                : action is not (WorkflowAction.Approve or WorkflowAction.Return) ? ChangeResult.Refused("不支持的操作。")
                : text is { Length: > EvaluationSheet.MaxText } ? ChangeResult.Refused($"退回原因不能超过 {EvaluationSheet.MaxText} 字。")
                : null),
            async l =>
            {
                var row = l.Row;
                var from = row.State;
                var move = row.Move(new TransitionRequest(row.State, action, me.Role!.Value, Reason: text));
                if (!move.Allowed) return ChangeResult.Refused(move.Error == "请填写原因。" ? "退回时请填写退回原因。" : move.Error!);
                row.UpdatedAt = clock.GetUtcNow();
                if (action == WorkflowAction.Return) row.ReturnReason = text;
                else row.AcceptedAt = row.UpdatedAt;
                audit.Record(action == WorkflowAction.Approve ? "Accept" : "Return", EntityType, row.Id.ToString(),
                    diff: [new FieldChange("State", from.ToString(), row.State.ToString())], comment: text);
                // Accepted: each dimension's 主要问题 becomes a 整改事项 of the project's unit, saved with the acceptance (ADR-062).
                if (action == WorkflowAction.Approve)
                    await rectifications.StageFindingsAsync(Domain.Rectification.RectificationSourceKind.Evaluation, row.Id.ToString(), row.Project!.UnitId,
                        row.ProjectId, [.. l.Sheet.Findings(l.Framework).Select(f => ($"{f.Dimension}：{f.Text}", EvaluationRequirement(f.Dimension)))], ct);
                return null;
            },
            _ => ChangeResult.Done, ct, missing: NotFound);
    }

    /// <summary>The 整改要求 of an evaluation finding.</summary>
    public static string EvaluationRequirement(string dimension) => $"针对重点绩效评价“{dimension}”方面发现的问题制定整改措施，按期整改并报送整改情况。";

    /// <summary>Why the user may not change the sheet or the report now (null: may).</summary>
    public ChangeResult? EditRefusal(LoadedEvaluation loaded)
    {
        if (me.Role != Role.ThirdPartyEvaluator) return ChangeResult.Refused("只有受托的第三方评价机构可以填写评价。");
        return ExternalEvaluationStates.IsEditable(loaded.Row.State) ? null
            : ChangeResult.Refused($"状态为“{loaded.StateName}”的评价不能修改。");
    }

    private static IEnumerable<FieldChange> Diff(EvaluationFramework framework, EvaluationSheet before, EvaluationSheet after)
    {
        foreach (var d in framework.Dimensions)
        {
            var (b, a) = (before.Of(d.Name), after.Of(d.Name));
            if (b?.Score != a?.Score) yield return new($"{d.Name}得分", b?.Score?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                a?.Score?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
            if (b?.Finding != a?.Finding) yield return new($"{d.Name}主要问题", b?.Finding, a?.Finding);
        }
        if (before.Conclusion != after.Conclusion) yield return new("评价结论", before.Conclusion, after.Conclusion);
    }

    private static FormTarget Target(ExternalEvaluationEntity row, Guid? readStamp) =>
        new(EntityType, row.Id.ToString(), "该评价", row, readStamp,
            MissingStamp: "请先读取该评价，再带着读取时的版本标记（concurrencyStamp）保存。");

    public static ChangeResult NotFound { get; } = new(false, "未找到该重点绩效评价（不在可见范围内）。", NotFound: true);
}
