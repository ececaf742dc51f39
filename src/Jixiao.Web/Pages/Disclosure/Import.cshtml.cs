using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Disclosure;

/// <summary>
/// Upload → preview (parsed tables and findings, nothing written) → commit or cancel. The page is stateless: the
/// preview carries the uploaded bytes back in a hidden field and the commit imports them again.
/// </summary>
[AuthorizeRoles(Role.UnitPreparer)]
public class ImportModel(DisclosureService disclosures) : PageModel
{
    private const int MaxBytes = 10 * 1024 * 1024;

    public DisclosurePreview? Preview { get; private set; }
    public string? FileName { get; private set; }
    public string? ContentBase64 { get; private set; }
    public string? Error { get; private set; }

    public DisclosureTablesView? View => Preview?.Package is { } p ? new(p, Preview.Findings, ShowFindings: true) : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken ct)
    {
        // Any format the general import reads: the service reads every upload through the one document reader.
        if (upload is null || upload.Length == 0) return Fail($"请选择要导入的文档（{Services.Documents.DocumentImportService.FormatNames}）。");
        if (upload.Length > MaxBytes) return Fail("文档超过 10 MB，无法导入。");
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        Preview = await disclosures.PreviewAsync(upload.FileName, bytes, ct);
        if (!Preview.Success) return Fail(Preview.Error ?? "文档无法导入。");
        FileName = upload.FileName;
        ContentBase64 = Convert.ToBase64String(bytes);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string? fileName, string? contentBase64, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(contentBase64 ?? "");
        }
        catch (FormatException)
        {
            return Fail("预览数据无效，请重新上传文档。");
        }

        if (bytes.Length == 0 || string.IsNullOrWhiteSpace(fileName)) return Fail("预览数据无效，请重新上传文档。");
        var outcome = await disclosures.CreateAsync(fileName, bytes, ct);
        if (!outcome.Success) return Fail(outcome.Error ?? "无法保存。");
        TempData["Message"] = "已导入为草稿。";
        return RedirectToPage("/Disclosure/Details", new { id = outcome.Entity!.Id });
    }

    private PageResult Fail(string message)
    {
        Error = message;
        Preview = null;
        return Page();
    }
}
