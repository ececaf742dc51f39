using System.ComponentModel;
using System.Text.Json.Serialization;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.ReReview;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Paging;
using Jixiao.Web.Services;
using Jixiao.Web.Services.ReReview;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>复核, 抽评 and 整改 over HTTP: what the /ReReviews and /Rectifications screens do, through the same services and scope.</summary>
public static class ReReviewApi
{
    public sealed record RowDto(Guid IndicatorKey, string Name, decimal? Weight, decimal? SelfScore, decimal? SupervisorScore, string? SupervisorReason,
        decimal? FinanceScore, string? FinanceReason, decimal? FinalScore, decimal? Difference, bool Flagged);

    public sealed record SheetDto(string? State, Guid? ConcurrencyStamp, decimal SelfTotal, string SelfGrade, decimal FinalTotal, string FinalGrade,
        bool TotalFlagged, decimal Threshold, IReadOnlyList<RowDto> Rows);

    public sealed record ScoreBody(decimal Score, string? Reason, Guid? ConcurrencyStamp);

    public sealed record MoveBody([property: JsonConverter(typeof(JsonStringEnumConverter<WorkflowAction>))] WorkflowAction Action, Guid? ConcurrencyStamp);

    public sealed record SampleBody(int Year, decimal Percent, long? Seed);

    public sealed record SampleDto(Guid Id, int Year, decimal Percent, long Seed, int CandidateCount, IReadOnlyList<Guid> Drawn);

    public sealed record RaiseBody([property: JsonConverter(typeof(JsonStringEnumConverter<RectificationSourceKind>))] RectificationSourceKind SourceKind,
        string SourceReference, string SourceText, int OwnerUnitId, Guid? ProjectId, string? Requirement, DateOnly DueDate);

    public sealed record ItemMoveBody([property: JsonConverter(typeof(JsonStringEnumConverter<RectificationAction>))] RectificationAction Action,
        string? Text, Guid? ConcurrencyStamp);

    public sealed record CreatedDto(Guid Id);

    public sealed record ListRowDto(Guid Id, Guid SelfEvaluationId, Guid ProjectId, string ProjectName, int UnitId, string UnitName, int Year,
        string State, string StateName, decimal? SelfTotal, decimal FinalTotal, string FinalGrade, bool Sampled, bool HasDifference);

    public static void MapReReviewApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("").WithTags("复核与整改");

        g.MapGet("/re-reviews", async (HttpContext http, ReReviewService s, int? year,
                [Description("状态：SupervisorReview（主管部门审核）、FinanceReview（财政审核）、Confirmed（已确认）")] string? state,
                [Description("单位编号")] int? unitId,
                [Description("true：只看抽评抽中的；false：只看逐级复核的")] bool? sampled,
                [Description("true：只看有差异（某行或总分与自评相差超过提示阈值）的；false：只看没有差异的")] bool? differs,
                [Description("排序：new（按复核时间，新到旧，默认）、unit（按单位）、year（按年度）")] string? sort,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                if (!StateFilter.TryParse(state, out var stateFilter, out var refusal)) return refusal!;
                var filter = new ReReviewListFilter(year, stateFilter, unitId, sampled, differs, sort);
                var page = PageRequest.Of(size, after);
                if (!filter.Order.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, await s.PageAsync(filter, page, ct), ToDto);
            }).Produces<List<ListRowDto>>().ProducesProblem(400)
            .WithName("ListReReviews").WithSummary("可见范围内的复核（筛选、排序、分页）").WithDescription(PagedAnswer.Description);

