using Jixiao.Data.Entities;
using Jixiao.Web.Pages.Disclosure;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Public.Disclosure;

/// <summary>
/// The latest published version of a unit's package (or a superseded one with `?version=n`), printed like the
/// official document. Drafts, submitted and approved packages answer 404.
/// </summary>
public class ViewModel(DisclosureService disclosures) : PageModel
{
    public DisclosureEntity Entity { get; private set; } = null!;
    public IReadOnlyList<DisclosureEntity> Versions { get; private set; } = [];
    public DisclosureTablesView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int unitId, int year, int? version, CancellationToken ct)
    {
        if (await disclosures.PublicAsync(unitId, year, version, ct) is not { } entity) return NotFound();
        Entity = entity;
        Versions = await disclosures.PublicVersionsAsync(unitId, year, ct);
        View = new DisclosureTablesView(DisclosureService.ToDomain(entity), [], ShowFindings: false);
        return Page();
    }
}
