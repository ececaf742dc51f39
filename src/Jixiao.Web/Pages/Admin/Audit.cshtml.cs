using System.Text;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin;

/// <summary>The whole audit trail for the administrator, filtered by form type, form, user, action and dates; CSV export.</summary>
[AuthorizeRoles(Role.FinanceAdmin)]
public class AuditModel(AuditTrail trail) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];
    public Paging.Pager? Pager { get; private set; }

    private AuditFilter Filter => new(Type, EntityId, UserName, Action, From, To);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = await trail.PageAsync(Filter, Paging.PageRequest.Of(null, After), ct);
        Rows = page.Items;
        Pager = Paging.Pager.For(Request, page, "条");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        File(Encoding.UTF8.GetBytes(AuditTrail.Csv(await trail.SearchAsync(Filter, ct))), "text/csv; charset=utf-8", "修改记录.csv");
}
