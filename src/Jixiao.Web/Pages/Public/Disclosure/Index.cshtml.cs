using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Public.Disclosure;

/// <summary>Published packages, readable without login (the latest published version per unit and year), a page at a time.</summary>
public class IndexModel(DisclosureService disclosures) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    public IReadOnlyList<DisclosureEntity> Packages { get; private set; } = [];
    public Paging.Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = await disclosures.PagePublishedAsync(Year, Q, Paging.PageRequest.Of(null, After), ct);
        Packages = page.Items;
        Pager = Paging.Pager.For(Request, page, "份");
    }
}
