using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Projects;

public class IndexModel(JixiaoDbContext db, CurrentUser me, Services.ProjectService projects, Services.BatchTransitions batch) : PageModel
{
    public sealed record Row(Guid Id, string UnitName, string Name, int Year, decimal FundsTotalYuan, string State, string StateName, int Version);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    /// <summary>Units of the listed projects: each has a 申报 package of the filtered year to export.</summary>
    public IReadOnlyList<(int Id, string Name)> PackageUnits { get; private set; } = [];
    public bool CanCreate => me.Role == Role.UnitPreparer;

    /// <summary>The batch move the user may run from the list: units submit, finance approves; others none.</summary>
    public WorkflowAction? BatchAction => me.Role switch
    {
        Role.UnitPreparer => WorkflowAction.Submit,
        Role.FinanceReviewer or Role.FinanceAdmin => WorkflowAction.Approve,
        _ => null,
    };

    public IReadOnlyList<Services.BatchItemResult>? BatchResults { get; private set; }
    public string? BatchError { get; private set; }

    public async Task<IActionResult> OnPostBatchAsync(List<Guid>? ids, string? acknowledgement, CancellationToken ct)
    {
        if (BatchAction is not { } action) return Forbid();
        if (ids is not { Count: > 0 }) BatchError = "请先勾选要" + WorkflowActionNames.Chinese(action) + "的项目。";
        else if (ids.Count > Services.BatchTransitions.MaxItems) BatchError = $"一次最多处理 {Services.BatchTransitions.MaxItems} 个项目。";
        else if (Domain.Review.ReviewCommentRules.OptionalTextError(acknowledgement, "警告确认说明") is { } error) BatchError = error;
        else BatchResults = await batch.RunAsync(ids, action, acknowledgement, ct);
        await OnGetAsync(ct);
        return Page();
    }

    /// <summary>The unit summary of the filtered year (forms.md §1), computed from the projects, never typed.</summary>
    public Domain.Projects.UnitSummary? Summary => Year is null ? null
        : new Domain.Projects.UnitSummary(Rows.Count, Domain.Bounds.SafeMath.Sum(Rows.Select(r => r.FundsTotalYuan)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Years = await me.Scope(db.Projects.AsNoTracking()).Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var listed = await projects.ListAsync(Year, Q, ct);
        PackageUnits = listed.DistinctBy(r => r.UnitId).Select(r => (r.UnitId, r.UnitName)).ToList();
        Rows = listed
            .Select(r => new Row(r.Id, r.UnitName, r.Name, r.Year, r.FundsTotalYuan, r.State.ToString(), FormStateNames.Chinese(r.State), r.Version))
            .ToList();
    }
}
