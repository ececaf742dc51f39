using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Indicators;

public class IndexModel(IndicatorLibrary library) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }

    public IReadOnlyList<IndicatorEntry> Entries { get; private set; } = [];
    public IndicatorHistory? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Entries = await library.SearchAsync(Q, PageSize, ct);
        if (Id is { } id)
        {
            Selected = await library.HistoryAsync(id, ct);
            if (Selected is null) return NotFound();
        }
        return Page();
    }

    public string Link(Guid id) => Url.Page("/Indicators/Index", new { q = Q, id }) ?? "/Indicators";
}
