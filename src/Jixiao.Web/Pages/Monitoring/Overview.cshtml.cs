using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Monitoring;

/// <summary>Department and finance overview of the period: reports of the scope, riskiest first.</summary>
public class OverviewModel(MonitoringService service) : PageModel
{
    public int Month { get; private set; } = MonitoringService.DefaultMonth;
    public IReadOnlyList<MonitoringListRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? month, CancellationToken ct)
    {
        Month = month is { } m && MonitoringService.ValidMonth(m) ? m : MonitoringService.DefaultMonth;
        Rows = await service.OverviewAsync(Month, ct);
    }
}
