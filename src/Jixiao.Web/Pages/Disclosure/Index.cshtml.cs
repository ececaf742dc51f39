using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Disclosure;

public class IndexModel(DisclosureService disclosures, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public IReadOnlyList<DisclosureEntity> Packages { get; private set; } = [];
    public bool CanImport => me.Role == Domain.Workflow.Role.UnitPreparer;

    public async Task OnGetAsync(CancellationToken ct) => Packages = await disclosures.ListAsync(Year, ct);
}
