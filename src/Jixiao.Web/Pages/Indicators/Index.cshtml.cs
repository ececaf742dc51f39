using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Indicators;

public class IndexModel(IndicatorListing listing, IndicatorLibrary library) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level1 { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }

    public IReadOnlyList<IndicatorEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Level1Choices { get; private set; } = [];
    public IndicatorHistory? Selected { get; private set; }
    public Paging.Pager? Pager { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await listing.PageAsync(new IndicatorListFilter(Q, Level1, Sort), Paging.PageRequest.Of(null, After), ct);
        Entries = found.Page.Items;
        Level1Choices = found.Level1Choices;
        Pager = Paging.Pager.For(Request, found.Page, "个指标");
        if (Id is { } id)
        {
            Selected = await library.HistoryAsync(id, ct);
            if (Selected is null) return NotFound();
        }
        return Page();
    }

    /// <summary>The entry's detail on the same filtered page of the list.</summary>
    public string Link(Guid id) => Url.Page("/Indicators/Index", new { q = Q, level1 = Level1, sort = Sort, after = After, id }) ?? "/Indicators";
}
