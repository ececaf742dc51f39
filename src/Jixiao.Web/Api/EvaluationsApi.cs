using System.ComponentModel;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Paging;
using Jixiao.Web.Services;
using Jixiao.Web.Services.Evaluations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>重点绩效评价 over HTTP (ADR-059): assignment by finance, the evaluator's sheet and submission, finance's decision.</summary>
public static class EvaluationsApi
{
    public sealed record ListRowDto(Guid Id, Guid ProjectId, string ProjectName, string UnitName, int Year, string EvaluatorName,
        DateOnly Deadline, string State, string StateName, decimal? TotalScore, string? Grade);
    public sealed record DimensionDto(string Name, decimal Weight, IReadOnlyList<string> Indicators, decimal? Score, string? Finding);
    public sealed record DetailDto(Guid Id, Guid ProjectId, string ProjectName, string UnitName, int Year, string EvaluatorName,
        string FrameworkId, string FrameworkTitle, DateOnly Deadline, string State, string StateName, IReadOnlyList<DimensionDto> Dimensions,
        string? Conclusion, decimal? TotalScore, string? Grade, string? ReportName, string? ReturnReason, Guid ConcurrencyStamp);
    public sealed record AssignBody(Guid ProjectId, int EvaluatorOrgId, string? FrameworkId, DateOnly? Deadline);
    public sealed record AssignResponse(Guid Id);
    public sealed record ScoreBody(string Dimension, decimal? Score, string? Finding);
    public sealed record SheetBody(IReadOnlyList<ScoreBody>? Scores, string? Conclusion, Guid? ConcurrencyStamp);
    public sealed record DecisionBody(bool Accept, string? Reason, Guid? ConcurrencyStamp);

    public static void MapEvaluationsApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/evaluations").WithTags("重点绩效评价");

        g.MapGet("/", async (HttpContext http, ExternalEvaluationService s,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                var page = PageRequest.Of(size, after);
                if (!ExternalEvaluationService.Order.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, await s.PageAsync(page, ct), ToDto);
            }).Produces<List<ListRowDto>>().ProducesProblem(400)
            .WithName("ListEvaluations").WithSummary("可见的重点绩效评价（财政局：全部；第三方评价机构：分派给本机构的；分页）").WithDescription(PagedAnswer.Description);

        g.MapGet("/{id:guid}", async Task<Results<Ok<DetailDto>, ProblemHttpResult>> (ExternalEvaluationService s, Guid id, CancellationToken ct) =>
                await s.LoadAsync(id, ct) is { } l ? TypedResults.Ok(ToDto(l)) : NotFound())
            .WithName("GetEvaluation").WithSummary("一项重点绩效评价：评价指标体系、打分、结论与报告");

        g.MapPost("/", async Task<Results<Created<AssignResponse>, ValidationProblem, ProblemHttpResult>> (ExternalEvaluationService s, AssignBody body, CancellationToken ct) =>
            {
                Guid created = Guid.Empty;
                var r = await s.AssignAsync(body.ProjectId, body.EvaluatorOrgId, body.FrameworkId, body.Deadline, id => created = id, ct);
                return r.Ok ? TypedResults.Created($"/api/v1/evaluations/{created}", new AssignResponse(created)) : Problem(r);
            })
            .WithName("AssignEvaluation").WithSummary("财政局选定项目，分派第三方评价机构并设定完成期限");

        g.MapPut("/{id:guid}", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (ExternalEvaluationService s, Guid id, SheetBody body, CancellationToken ct) =>
                Done(await s.SaveAsync(id, Sheet(body), body.ConcurrencyStamp, ct)))
            .WithName("SaveEvaluation").WithSummary("第三方评价机构保存打分与结论");

        g.MapPost("/{id:guid}/submit", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (ExternalEvaluationService s, Guid id, SheetBody body, CancellationToken ct) =>
                Done(await s.SubmitAsync(id, Sheet(body), body.ConcurrencyStamp, ct)))
            .WithName("SubmitEvaluation").WithSummary("第三方评价机构提交评价（须全部打分、填写结论并上传报告）");

