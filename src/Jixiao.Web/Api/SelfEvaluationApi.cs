using System.ComponentModel;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Auth;
using Jixiao.Web.Paging;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>绩效自评 over HTTP: everything the /SelfEvaluations screens do, through the same service and data scope.</summary>
public static class SelfEvaluationApi
{
    public sealed record StartRequest(Guid ProjectId);
    public sealed record TransitionBody([property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<WorkflowAction>))] WorkflowAction Action, string? Comment);
    public sealed record ProfileBody(string ProfileId);

    public static void MapSelfEvaluationApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/self-evaluations").WithTags("绩效自评");

        g.MapGet("/", async (HttpContext http, SelfEvaluationService s, int? year,
                [Description("按项目名称或单位名称查找")] string? q,
                [Description("状态：Draft、Submitted、Verification、Returned、Confirmed、Imported 等")] string? state,
                [Description("单位编号")] int? unitId,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                if (!StateFilter.TryParse(state, out var stateFilter, out var refusal)) return refusal!;
                var page = PageRequest.Of(size, after);
                if (!SelfEvaluationListFilter.Order.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, await s.PageAsync(new SelfEvaluationListFilter(year, q, stateFilter, unitId), page, ct), r => r);
            }).Produces<List<SelfEvaluationListRow>>().ProducesProblem(400)
            .WithName("ListSelfEvaluations").WithSummary("可见范围内的绩效自评（筛选、分页）").WithDescription(PagedAnswer.Description);

        g.MapGet("/startable", async (HttpContext http, SelfEvaluationService s, int? year, [Description("按项目名称或单位名称查找")] string? q,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                var page = PageRequest.Of(size, after);
                if (!SelfEvaluationService.StartableOrder.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, await s.PageStartableAsync(year, q, page, ct), r => r);
            }).Produces<List<StartableProject>>().ProducesProblem(400)
            .WithName("ListStartableSelfEvaluations").WithSummary("目标已批复、尚未自评的项目（筛选、分页）").WithDescription(PagedAnswer.Description);

        g.MapPost("/", async Task<Results<Created<StartResponse>, ProblemHttpResult>> (SelfEvaluationService s, StartRequest body, CancellationToken ct) =>
            {
                var (id, result) = await s.StartAsync(body.ProjectId, ct);
                return id is { } created ? TypedResults.Created($"/api/v1/self-evaluations/{created}", new StartResponse(created)) : Problem(result);
            })
            .WithName("StartSelfEvaluation").WithSummary("按批复的绩效目标生成自评表");

        g.MapGet("/{id:guid}", async Task<Results<Ok<SelfEvaluationDetail>, ProblemHttpResult>> (SelfEvaluationService s, Guid id, CancellationToken ct) =>
                await s.LoadAsync(id, ct) is { } loaded ? TypedResults.Ok(ToDto(loaded)) : NotFound())
            .WithName("GetSelfEvaluation").WithSummary("自评表、评分与说明");

        g.MapPost("/{id:guid}/score", async Task<Results<Ok<SelfEvaluationScore>, ValidationProblem, ProblemHttpResult>> (SelfEvaluationService s, Guid id,
                SelfEvaluationEntry entry, CancellationToken ct) =>
            {
                if (await s.LoadAsync(id, ct) is not { } loaded) return NotFound();
                var (form, refusal) = SelfEvaluationEntryMapper.Apply(entry, loaded.Definition);
                if (form is null) return RefusalProblems.Problem(refusal!);
                var score = SelfEvaluationService.ScoreForm(loaded, form);
                var editable = loaded.Mode == ScoringMode.Live && FormStateNames.IsEditableByUnit(loaded.Entity.State);
                var total = (editable ? loaded.Entered(form).Total : loaded.Content.Total).ToFundRow();
                return TypedResults.Ok(SelfEvaluationScore.From(score, total));
            })
            .WithName("ScoreSelfEvaluation").WithSummary("按评分规则即时计算未保存的自评表（不保存）");

        g.MapPut("/{id:guid}", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (SelfEvaluationService s, SelfEvaluationDefinition definition, Guid id, SelfEvaluationEntry entry, CancellationToken ct) =>
            {
                var (form, refusal) = SelfEvaluationEntryMapper.Apply(entry, await DefinitionAsync(s, definition, id, ct));
                return form is null ? RefusalProblems.Problem(refusal!) : Done(await s.SaveAsync(id, form, ct));
            })
            .WithName("SaveSelfEvaluation").WithSummary("保存自评表");

        g.MapPost("/{id:guid}/submit", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (SelfEvaluationService s, SelfEvaluationDefinition definition, Guid id, SelfEvaluationEntry entry, CancellationToken ct) =>
            {
                var (form, refusal) = SelfEvaluationEntryMapper.Apply(entry, await DefinitionAsync(s, definition, id, ct));
                return form is null ? RefusalProblems.Problem(refusal!) : Done(await s.SubmitAsync(id, form, ct));
            })
            .WithName("SubmitSelfEvaluation").WithSummary("保存并提交自评表（存在错误级问题时拒绝）");

        g.MapPost("/{id:guid}/transitions", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (SelfEvaluationService s, Guid id, TransitionBody body, CancellationToken ct) =>
                Done(await s.TransitionAsync(id, body.Action, body.Comment, ct)))
            .WithName("TransitionSelfEvaluation").WithSummary("撤回、开始复核、退回（需意见）、确认");

        g.MapGet("/{id:guid}/comments", async Task<Results<Ok<List<FormComment>>, ProblemHttpResult>> (SelfEvaluationService s, ReviewCommentAnswers comments, Guid id, CancellationToken ct) =>
                await s.LoadAsync(id, ct) is { } l
                    ? TypedResults.Ok((await comments.OnAsync(Data.Entities.ReviewForm.SelfEvaluation, l.Entity.Id, ct)).Select(FormComment.From).ToList())
                    : NotFound())
            .WithName("ListSelfEvaluationComments").WithSummary("自评表的审核意见");

        g.MapPost("/{id:guid}/comments/{commentId:guid}/reply", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (SelfEvaluationService s, Guid id, Guid commentId, TextRequest body, CancellationToken ct) =>
                Done(await s.ReplyAsync(id, commentId, body.Text, ct)))
            .WithName("ReplySelfEvaluationComment").WithSummary("单位答复审核意见；审核人调用则关闭该意见");

        g.MapPost("/{id:guid}/comments/{commentId:guid}/resolve", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (SelfEvaluationService s, Guid id, Guid commentId, CancellationToken ct) =>
                Done(await s.ReplyAsync(id, commentId, null, ct, CommentAnswer.Resolve)))
            .WithName("ResolveSelfEvaluationComment").WithSummary("审核人将审核意见标记为已解决");

        g.MapPut("/{id:guid}/profile", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (SelfEvaluationService s, Guid id, ProfileBody body, CancellationToken ct) =>
                Done(await s.SetProfileAsync(id, body.ProfileId, ct)))
            .RequireAuthorization(p => p.RequireRoles(Role.FinanceAdmin)) // a role refusal is 403, before any lookup
            .WithName("SetSelfEvaluationProfile").WithSummary("管理员设置评分规则");
    }

    public sealed record StartResponse(Guid Id);

    public static SelfEvaluationDetail ToDto(LoadedSelfEvaluation l) => new(
        l.Entity.Id, l.Project.Id, l.Project.Name, l.Project.Unit?.Name ?? "", l.Project.Year, l.Entity.State.ToString(),
        FormStateNames.Chinese(l.Entity.State), l.Entity.ProfileId,
        l.Mode == ScoringMode.Live && FormStateNames.IsEditableByUnit(l.Entity.State), l.Entity.ConcurrencyStamp,
        l.Content.ExpectedGoal ?? SelfEvaluationForms.ExpectedGoalAtStart(l.Declared),
        l.Declared.Indicators.Select(i => new SelfEvaluationIndicator(i.Key, i.Ordinal, i.Level1, i.Level2, i.Name,
            i.Target.OriginalText, i.Target.Kind.ToString())).ToList(),
        SelfEvaluationEntryMapper.ToContract(l, l.Definition),
        SelfEvaluationScore.From(l.Score(), l.Content.Total.ToFundRow()));

    // The 自评表 the form was started on (its template's keyed fields are entered), else the host's.
    private static async Task<Domain.Forms.FormDefinition> DefinitionAsync(SelfEvaluationService s, SelfEvaluationDefinition definition, Guid id, CancellationToken ct) =>
        (await s.LoadAsync(id, ct))?.Definition ?? definition.Form;

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "未找到", detail: "未找到该绩效自评或项目。", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Problem(ChangeResult r) => r.NotFound
        ? TypedResults.Problem(title: "未找到", detail: r.Error, statusCode: StatusCodes.Status404NotFound)
        : r.Conflict ? TypedResults.Problem(title: "保存冲突", detail: r.Error, statusCode: StatusCodes.Status409Conflict)
        : TypedResults.Problem(title: "操作未完成", detail: r.Error, statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: r.Blocking is { Count: > 0 } b
                ? new Dictionary<string, object?> { ["findings"] = b.Select(ScoreFinding.From).ToList() }
                : null);

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Done(ChangeResult r) =>
        r.Ok ? TypedResults.NoContent()
        : r.Refusal is { } refusal ? RefusalProblems.Problem(refusal)
        : Problem(r);
}
