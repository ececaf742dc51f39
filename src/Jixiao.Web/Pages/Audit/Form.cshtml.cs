using System.Text;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Audit;

/// <summary>修改记录 of one form: every change with who, when, and each field's old → new; CSV download.</summary>
public class FormModel(AuditTrail trail) : PageModel
{
    public string TypeName { get; private set; } = "";
    public string Title { get; private set; } = "";
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string type, Guid id, CancellationToken ct)
    {
        if (await trail.ForFormAsync(type, id, ct) is not { } found) return NotFound();
        (TypeName, Title, Rows) = (AuditTrail.FormTypes[type], found.Title, found.Rows);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string type, Guid id, CancellationToken ct)
    {
        if (await trail.ForFormAsync(type, id, ct) is not { } found) return NotFound();
        return File(Encoding.UTF8.GetBytes(AuditTrail.Csv(found.Rows)), "text/csv; charset=utf-8", $"修改记录-{type}-{id:N}.csv");
    }
}
