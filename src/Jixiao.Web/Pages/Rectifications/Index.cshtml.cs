using Jixiao.Web.Services.ReReview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Rectifications;

/// <summary>整改事项 in the user's scope (open first, by due date), 逾期未整改 counted per unit.</summary>
public class IndexModel(RectificationService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    public IReadOnlyList<RectificationRow> Rows { get; private set; } = [];
    public IReadOnlyList<OverdueCount> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await service.ListAsync(Overdue, ct);
        Counts = await service.OverdueByUnitAsync(ct);
    }
}
