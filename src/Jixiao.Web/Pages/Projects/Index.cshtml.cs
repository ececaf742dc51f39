using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Projects;

public class IndexModel(JixiaoDbContext db, CurrentUser me, Services.ProjectService projects, Services.BatchTransitions batch,
    Services.ResultsApplied.LastYearResultsService lastYear) : PageModel
{
    public sealed record Row(Guid Id, string UnitName, string Name, int Year, decimal FundsTotalYuan, string State, string StateName, int Version);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public FormState? State { get; set; }
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Nature { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    /// <summary>结果应用: only projects whose last year's grade that counts is this one (evaluation, else 复核, else 自评; ADR-060).</summary>
    [BindProperty(SupportsGet = true)] public Domain.Scoring.Grade? LastGrade { get; set; }
    /// <summary>结果应用: only projects with last year's rectification items not yet 已销号.</summary>
    [BindProperty(SupportsGet = true)] public bool OpenRectifications { get; set; }
    /// <summary>Last year's results of the listed projects copied from last year's (by id), read for the whole page at once.</summary>
    public IReadOnlyDictionary<Guid, Domain.ResultsApplied.LastYearResults> LastYear { get; private set; } = new Dictionary<Guid, Domain.ResultsApplied.LastYearResults>();
    public IReadOnlyList<int> Years { get; private set; } = [];
    /// <summary>Units and departments the filters offer: those of the user's scope (none when there is only one).</summary>
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Departments { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging.Pager? Pager { get; private set; }
    public int Total { get; private set; }
    private decimal _fundsTotal;

    /// <summary>States a declaration passes through, as the 状态 filter offers them.</summary>
    public static readonly IReadOnlyList<FormState> StateChoices =
    [
        FormState.Draft, FormState.Submitted, FormState.SupervisorReview, FormState.FinanceReview, FormState.Returned,
        FormState.Approved, FormState.Rejected, FormState.Imported,
    ];

    /// <summary>The filters and page of this request, so the batch form posts back to the same filtered page.</summary>
    public Dictionary<string, string> RouteValues => new Dictionary<string, string?>
    {
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["q"] = Q,
        ["state"] = State?.ToString(),
        ["unit"] = Unit?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["department"] = Department?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sort"] = Sort,
        ["category"] = Category,
        ["nature"] = Nature,
        ["lastGrade"] = LastGrade?.ToString(),
        ["openRectifications"] = OpenRectifications ? "true" : null,
        ["after"] = After,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
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

    /// <summary>
    /// The unit summary of the filtered year (forms.md §1), computed from every matching project (not only this
    /// page), never typed.
    /// </summary>
    public Domain.Projects.UnitSummary? Summary => Year is null ? null : new Domain.Projects.UnitSummary(Total, _fundsTotal);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Years = await me.Scope(db.Projects.AsNoTracking()).Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var orgs = await me.ScopeFormOrgs(db.Organizations.AsNoTracking()).Where(o => o.Kind == OrgKind.Unit || o.Kind == OrgKind.Department)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(ct);
        var units = orgs.Where(o => o.Kind == OrgKind.Unit).Select(o => (o.Id, o.Name)).ToList();
        var departments = orgs.Where(o => o.Kind == OrgKind.Department).Select(o => (o.Id, o.Name)).ToList();
        Units = units.Count > 1 ? units : [];
        Departments = departments.Count > 1 ? departments : [];

        var filter = new Services.ProjectListFilter(Year, Q, State, Unit, Department, Sort, Category?.Trim(), Nature?.Trim(), LastGrade, OpenRectifications);
        var page = await projects.PageAsync(filter, Paging.PageRequest.Of(null, After), ct);
        Total = page.Total;
        if (Year is not null) _fundsTotal = await projects.FundsTotalAsync(filter, ct);
        Pager = Paging.Pager.For(Request, page, "个项目");
        // The 申报 packages of the units on this page (a district's hundreds of units are not all listed at once).
        PackageUnits = page.Items.DistinctBy(r => r.UnitId).Select(r => (r.UnitId, r.UnitName)).ToList();
        LastYear = await lastYear.ForListAsync(page.Items.Select(r => r.Id).ToList(), ct);
        Rows = page.Items
            .Select(r => new Row(r.Id, r.UnitName, r.Name, r.Year, r.FundsTotalYuan, r.State.ToString(), FormStateNames.Chinese(r.State), r.Version))
            .ToList();
    }
}
