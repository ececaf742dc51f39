using Jixiao.Domain.Monitoring;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Monitoring;

/// <summary>Department and finance overview of the period: reports of the scope, riskiest first, one page at a time.</summary>
public class OverviewModel(MonitoringService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public Light? Light { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    public int Month { get; private set; } = MonitoringService.DefaultMonth;
    public IReadOnlyList<MonitoringListRow> Rows { get; private set; } = [];
    /// <summary>Reports of the period per light, over the whole scope (not only this page).</summary>
    public IReadOnlyDictionary<Light, int> Counts { get; private set; } = new Dictionary<Light, int>();
    public Paging.Pager? Pager { get; private set; }

    public async Task OnGetAsync(int? month, CancellationToken ct)
    {
        Month = month is { } m && MonitoringService.ValidMonth(m) ? m : MonitoringService.DefaultMonth;
        Counts = await service.OverviewCountsAsync(Month, ct);
        var page = await service.PageOverviewAsync(Month, Light, Paging.PageRequest.Of(null, After), ct);
        Rows = page.Items;
        Pager = Paging.Pager.For(Request, page, "份");
    }
}
