using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Monitoring;

/// <summary>运行监控: the approved projects of the scope with their report of the period 1–M月.</summary>
public class IndexModel(MonitoringService service, CurrentUser me) : PageModel
{
    public int Month { get; private set; } = MonitoringService.DefaultMonth;
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? After { get; set; }
    public IReadOnlyList<MonitoringListRow> Rows { get; private set; } = [];
    public Paging.Pager? Pager { get; private set; }
    public bool IsReviewer => me.Role is not Domain.Workflow.Role.UnitPreparer;

    public async Task OnGetAsync(int? month, CancellationToken ct)
    {
        Month = month is { } m && MonitoringService.ValidMonth(m) ? m : MonitoringService.DefaultMonth;
        var page = await service.PageAsync(Month, Year, Q, Paging.PageRequest.Of(null, After), ct);
        Rows = page.Items;
        Pager = Paging.Pager.For(Request, page, "个项目");
    }
}