        g.MapPost("/{id:guid}/decision", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (ExternalEvaluationService s, Guid id, DecisionBody body, CancellationToken ct) =>
                Done(await s.DecideAsync(id, body.Accept ? WorkflowAction.Approve : WorkflowAction.Return, body.Reason, body.ConcurrencyStamp, ct)))
            .WithName("DecideEvaluation").WithSummary("财政局验收通过或退回（退回须填写原因）");

        g.MapGet("/{id:guid}/report", async Task<Results<FileContentHttpResult, NoContent, ProblemHttpResult>> (ExternalEvaluationService s, Guid id, CancellationToken ct) =>
                await s.LoadAsync(id, ct) is null ? NotFound()
                : await s.ReportAsync(id, ct) is { } a ? TypedResults.File(a.Bytes, a.ContentType, a.Name)
                : TypedResults.NoContent()) // seen, but no report uploaded yet
            .WithName("GetEvaluationReport").WithSummary("下载评价报告（尚未上传时无内容）");

        g.MapGet("/{id:guid}/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (ExternalEvaluationService s,
                Services.Documents.FormExportService exports, Guid id, [Description("xlsx、docx 或 pdf")] string? format, CancellationToken ct) =>
            {
                if (!Documents.Export.ExportFormats.TryParse(format, out var f))
                    return TypedResults.Problem(title: "参数错误", detail: "导出格式应为 xlsx、docx 或 pdf。", statusCode: StatusCodes.Status400BadRequest);
                if (await s.LoadAsync(id, ct) is not { } l) return NotFound();
                var file = exports.Render(Documents.Export.Forms.ExternalEvaluationLayout.Document(Pages.Evaluations.DetailModel.Print(l)), f)!;
                return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
            })
            .WithName("ExportEvaluation").WithSummary("导出重点绩效评价评分表（Excel、Word 或 PDF，正式版式）");
    }

    private static EvaluationSheet Sheet(SheetBody body) =>
        new((body.Scores ?? []).Select(s => new DimensionScore(s.Dimension ?? "", s.Score, s.Finding)).ToList(), body.Conclusion);

    private static ListRowDto ToDto(EvaluationListRow r) => new(r.Id, r.ProjectId, r.ProjectName, r.UnitName, r.Year, r.EvaluatorName, r.Deadline,
        r.State.ToString(), ExternalEvaluationStates.Chinese(r.State), r.TotalScore, r.Grade?.DisplayName());

    private static DetailDto ToDto(LoadedEvaluation l) => new(l.Row.Id, l.Row.ProjectId, l.ProjectName, l.UnitName, l.Year, l.EvaluatorName,
        l.Framework.Id, l.Framework.Title, l.Row.Deadline, l.Row.State.ToString(), l.StateName,
        l.Framework.Dimensions.Select(d => new DimensionDto(d.Name, d.Weight, d.Indicators, l.Sheet.Of(d.Name)?.Score, l.Sheet.Of(d.Name)?.Finding)).ToList(),
        l.Sheet.Conclusion, l.Row.TotalScore, l.Row.Grade?.DisplayName(), l.Report?.Name, l.Row.ReturnReason, l.Row.ConcurrencyStamp);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "未找到", detail: ExternalEvaluationService.NotFound.Error, statusCode: StatusCodes.Status404NotFound);

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Done(ChangeResult r) => r.Ok ? TypedResults.NoContent() : Problem(r);

    private static ProblemHttpResult Problem(ChangeResult r) =>
        TypedResults.Problem(title: r.NotFound ? "未找到" : r.Conflict ? "保存冲突" : "操作未完成", detail: r.Error,
            statusCode: r.NotFound ? StatusCodes.Status404NotFound : r.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
}
