using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Disclosure;

public class IndexModel(DisclosureService disclosures, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public Domain.Workflow.FormState? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    public IReadOnlyList<DisclosureEntity> Packages { get; private set; } = [];
    public Paging.Pager? Pager { get; private set; }

    /// <summary>States a disclosure passes through, as the 状态 filter offers them.</summary>
    public static readonly IReadOnlyList<Domain.Workflow.FormState> StateChoices =
    [
        Domain.Workflow.FormState.Draft, Domain.Workflow.FormState.Submitted, Domain.Workflow.FormState.Returned,
        Domain.Workflow.FormState.Approved, Domain.Workflow.FormState.Published, Domain.Workflow.FormState.Superseded,
        Domain.Workflow.FormState.Imported,
    ];
    public bool CanImport => me.Role == Domain.Workflow.Role.UnitPreparer;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = await disclosures.PageAsync(Year, State, Paging.PageRequest.Of(null, After), ct);
        Packages = page.Items;
        Pager = Paging.Pager.For(Request, page, "份");
    }
}
