using System.ComponentModel;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Departments;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Auth;
using Jixiao.Web.Paging;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

public static class ProjectsApi
{
    public static void MapProjectsApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/projects").WithTags("项目申报");

        g.MapGet("/", async (HttpContext http, ProjectService projects, int? year,
            [Description("按项目名称或单位名称查找")] string? q,
            [Description("状态：Draft、Submitted、SupervisorReview、FinanceReview、Approved、Returned、Rejected、Imported 等")] string? state,
            [Description("单位编号")] int? unitId, [Description("主管部门编号：该部门及其下属单位的项目")] int? departmentId,
            [Description("排序：unit（按单位，默认）、name、year、new、grade（按上年计入的绩效等级，差在前）、rectification（按上年未销号整改数，多在前）")] string? sort,
            [Description("项目类别，如“特定目标类”（与申报表所填一致）")] string? category, [Description("项目性质，如“一次性项目”")] string? nature,
            [Description("上年计入的绩效等级（重点绩效评价、复核、自评依次优先）：Excellent（优）、Good（良）、Fair（中）、Poor（差）")] string? lastGrade,
            [Description("true：只列上年有未销号整改事项的项目")] string? openRectifications,
            [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
        {
            if (!StateFilter.TryParse(state, out var stateFilter, out var refusal)) return refusal!;
            if (!ResultsAppliedFilter.TryParse(lastGrade, openRectifications, out var grade, out var open, out refusal)) return refusal!;
            var filter = new ProjectListFilter(year, q, stateFilter, unitId, departmentId, sort, category?.Trim(), nature?.Trim(), grade, open);
            var page = PageRequest.Of(size, after);
            if (!projects.OrderOf(filter).Accepts(page)) return PagedAnswer.BadCursor();
            return PagedAnswer.Ok(http, await projects.PageAsync(filter, page, ct), r => new ProjectSummary(r.Id, r.Name, r.Year, r.UnitId, r.UnitName,
                r.FundsTotalYuan, r.State.ToString(), FormStateNames.Chinese(r.State), r.Version));
        }).Produces<List<ProjectSummary>>().ProducesProblem(400)
          .WithName("ListProjects").WithSummary("可见范围内的项目（筛选、排序、分页）").WithDescription(PagedAnswer.Description);

        g.MapGet("/{id:guid}", async Task<Results<Ok<ProjectDetail>, NotFound>> (Guid id, ProjectService projects, JixiaoDbContext db, CancellationToken ct) =>
            await projects.LoadAsync(id, ct) is { } p ? TypedResults.Ok(await DetailAsync(p, projects, db, ct)) : TypedResults.NotFound())
         .WithName("GetProject").WithSummary("项目申报内容、审核问题、审核意见与可执行操作");

        g.MapPut("/{id:guid}", async (Guid id, SaveProjectRequest request, ProjectService projects, DeclarationService declarations, CancellationToken ct) =>
        {
            if (await projects.LoadAsync(id, ct) is not { } loaded) return Answer(WriteResult.Missing);
            // No content: the service's checks (role, state, stamp) answer first, then refuse the empty body.
            if (request.Content is null) return Answer(await declarations.SaveDraftAsync(id, null!, request.ConcurrencyStamp, ct));
            var (project, refusal) = DeclarationEntryMapper.Apply(request.Content, loaded.Model);
            if (project is null) return RefusalProblems.Problem(refusal!);
            return Answer(await declarations.SaveDraftAsync(id, project, request.ConcurrencyStamp, ct));
        }).ProducesValidationProblem().WithName("SaveProject").WithSummary("保存草稿（乐观并发：须带上读取时的 concurrencyStamp）");

        g.MapPost("/{id:guid}/lint", async Task<Results<Ok<List<ProjectFinding>>, ValidationProblem, NotFound>> (Guid id, DeclarationEntry content, ProjectService projects, LintRuleSettings rules, FindingReviews reviews, CancellationToken ct) =>
        {
            var loaded = await projects.LoadAsync(id, ct);
            if (loaded is null) return TypedResults.NotFound();
            var (model, refusal) = DeclarationEntryMapper.Apply(content, loaded.Model);
            if (model is null) return RefusalProblems.Problem(refusal!);
            // A fact a reviewer dismissed stays dismissed while it is typed unchanged (the same fingerprint as on save).
            var dismissals = await reviews.DismissalsAsync(ReviewForm.Declaration, id, ct);
            return TypedResults.Ok(ProjectService.Lint(model, historical: false, (await rules.CurrentAsync(ct)).Profile)
                .Select(f => ProjectFinding.From(f, dismissals.GetValueOrDefault(FindingFingerprint.Of(f).Value))).ToList());
        }).WithName("LintProject").WithSummary("对未保存的内容运行审核规则（实时审核面板；已被审核人忽略的问题带有忽略原因）");

        g.MapPost("/{id:guid}/roll-up", async Task<Results<Ok<DepartmentRollUp>, ValidationProblem, NotFound>> (Guid id, DeclarationEntry content, ProjectService projects, DepartmentRollUps rollUps, CancellationToken ct) =>
        {
            var loaded = await projects.LoadAsync(id, ct);
            if (loaded is null) return TypedResults.NotFound();
            var (model, refusal) = DeclarationEntryMapper.Apply(content, loaded.Model);
            if (model is null) return RefusalProblems.Problem(refusal!);
            // Only a 部门整体 form rolls up; any other project answers as if the check did not exist.
            return await rollUps.CheckAsync(loaded, model, ct) is { } rollUp ? TypedResults.Ok(rollUp) : TypedResults.NotFound();
        }).WithName("CheckDepartmentRollUp").WithSummary("部门整体：对未保存的年度履职目标与本部门当年项目进行合计核对（编辑页实时核对）");

        g.MapPost("/{id:guid}/transitions", async (Guid id, ProjectTransitionRequest request, DeclarationService declarations, CancellationToken ct) =>
        {
            if (!Enum.TryParse<WorkflowAction>(request.Action, ignoreCase: true, out var action))
                return TypedResults.Problem(title: "无效的操作", detail: $"不支持的操作“{request.Action}”。", statusCode: 400);
            return Answer(await declarations.TransitionAsync(id, new(action, request.Comment, request.Acknowledgement, request.Reason), ct));
        }).WithName("TransitionProject").WithSummary("提交、撤回、开始审核、通过、退回、批复、不予安排、重新打开");

        g.MapPost("/{id:guid}/adjustments", async (Guid id, TextRequest request, DeclarationService declarations, CancellationToken ct) =>
            Answer(await declarations.StartAdjustmentAsync(id, request.Text, ct)))
         .WithName("AdjustProject").WithSummary("发起调整：生成新版本草稿（须填写原因）");

        g.MapPost("/{id:guid}/comments", async (Guid id, ProjectCommentRequest request, DeclarationService declarations, CancellationToken ct) =>
            Answer(await declarations.CommentAsync(id, request.Anchor, request.Text, ct)))
         .WithName("CommentProject").WithSummary("审核人按指标行或字段填写审核意见");

        g.MapPost("/{id:guid}/comments/{commentId:guid}/reply", async (Guid id, Guid commentId, TextRequest request, DeclarationService declarations, CancellationToken ct) =>
            Answer(await declarations.ReplyAsync(id, commentId, request.Text ?? "", ct)))
         .WithName("ReplyComment").WithSummary("单位答复审核意见；审核人调用则关闭该意见");

        g.MapPost("/{id:guid}/comments/{commentId:guid}/resolve", async (Guid id, Guid commentId, DeclarationService declarations, CancellationToken ct) =>
            Answer(await declarations.ReplyAsync(id, commentId, null, ct, CommentAnswer.Resolve)))
         .WithName("ResolveComment").WithSummary("审核人将审核意见标记为已解决");

        g.MapGet("/{id:guid}/versions", async Task<Results<Ok<List<ProjectVersion>>, NotFound>> (Guid id, ProjectService projects, JixiaoDbContext db, CancellationToken ct) =>
        {
            if (await projects.LoadAsync(id, ct) is null) return TypedResults.NotFound();
            var versions = await db.DeclarationVersions.AsNoTracking().Where(v => v.ProjectId == id).OrderBy(v => v.Number).ToListAsync(ct);
            return TypedResults.Ok(versions.Select(v => new ProjectVersion(v.Number, v.State.ToString(), FormStateNames.Chinese(v.State),
                v.Origin.ToString(), v.Reason, v.CreatedAt, v.ApprovedAt)).ToList());
        }).WithName("ListVersions").WithSummary("版本历史（年初版本、调整版本）");

        g.MapGet("/{id:guid}/compare", async Task<Results<Ok<List<VersionChange>>, NotFound>> (Guid id, int a, int b, ProjectService projects, JixiaoDbContext db, CancellationToken ct) =>
        {
            if (await projects.LoadAsync(id, ct) is null) return TypedResults.NotFound();
            var pair = await db.DeclarationVersions.AsNoTracking().Where(v => v.ProjectId == id && (v.Number == a || v.Number == b)).ToListAsync(ct);
            var va = pair.FirstOrDefault(v => v.Number == a);
            var vb = pair.FirstOrDefault(v => v.Number == b);
            if (va is null || vb is null) return TypedResults.NotFound();
            return TypedResults.Ok(ProjectDiff.Compare(ProjectService.ToDomain(va), ProjectService.ToDomain(vb)).Select(VersionChange.From).ToList());
        }).WithName("CompareVersions").WithSummary("任意两个版本逐字段对比");
    }

    public static async Task<ProjectDetail> DetailAsync(LoadedProject p, ProjectService projects, JixiaoDbContext db, CancellationToken ct)
    {
        var comments = await db.ReviewComments.AsNoTracking()
            .Where(c => c.FormType == ReviewForm.Declaration && c.FormId == p.Entity.Id)
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(ct);
        var actions = (await projects.ActionsForAsync(p, ct)).Select(a => a.ToString()).ToList();
        return new ProjectDetail(p.Entity.Id, p.Entity.UnitId, p.Entity.Unit!.Name, p.Entity.Year, p.Version.Number,
            p.Version.State.ToString(), FormStateNames.Chinese(p.Version.State), p.Version.ConcurrencyStamp, actions,
            DeclarationEntryMapper.ToContract(p.Model), p.Findings.Select(ProjectFinding.From).ToList(),
            comments.Select(c => new ProjectComment(c.Id, c.Anchor, c.Text, c.AuthorName, c.AuthorRole, c.CreatedAt, c.Status.ToString(), c.Reply)).ToList());
    }

    internal static IResult Answer(WriteResult result) => result switch
    {
        { Ok: true } => TypedResults.NoContent(),
        { NotFound: true } => TypedResults.NotFound(),
        { Refusal: { } refusal } => RefusalProblems.Problem(refusal),
        { Conflict: true } => TypedResults.Problem(title: "保存冲突", detail: result.Error, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: "操作被拒绝", detail: result.Error, statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: result.Blocking is { Count: > 0 } b ? new Dictionary<string, object?> { ["findings"] = b.Select(ProjectFinding.From).ToList() } : null),
    };
}
