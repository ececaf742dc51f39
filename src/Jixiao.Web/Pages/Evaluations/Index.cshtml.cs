using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Jixiao.Web.Services.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>重点绩效评价: the evaluations the user sees; finance selects a project and assigns an evaluator here (ADR-059).</summary>
[AuthorizeRoles(Role.FinanceReviewer, Role.FinanceAdmin, Role.ThirdPartyEvaluator)]
public class IndexModel(ExternalEvaluationService service, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    public IReadOnlyList<EvaluationListRow> Rows { get; private set; } = [];
    public Paging.Pager? Pager { get; private set; }
    public bool CanAssign => me.IsFinance;
    public IReadOnlyList<(Guid Id, string Name, string Unit, int Year)> Projects { get; private set; } = [];
    public IReadOnlyList<Data.Entities.Organization> Evaluators { get; private set; } = [];
    public IReadOnlyList<EvaluationFramework> Frameworks { get; } = EvaluationFramework.All(TemplateRegistry.Current);
    public string? Error { get; private set; }

    [BindProperty] public Guid ProjectId { get; set; }
    [BindProperty] public int EvaluatorOrgId { get; set; }
    [BindProperty] public string? FrameworkId { get; set; }
    [BindProperty] public DateOnly? Deadline { get; set; }

    public DateOnly Today => DisplayTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        Guid created = Guid.Empty;
        var result = await service.AssignAsync(ProjectId, EvaluatorOrgId, FrameworkId, Deadline, id => created = id, ct);
        if (result.Ok) return Redirect($"/Evaluations/{created}?assigned=1");
        Error = result.NotFound ? "请选择项目。" : result.Error;
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        var page = await service.PageAsync(Paging.PageRequest.Of(null, After), ct);
        Rows = page.Items;
        Pager = Paging.Pager.For(Request, page);
        if (CanAssign)
        {
            Projects = await service.SelectableProjectsAsync(ct);
            Evaluators = await service.EvaluatorsAsync(ct);
        }
    }
}
