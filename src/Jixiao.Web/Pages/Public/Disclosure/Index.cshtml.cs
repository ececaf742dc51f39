using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Public.Disclosure;

/// <summary>Published packages, readable without login (the latest published version per unit and year).</summary>
public class IndexModel(DisclosureService disclosures) : PageModel
{
    public IReadOnlyList<DisclosureEntity> Packages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Packages = await disclosures.PublishedAsync(ct);
}
