using Jixiao.Data;
using Jixiao.Documents.Export;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Documents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>Forms out as files (official layout in xlsx/docx/pdf/html), bulk export jobs, and stored files.</summary>
public static class DocumentsApi
{
    public sealed record BulkExportRequest(int OrgId, int? Year, string? Format);

    public static void MapDocumentsApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("").WithTags("文档导出");

        g.MapGet("/projects/{id:guid}/export", (Guid id, string? format, FormSource forms, FormExportService export, CancellationToken ct) =>
            Export(format, export, () => forms.DeclarationAsync(id, ct)))
         .WithName("ExportDeclaration").WithSummary("导出项目申报表（format=xlsx|docx|pdf|html）");

        g.MapGet("/projects/{id:guid}/approval-notice", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, int? version, string? format, FormSource forms, FormExportService export, CancellationToken ct) =>
        {
            var (inScope, notice) = await forms.ApprovalNoticeAsync(id, version, ct);
            if (inScope && notice is null)
                return TypedResults.Problem(title: "尚无批复通知", statusCode: 409, detail: version is null
                    ? "该项目还没有审核通过的版本，批复通知在审核通过后才能打印。"
                    : $"第 {version} 版未经审核通过，没有批复通知。");
            return await Export(format ?? "pdf", export, () => Task.FromResult(notice));
        })
         .WithName("ExportApprovalNotice").WithSummary("绩效目标批复通知（仅已批复的版本；version 缺省为最新批复版本；format=pdf|html|docx|xlsx）");

        g.MapGet("/self-evaluations/{id:guid}/export", (Guid id, string? format, FormSource forms, FormExportService export, CancellationToken ct) =>
            Export(format, export, () => forms.SelfEvaluationAsync(id, ct)))
         .WithName("ExportSelfEvaluation").WithSummary("导出绩效自评表（含得分；format=xlsx|docx|pdf|html）");

        g.MapGet("/monitoring/{projectId:guid}/{month:int}/export", (Guid projectId, int month, string? format, FormSource forms, FormExportService export, CancellationToken ct) =>
            Export(format, export, () => forms.MonitoringAsync(projectId, month, ct)))
         .WithName("ExportMonitoring").WithSummary("导出项目运行监控表（含红黄绿灯；format=xlsx|docx|pdf|html）");

        g.MapGet("/disclosures/{id:guid}/export", (Guid id, string? format, FormSource forms, FormExportService export, CancellationToken ct) =>
            Export(format, export, () => forms.DisclosureAsync(id, ct)))
         .WithName("ExportDisclosure").WithSummary("导出单位预算公开（八张表与说明；format=xlsx|docx|pdf|html）");

        g.MapGet("/units/{unitId}/package/{year:int}/export", (int unitId, int year, string? format, FormSource forms, FormExportService export, CancellationToken ct) =>
            Export(format, export, () => forms.UnitPackageAsync(unitId, year, ct)))
         .WithName("ExportUnitPackage").WithSummary("导出单位年度申报汇总：绩效目标设置情况、项目经费情况说明与各项目申报表（format=xlsx|docx|pdf|html）");

        g.MapPost("/exports", async Task<Results<Accepted<JobsApi.JobDto>, ProblemHttpResult>> (BulkExportRequest request, BulkExportJob bulk, JixiaoDbContext db, CancellationToken ct) =>
        {
            if (!ExportFormats.TryParse(request.Format ?? "xlsx", out var format))
                return TypedResults.Problem(title: "不支持的导出格式", detail: $"不支持的导出格式“{request.Format}”。", statusCode: 400);
            var (id, error) = await bulk.EnqueueAsync(request.OrgId, request.Year, format, ct);
            if (id is not { } jobId)
                return TypedResults.Problem(title: "无法导出", detail: error, statusCode: error!.Contains("权限") ? 404 : 400);
            var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == jobId, ct);
            return TypedResults.Accepted($"/api/v1/jobs/{jobId}", JobsApi.ToDto(job));
        }).WithName("BulkExport").WithSummary("批量导出：本人权限范围内某单位或部门的全部表单打包为 zip（后台任务，完成后从 /api/v1/files/{id} 下载）");

        g.MapGet("/files/{id:guid}", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, JixiaoDbContext db, CurrentUser me, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.OwnerUserId == me.UserId && f.ExpiresAt > now, ct);
            return file is null ? TypedResults.NotFound() : TypedResults.File(file.Bytes, file.ContentType, file.Name);
        }).WithName("DownloadFile").WithSummary("下载本人生成的文件（如批量导出压缩包）");
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(string? format, FormExportService export,
        Func<Task<Jixiao.Documents.Layout.FormDocument?>> layout)
    {
        if (!ExportFormats.TryParse(format ?? "xlsx", out var f) || !export.Formats.Contains(f))
            return TypedResults.Problem(title: "不支持的导出格式",
                detail: $"不支持的导出格式“{format}”，可选：{string.Join("、", export.Formats.Order().Select(x => x.Extension().TrimStart('.')))}。", statusCode: 400);
        var file = export.Render(await layout(), f);
        return file is null
            ? TypedResults.Problem(title: "未找到或无权访问", detail: "该表单不存在或不在您的权限范围内。", statusCode: 404)
            : TypedResults.File(file.Bytes, file.ContentType, file.FileName);
    }
}
