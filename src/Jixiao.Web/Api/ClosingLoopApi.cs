using Jixiao.Domain.ExAnte;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.ResultsApplied;
using Jixiao.Domain.Scoring;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Services;
using Jixiao.Web.Services.Documents;
using Jixiao.Web.Services.ResultsApplied;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>事前绩效评估 and 结果应用 of a declaration (ADR-060), through the same services as the pages.</summary>
public static class ClosingLoopApi
{
    public static void MapClosingLoopApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/projects").WithTags("项目申报");

        g.MapGet("/{id:guid}/ex-ante", async Task<Results<Ok<ExAnteAssessmentDto>, NotFound>> (Guid id, ProjectService projects, ExAnteAssessments assessments, CancellationToken ct) =>
        {
            if (await projects.LoadAsync(id, ct) is not { } p) return TypedResults.NotFound();
            var status = await assessments.StatusAsync(p, ct);
            var fields = ExAnteAssessmentForm.Definition.Texts(p.Model).ToDictionary();
            return TypedResults.Ok(new ExAnteAssessmentDto(status.Required, status.ThresholdYuan, status.Complete, status.Problems, fields,
                ExAnteGate.Total(p.Model), p.Version.ConcurrencyStamp));
        }).WithName("GetExAnteAssessment").WithSummary("事前绩效评估：是否须评估、尚缺内容、各项得分与理由、结论和评估报告");

        g.MapPut("/{id:guid}/ex-ante", async (Guid id, ExAnteAssessmentSave request, ExAnteAssessments assessments, DeclarationService declarations, CancellationToken ct) =>
            ProjectsApi.Answer(await assessments.SaveAsync(id, request.Fields ?? new Dictionary<string, string?>(), request.ConcurrencyStamp, declarations, ct)))
         .WithName("SaveExAnteAssessment").WithSummary("保存事前绩效评估（本单位填报人；草稿或已退回的申报；须带读取时的版本标记）");

        g.MapGet("/{id:guid}/ex-ante/export", (Guid id, string? format, ProjectService projects, FormExportService export, CancellationToken ct) =>
            DocumentsApi.Export(format, export, async () => await projects.LoadAsync(id, ct) is { } p
                ? Jixiao.Documents.Export.Forms.ExAnteLayout.Document(p.Model, p.Entity.Unit!.Name) : null))
         .WithName("ExportExAnteAssessment").WithSummary("导出事前绩效评估表（format=xlsx|docx|pdf|html）");

        g.MapGet("/{id:guid}/last-year", async Task<Results<Ok<LastYearResultsDto>, NotFound>> (Guid id, ProjectService projects, LastYearResultsService lastYear, CancellationToken ct) =>
        {
            if (await projects.LoadAsync(id, ct) is not { } p) return TypedResults.NotFound();
            if (await lastYear.ForAsync(p, ct) is not { } v)
                return TypedResults.Ok(new LastYearResultsDto(null, null, null, null, null, null, null, null, null, null, [], null, null, [], null, null, null));
            var r = v.Results;
            return TypedResults.Ok(new LastYearResultsDto(v.LastYearProjectId, r.SelfScore, r.SelfGrade?.DisplayName(), r.ReReviewScore,
                r.ReReviewGrade?.DisplayName(), r.EvaluationScore, r.EvaluationGrade?.DisplayName(), r.Grade?.DisplayName(), r.Basis?.DisplayName(),
                r.OpenRectifications,
                [.. v.Prior.Open.Select(i => new OpenRectificationDto(i.Id, i.Text, i.Requirement, i.DueDate, i.State.ToString(), RectificationNames.Chinese(i.State)))],
                v.Suggestion.CutPercent, v.Suggestion.SuggestedBudgetYuan, v.Suggestion.Reasons,
                v.Decision is null ? null : v.Decision.Accepted ? "采纳建议" : "不采纳建议", v.Decision?.FinalYuan, v.Decision?.Reason));
        }).WithName("GetLastYearResults").WithSummary("结果应用：上年自评、复核、重点绩效评价的得分与等级，计入的等级，未销号的整改事项，预算建议及财政确定结果");

        g.MapPost("/{id:guid}/budget-decision", async (Guid id, BudgetDecisionRequest request, LastYearResultsService lastYear, CancellationToken ct) =>
            ProjectsApi.Answer(await lastYear.DecideAsync(id, request.Accept, request.OverrideYuan, request.Reason, request.ConcurrencyStamp, ct)))
         .WithName("DecideBudgetSuggestion").WithSummary("财政采纳或不采纳预算建议（不采纳须填写金额和理由；财政审核中的延续项目）");
    }
}
