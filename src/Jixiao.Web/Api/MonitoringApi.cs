using System.ComponentModel;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Paging;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using MonitoringEntry = Jixiao.Web.Api.Contracts.V1.MonitoringEntry;

namespace Jixiao.Web.Api;

/// <summary>运行监控 over HTTP: reports per project and period (1–M月), live lights, submission and the risk overview.</summary>
public static class MonitoringApi
{
    public sealed record TransitionBody([property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<WorkflowAction>))] WorkflowAction Action, string? Comment);
    public sealed record LightDto(string Light, string LightName, string Rule, string Explanation);
    public sealed record RowLightDto(Guid Key, int Ordinal, string Level1, string Level2, string Name, string Target, bool Qualitative,
        LightDto Light, bool ReasonRequired, bool ReasonMissing);
    public sealed record EvaluationDto(LightDto Budget, bool BudgetReasonMissing, decimal? ExecutionRatePercent, string ProjectLight,
        string ProjectLightName, IReadOnlyList<RowLightDto> Rows, IReadOnlyList<string> Problems);
    /// <param name="Header">The texts printed above the entry, by the definition's keys (name, supervisingDepartment, …, period).</param>
    public sealed record ReportDto(Guid ProjectId, string ProjectName, string UnitName, int Year, int Month, string State, string StateName,
        bool Editable, MonitoringEntry Content, EvaluationDto Evaluation, IReadOnlyDictionary<string, string> Header);
    public sealed record ListRowDto(Guid ProjectId, string ProjectName, string UnitName, int Year, int Month, string? State, string? StateName,
        string? Light, string? LightName);

    public static void MapMonitoringApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/monitoring").WithTags("运行监控");

        g.MapGet("/", async (HttpContext http, MonitoringService s, int? month, int? year, [Description("按项目名称或单位名称查找")] string? q,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                if (Month(month) is not { } m) return BadMonth();
                var page = PageRequest.Of(size, after);
                if (!MonitoringService.Order.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, await s.PageAsync(m, year, q, page, ct), ToDto);
            }).Produces<List<ListRowDto>>().ProducesProblem(400)
            .WithName("ListMonitoring").WithSummary("目标已批复的项目及其本期监控状态（筛选、分页）").WithDescription(PagedAnswer.Description);

        g.MapGet("/overview", async (HttpContext http, MonitoringService s, int? month, [Description("亮灯：Red、Yellow、Green")] string? light,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                if (Month(month) is not { } m) return BadMonth();
                Light? lightFilter = null;
                if (!string.IsNullOrWhiteSpace(light))
                {
                    if (!Enum.TryParse<Light>(light, ignoreCase: true, out var parsed) || int.TryParse(light, out _))
                        return TypedResults.Problem(title: "筛选条件无效", detail: $"不支持的亮灯“{light}”。", statusCode: 400);
                    lightFilter = parsed;
                }
                var page = PageRequest.Of(size, after);
                if (!MonitoringService.OverviewOrder.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, await s.PageOverviewAsync(m, lightFilter, page, ct), ToDto);
            }).Produces<List<ListRowDto>>().ProducesProblem(400)
            .WithName("MonitoringOverview").WithSummary("按风险排序的监控总览（红灯在前；筛选、分页）").WithDescription(PagedAnswer.Description);

        g.MapGet("/{projectId:guid}/{month:int}", async Task<Results<Ok<ReportDto>, ProblemHttpResult>> (MonitoringService s, Guid projectId, int month, CancellationToken ct) =>
                await s.LoadAsync(projectId, month, ct) is { } l ? TypedResults.Ok(ToDto(l)) : NotFound())
            .WithName("GetMonitoringReport").WithSummary("某项目 1–M 月运行监控表与红黄绿灯");

        g.MapPost("/{projectId:guid}/{month:int}/lights", async Task<Results<Ok<EvaluationDto>, ValidationProblem, ProblemHttpResult>> (MonitoringService s,
                Guid projectId, int month, MonitoringEntry form, CancellationToken ct) =>
            {
                if (await s.LoadAsync(projectId, month, ct) is not { } l) return NotFound();
                var (content, refusal) = MonitoringEntryMapper.Apply(form);
                return content is null ? RefusalProblems.Problem(refusal!) : TypedResults.Ok(ToDto(MonitoringService.Evaluate(l.Declared, content, month)));
            })
            .WithName("MonitoringLights").WithSummary("按未保存的填报内容即时计算红黄绿灯（不保存）");

        g.MapPut("/{projectId:guid}/{month:int}", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (MonitoringService s, Guid projectId, int month,
                MonitoringEntry form, CancellationToken ct) =>
            {
                var (content, refusal) = MonitoringEntryMapper.Apply(form);
                return content is null ? RefusalProblems.Problem(refusal!) : Done(await s.SaveAsync(projectId, month, content, form.ConcurrencyStamp, ct));
            })
            .WithName("SaveMonitoringReport").WithSummary("保存运行监控表");

        g.MapPost("/{projectId:guid}/{month:int}/submit", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (MonitoringService s, Guid projectId, int month,
                MonitoringEntry form, CancellationToken ct) =>
            {
                var (content, refusal) = MonitoringEntryMapper.Apply(form);
                return content is null ? RefusalProblems.Problem(refusal!) : Done(await s.SubmitAsync(projectId, month, content, form.ConcurrencyStamp, ct));
            })
            .WithName("SubmitMonitoringReport").WithSummary("保存并提交（红、黄灯须填写偏差原因和纠偏措施）");

        g.MapPost("/{projectId:guid}/{month:int}/transitions", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (MonitoringService s, Guid projectId,
                int month, TransitionBody body, CancellationToken ct) => Done(await s.TransitionAsync(projectId, month, body.Action, body.Comment, ct)))
            .WithName("TransitionMonitoringReport").WithSummary("开始审核、退回（需意见）、确认");

        g.MapGet("/{projectId:guid}/{month:int}/comments", async Task<Results<Ok<List<FormComment>>, ProblemHttpResult>> (MonitoringService s, ReviewCommentAnswers comments,
                Guid projectId, int month, CancellationToken ct) =>
                Month(month) is not { } m ? BadMonth()
                : await s.LoadAsync(projectId, m, ct) is not { } l ? NotFound()
                : TypedResults.Ok(l.Report is { } r ? (await comments.OnAsync(Data.Entities.ReviewForm.Monitoring, r.Id, ct)).Select(FormComment.From).ToList() : []))
            .WithName("ListMonitoringComments").WithSummary("运行监控表的审核意见");

        g.MapPost("/{projectId:guid}/{month:int}/comments/{commentId:guid}/reply", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (MonitoringService s,
                Guid projectId, int month, Guid commentId, TextRequest body, CancellationToken ct) =>
                Month(month) is not { } m ? BadMonth() : Done(await s.ReplyAsync(projectId, m, commentId, body.Text, ct)))
            .WithName("ReplyMonitoringComment").WithSummary("单位答复审核意见；审核人调用则关闭该意见");

        g.MapPost("/{projectId:guid}/{month:int}/comments/{commentId:guid}/resolve", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (MonitoringService s,
                Guid projectId, int month, Guid commentId, CancellationToken ct) =>
                Month(month) is not { } m ? BadMonth() : Done(await s.ReplyAsync(projectId, m, commentId, null, ct, CommentAnswer.Resolve)))
            .WithName("ResolveMonitoringComment").WithSummary("审核人将审核意见标记为已解决");
    }

    public static LightDto ToDto(LightResult l) => new(l.Light.ToString(), LightNames.Chinese(l.Light), l.Rule, l.Explanation);

    public static EvaluationDto ToDto(MonitoringEvaluation e) => new(
        ToDto(e.Budget), e.BudgetReasonMissing, e.ExecutionRatePercent, e.ProjectLight.ToString(), LightNames.Chinese(e.ProjectLight),
        e.Rows.Select(r => new RowLightDto(r.Key, r.Ordinal, r.Level1, r.Level2, r.Name, r.Target, r.Qualitative, ToDto(r.Light),
            r.ReasonRequired, r.ReasonMissing)).ToList(),
        e.Problems);

    private static ReportDto ToDto(LoadedMonitoring l) => new(
        l.Project.Id, l.Project.Name, l.Project.Unit?.Name ?? "", l.Project.Year, l.Month, l.State.ToString(), FormStateNames.Chinese(l.State),
        FormStateNames.IsEditableByUnit(l.State), MonitoringEntryMapper.ToContract(l.Content, l.Stamp), ToDto(l.Evaluate()), l.Header());

    private static ListRowDto ToDto(MonitoringListRow r) => new(r.ProjectId, r.ProjectName, r.UnitName, r.Year, r.Month,
        r.State?.ToString(), r.State is { } s ? FormStateNames.Chinese(s) : null, r.Light?.ToString(),
        r.Light is { } l ? LightNames.Chinese(l) : null);

    private static int? Month(int? month)
    {
        var m = month ?? MonitoringService.DefaultMonth;
        return MonitoringService.ValidMonth(m) ? m : null;
    }

    private static ProblemHttpResult BadMonth() =>
        TypedResults.Problem(title: "参数错误", detail: "监控期间月份应在 1–12 之间。", statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "未找到", detail: "未找到该项目的运行监控（项目不在可见范围内、绩效目标尚未批复或月份无效）。",
            statusCode: StatusCodes.Status404NotFound);

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Done(ChangeResult r) => r.Ok
        ? TypedResults.NoContent()
        : r.Refusal is { } refusal ? RefusalProblems.Problem(refusal)
        : TypedResults.Problem(title: r.NotFound ? "未找到" : r.Conflict ? "保存冲突" : "操作未完成", detail: r.Error,
            statusCode: r.NotFound ? StatusCodes.Status404NotFound : r.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
}
