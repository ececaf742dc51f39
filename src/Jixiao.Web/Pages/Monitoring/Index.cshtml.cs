using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Monitoring;

/// <summary>运行监控: the approved projects of the scope with their report of the period 1–M月.</summary>
public class IndexModel(MonitoringService service, CurrentUser me) : PageModel
{
    public int Month { get; private set; } = MonitoringService.DefaultMonth;
    public IReadOnlyList<MonitoringListRow> Rows { get; private set; } = [];
    public bool IsReviewer => me.Role is not Domain.Workflow.Role.UnitPreparer;

    public async Task OnGetAsync(int? month, CancellationToken ct)
    {
        Month = month is { } m && MonitoringService.ValidMonth(m) ? m : MonitoringService.DefaultMonth;
        Rows = await service.ListAsync(Month, ct);
    }
}
