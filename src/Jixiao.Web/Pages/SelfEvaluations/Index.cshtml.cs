using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.SelfEvaluations;

public class IndexModel(SelfEvaluationService service, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public FormState? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    public IReadOnlyList<SelfEvaluationListRow> Rows { get; private set; } = [];
    public Paging.Pager? Pager { get; private set; }

    /// <summary>States a self-evaluation passes through, as the 状态 filter offers them.</summary>
    public static readonly IReadOnlyList<FormState> StateChoices =
        [FormState.Draft, FormState.Submitted, FormState.Returned, FormState.Verification, FormState.Confirmed, FormState.Published, FormState.Imported];
    public IReadOnlyList<StartableProject> Startable { get; private set; } = [];
    public bool CanStart => me.Role == Role.UnitPreparer;
    public bool IsAdmin => me.Role == Role.FinanceAdmin;
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostStartAsync(Guid projectId, CancellationToken ct)
    {
        var (id, result) = await service.StartAsync(projectId, ct);
        if (result.NotFound) return NotFound();
        if (id is { } created) return RedirectToPage("Detail", new { id = created });
        Error = result.Error;
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        var page = await service.PageAsync(new SelfEvaluationListFilter(Year, Q, State), Paging.PageRequest.Of(null, After), ct);
        Rows = page.Items;
        Pager = Paging.Pager.For(Request, page);
        Startable = CanStart ? await service.StartableAsync(ct) : [];
    }
}
