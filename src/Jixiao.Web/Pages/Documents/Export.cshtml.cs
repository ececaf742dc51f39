using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Documents.Export;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Documents;

/// <summary>批量导出: all forms of a unit or department of the user's scope as one zip, made by a background job.</summary>
public class ExportModel(JixiaoDbContext db, CurrentUser me, BulkExportJob bulk, FormExportService export) : PageModel
{
    public IReadOnlyList<Organization> Orgs { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyCollection<ExportFormat> Formats => export.Formats;
    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(int orgId, int? year, string? format, CancellationToken ct)
    {
        if (!ExportFormats.TryParse(format, out var f)) Error = "请选择导出格式。";
        else
        {
            var (id, error) = await bulk.EnqueueAsync(orgId, year, f, ct);
            if (id is { } jobId) return RedirectToPage("/Documents/Job", new { id = jobId });
            Error = error;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Orgs = (await me.ScopeOrgs(db.Organizations.AsNoTracking()).ToListAsync(ct)).OrderBy(o => o.Path.Length).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        Years = await me.Scope(db.Projects.AsNoTracking()).Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }
}
