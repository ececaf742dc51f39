using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Documents;

/// <summary>Progress of a bulk export or import job (polled by job.js), then the download link or per-file results.</summary>
public class JobModel(JixiaoDbContext db, CurrentUser me) : PageModel
{
    public JobEntity Job { get; private set; } = null!;
    public string Title => Job.Kind == BulkExportJob.Kind ? "批量导出" : "批量导入";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
        if (job is null || JobIdentity.OwnerOf(job.Payload) != me.UserId) return NotFound();
        Job = job;
        return Page();
    }
}
