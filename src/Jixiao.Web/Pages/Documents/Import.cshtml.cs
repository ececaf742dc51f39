using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Documents;

/// <summary>
/// 导入: upload one file → preview (what will be created or updated, findings, warnings; only the upload is kept) →
/// 确认导入 writes everything in one transaction, 取消 deletes the upload. Several files or a zip go to the bulk job.
/// </summary>
[AuthorizeRoles(Role.UnitPreparer, Role.SupervisorReviewer, Role.FinanceAdmin)]
[RequestSizeLimit(BulkImportJob.MaxUploadBytes)]
public class ImportModel(DocumentImportService imports, BulkImportJob bulk) : PageModel
{
    public ImportPlan? Plan { get; private set; }
    public Guid? UploadId { get; private set; }
    public ImportResult? Result { get; private set; }
    public string? Error { get; private set; }
    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0) return Fail("请选择要导入的文件（xlsx、docx、pdf、html、md 或 txt）。");
        if (upload.Length > DocumentImportService.MaxBytes) return Fail($"“{upload.FileName}”超过 {DocumentImportService.MaxBytes / 1024 / 1024} MB，无法导入。");
        var (plan, uploadId) = await imports.PreviewAsync(upload.FileName, await ReadAsync(upload, ct), ct);
        if (!plan.Success) return Fail(plan.Error!);
        Plan = plan;
        UploadId = uploadId;
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid uploadId, CancellationToken ct)
    {
        var result = await imports.CommitAsync(uploadId, ct);
        if (!result.Success) return Fail(result.Error!);
        Result = result;
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid uploadId, CancellationToken ct)
    {
        await imports.CancelAsync(uploadId, ct);
        Message = "已取消导入，未写入任何内容。";
        return Page();
    }

    public async Task<IActionResult> OnPostBulkAsync(List<IFormFile>? uploads, CancellationToken ct)
    {
        var files = (uploads ?? []).Where(f => f.Length > 0).ToList();
        if (files.Count == 0) return Fail("请选择要批量导入的文件或压缩包。");
        var contents = new List<(string, byte[])>();
        foreach (var f in files) contents.Add((f.FileName, await ReadAsync(f, ct)));
        var (jobId, error) = await bulk.EnqueueAsync(contents, ct);
        return jobId is { } id ? RedirectToPage("/Documents/Job", new { id }) : Fail(error!);
    }

    private PageResult Fail(string message)
    {
        Error = message;
        Plan = null;
        return Page();
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