        g.MapGet("/re-reviews/{id:guid}/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (ReReviewService s,
                Services.Documents.FormExportService exports, Guid id, [Description("xlsx、docx 或 pdf")] string? format, CancellationToken ct) =>
            {
                if (!Documents.Export.ExportFormats.TryParse(format, out var f))
                    return TypedResults.Problem(title: "参数错误", detail: "导出格式应为 xlsx、docx 或 pdf。", statusCode: StatusCodes.Status400BadRequest);
                if (await s.LoadByIdAsync(id, ct) is not { } view) return NotFound();
                var file = exports.Render(Documents.Export.Forms.ReReviewLayout.Document(ReReviewPrints.Of(view, await s.DepartmentNameAsync(view, ct))), f)!;
                return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
            })
            .WithName("ExportReReview").WithSummary("导出项目支出绩效自评复核表（Excel、Word 或 PDF，正式版式）");

        g.MapGet("/self-evaluations/{id:guid}/re-review", async Task<Results<Ok<SheetDto>, ProblemHttpResult>> (Guid id, ReReviewService s, CancellationToken ct) =>
                await s.LoadAsync(id, ct) is { } view ? TypedResults.Ok(Sheet(view)) : NotFound())
            .WithName("GetReReview").WithSummary("自评表的复核：自评得分、复核得分、最终得分与等级并列");

        g.MapPut("/self-evaluations/{id:guid}/re-review/rows/{key:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid key, ScoreBody body,
                ReReviewService s, CancellationToken ct) => Done(await s.ScoreAsync(id, key, body.Score, body.Reason, body.ConcurrencyStamp, ct)))
            .WithName("ReScoreRow").WithSummary("复核评分：主管部门或财政局重新评定一行指标的得分并说明理由");

        g.MapPost("/self-evaluations/{id:guid}/re-review/moves", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, MoveBody body,
                ReReviewService s, CancellationToken ct) => Done(await s.MoveAsync(id, body.Action, body.ConcurrencyStamp, ct)))
            .WithName("MoveReReview").WithSummary("主管部门复核完成（Pass，转财政局）；财政局完成复核（Confirm，锁定）");

        g.MapPost("/re-review/samples", async Task<Results<Created<SampleDto>, ProblemHttpResult>> (SampleBody body, ReReviewService s, CancellationToken ct) =>
            {
                var (draw, result) = await s.DrawSampleAsync(body.Year, body.Percent, body.Seed, ct);
                return draw is { } d
                    ? TypedResults.Created($"/api/v1/re-review/samples/{d.Id}", new SampleDto(d.Id, d.Year, d.Percent, d.Seed, d.CandidateCount,
                        System.Text.Json.JsonSerializer.Deserialize<List<Guid>>(d.Drawn)!))
                    : Problem(result);
            })
            .WithName("DrawSample").WithSummary("抽评：按资金额加权随机抽取已确认的自评表进行财政复核（记录随机种子，可复现）");

        g.MapPost("/rectifications", async Task<Results<Created<CreatedDto>, ProblemHttpResult>> (RaiseBody body, RectificationService s, CancellationToken ct) =>
            {
                var (id, result) = await s.RaiseAsync(new NewRectification(new RectificationSource(body.SourceKind, body.SourceReference ?? "", body.SourceText ?? ""),
                    body.OwnerUnitId, body.ProjectId, body.Requirement, body.DueDate), ct);
                return id is { } created ? TypedResults.Created($"/api/v1/rectifications/{created}", new CreatedDto(created)) : Problem(result);
            })
            .WithName("RaiseRectification").WithSummary("下达整改事项（责任单位、整改要求、整改期限）");

        g.MapGet("/rectifications", async (HttpContext http, RectificationService s,
                [Description("状态：Open（待整改）、Answered（已答复）、Closed（已销号）")] string? state,
                [Description("主管部门或单位编号（主管部门含其所属单位）")] int? orgId,
                [Description("来源：Review（审核意见）、ReReview（复核发现）、Evaluation（绩效评价发现）、Results（结果应用）")] string? source,
                [Description("true：只列逾期未整改的事项")] bool? overdue,
                [Description("排序：due（整改期限，默认）、unit（责任单位）、new（下达时间，新到旧）")] string? sort,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                if (!TryEnum<RectificationState>(state, "状态", out var st, out var bad) || !TryEnum<RectificationSourceKind>(source, "来源", out var kind, out bad))
                    return bad!;
                var filter = new RectificationListFilter(st, orgId, kind, overdue == true, sort);
                var page = PageRequest.Of(size, after);
                if (!filter.Order.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, await s.PageAsync(filter, page, ct), r => r);
            }).Produces<List<RectificationRow>>().ProducesProblem(400)
            .WithName("ListRectifications").WithSummary("可见范围内的整改事项（筛选、排序、分页）").WithDescription(PagedAnswer.Description);

        g.MapGet("/rectifications/export", async Task<IResult> (RectificationListExport export,
                Services.Documents.FormExportService exports,
                [Description("状态：Open（待整改）、Answered（已答复）、Closed（已销号）")] string? state,
                [Description("主管部门或单位编号（主管部门含其所属单位）")] int? orgId,
                [Description("来源：Review（审核意见）、ReReview（复核发现）、Evaluation（绩效评价发现）、Results（结果应用）")] string? source,
                [Description("true：只列逾期未整改的事项")] bool? overdue,
                [Description("排序：due（整改期限，默认）、unit（责任单位）、new（下达时间，新到旧）")] string? sort,
                [Description("xlsx（默认）、docx 或 pdf")] string? format, CancellationToken ct) =>
            {
                if (!TryEnum<RectificationState>(state, "状态", out var st, out var bad) || !TryEnum<RectificationSourceKind>(source, "来源", out var kind, out bad))
                    return bad!;
                if (!Documents.Export.ExportFormats.TryParse(format ?? "xlsx", out var f))
                    return TypedResults.Problem(title: "参数错误", detail: "导出格式应为 xlsx、docx 或 pdf。", statusCode: StatusCodes.Status400BadRequest);
                var file = exports.Render(await export.DocumentAsync(new RectificationListFilter(st, orgId, kind, overdue == true, sort), ct), f)!;
                return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").ProducesProblem(400)
            .WithName("ExportRectifications").WithSummary("导出可见范围内的整改事项清单（按列表的筛选和排序；Excel、Word 或 PDF）");

        g.MapGet("/rectifications/{id:guid}", async Task<Results<Ok<RectificationRow>, ProblemHttpResult>> (Guid id, RectificationService s, CancellationToken ct) =>
                await s.FindAsync(id, ct) is { } row ? TypedResults.Ok(row) : NotFound())
            .WithName("GetRectification").WithSummary("整改事项");

        g.MapPost("/rectifications/{id:guid}/moves", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ItemMoveBody body, RectificationService s,
                CancellationToken ct) => Done(await s.MoveAsync(id, body.Action, body.Text, body.ConcurrencyStamp, ct)))
            .WithName("MoveRectification").WithSummary("单位答复（Answer）；审核人销号（Close）或要求重新整改（Reopen）");
    }

    /// <summary>An enum filter given by name (none: no filter), or the 400 naming the field.</summary>
    private static bool TryEnum<T>(string? text, string field, out T? value, out IResult? refusal) where T : struct, Enum
    {
        (value, refusal) = (null, null);
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _))
        {
            value = parsed;
            return true;
        }
        refusal = TypedResults.Problem(title: "筛选条件无效", detail: $"{field}“{text}”无效。", statusCode: 400);
        return false;
    }

    public static SheetDto Sheet(ReReviewView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var sheet = view.Sheet;
        return new SheetDto(view.Entity is { } e ? FormStateNames.Chinese(e.State) : null, view.Entity?.ConcurrencyStamp, sheet.SelfTotal,
            sheet.SelfGrade.DisplayName(), sheet.FinalTotal, sheet.FinalGrade.DisplayName(), sheet.TotalFlagged, sheet.Threshold,
            sheet.Rows.Select(r => new RowDto(r.IndicatorKey, r.Name, r.Weight, r.SelfScore, r.Supervisor?.Score, r.Supervisor?.Reason,
                r.Finance?.Score, r.Finance?.Reason, r.Final, r.Difference, r.Flagged)).ToList());
    }

    private static ListRowDto ToDto(ReReviewService.ListRow r) => new(r.Id, r.SelfEvaluationId, r.ProjectId, r.ProjectName, r.UnitId, r.UnitName, r.Year,
        r.State.ToString(), FormStateNames.Chinese(r.State), r.SelfTotal, r.FinalTotal, r.FinalGrade.DisplayName(), r.Sampled, r.HasDifference);

    private static ProblemHttpResult NotFound() => TypedResults.Problem(title: "未找到", detail: "未找到该表。", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Problem(ChangeResult r) => r.NotFound
        ? TypedResults.Problem(title: "未找到", detail: r.Error, statusCode: StatusCodes.Status404NotFound)
        : r.Conflict ? TypedResults.Problem(title: "保存冲突", detail: r.Error, statusCode: StatusCodes.Status409Conflict)
        : TypedResults.Problem(title: "操作未完成", detail: r.Error, statusCode: StatusCodes.Status422UnprocessableEntity);

    private static Results<NoContent, ProblemHttpResult> Done(ChangeResult r) => r.Ok ? TypedResults.NoContent() : Problem(r);
}
