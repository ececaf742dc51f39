using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.SelfEvaluations;

public class IndexModel(SelfEvaluationService service, CurrentUser me) : PageModel
{
    public IReadOnlyList<SelfEvaluationListRow> Rows { get; private set; } = [];
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
        Rows = await service.ListAsync(null, ct);
        Startable = CanStart ? await service.StartableAsync(ct) : [];
    }
}
