using Jixiao.Web.Services.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>Import with preview: upload (nothing saved but the upload itself), then commit or cancel.</summary>
public static class ImportsApi
{
    public sealed record ItemDto(string Form, string Name, int? Year, string Action, string ActionName, string? Note, int Indicators, decimal FundsYuan,
        Guid? ExistingId, int? ExistingVersion)
    {
        public static ItemDto From(PlannedItem i) =>
            new(i.Form, i.Name, i.Year, i.Action.ToString(), i.ActionChinese, i.Note, i.Indicators, i.FundsYuan, i.ExistingId, i.ExistingVersion);
    }

    public sealed record WarningDto(int Line, string Where, string Message);

    public sealed record PreviewDto(Guid UploadId, string FileName, string Kind, int UnitId, string UnitName, int? Year,
        List<ItemDto> Items, List<Contracts.V1.ProjectFinding> Findings, List<WarningDto> Warnings);

    public sealed record ResultDto(string FileName, int Created, int Updated, List<ItemDto> Items);

    public static void MapImportsApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/imports").WithTags("文档导入");

        // Multipart uploads require the antiforgery token (ApiAntiforgery): SameSite=Lax does not stop a page on another
        // port of the same host, which is the same site.
        g.MapPost("", async Task<Results<Ok<PreviewDto>, ProblemHttpResult>> (IFormFile file, DocumentImportService imports, CancellationToken ct) =>
            {
                if (file.Length > DocumentImportService.MaxBytes)
                    return Problem(413, "文件过大", $"“{file.FileName}”超过 {DocumentImportService.MaxBytes / 1024 / 1024} MB，无法导入。");
                var (plan, uploadId) = await imports.PreviewAsync(file.FileName, await ReadAsync(file, ct), ct);
                if (!plan.Success || uploadId is not { } id) return Problem(422, "无法导入", plan.Error ?? "文件无法导入。");
                var doc = plan.Document!;
                return TypedResults.Ok(new PreviewDto(id, plan.FileName, doc.Kind.ToString(), plan.UnitId!.Value, plan.UnitName!, doc.Year,
                    plan.PlannedItems.Select(ItemDto.From).ToList(),
                    plan.ReviewFindings.Select(Contracts.V1.ProjectFinding.From).ToList(),
                    plan.Warnings.Select(w => new WarningDto(w.Line, w.Where, w.Message)).ToList()));
            })
            .WithName("PreviewImport").WithSummary("导入预览：解析文件，列出将新建或更新的表单、审核问题和导入警告；除上传文件外不保存任何内容");

        g.MapPost("/bulk", async Task<Results<Accepted<JobsApi.JobDto>, ProblemHttpResult>> (IFormFileCollection files, BulkImportJob bulk, Data.JixiaoDbContext db, CancellationToken ct) =>
            {
                var uploads = new List<(string, byte[])>();
                foreach (var f in files.Where(f => f.Length > 0)) uploads.Add((f.FileName, await ReadAsync(f, ct)));
                var (id, error) = await bulk.EnqueueAsync(uploads, ct);
                if (id is not { } jobId) return Problem(400, "无法导入", error!);
                var job = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Jobs, j => j.Id == jobId, ct);
                return TypedResults.Accepted($"/api/v1/jobs/{jobId}", JobsApi.ToDto(job));
            })
            .WithName("BulkImport").WithSummary("批量导入：多个文件或 zip 压缩包，逐个导入（后台任务，结果为每个文件的新建/更新/失败及原因）");

        g.MapPost("/{uploadId:guid}/commit", async Task<Results<Ok<ResultDto>, ProblemHttpResult>> (Guid uploadId, DocumentImportService imports, CancellationToken ct) =>
            {
                var result = await imports.CommitAsync(uploadId, ct);
                return result.Success
                    ? TypedResults.Ok(new ResultDto(result.FileName, result.Created, result.Updated, result.Items.Select(ItemDto.From).ToList()))
                    : Problem(422, "导入失败", result.Error!);
            })
            .WithName("CommitImport").WithSummary("确认导入：在一个事务中写入全部表单，失败则不写入任何内容");

        g.MapDelete("/{uploadId:guid}", async (Guid uploadId, DocumentImportService imports, CancellationToken ct) =>
            {
                await imports.CancelAsync(uploadId, ct);
                return TypedResults.NoContent();
            })
            .WithName("CancelImport").WithSummary("取消导入：删除上传的文件，不写入任何内容");
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(title: title, detail: detail, statusCode: status);

    internal static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
