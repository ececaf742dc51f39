using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.ReReview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.ReReviews;

/// <summary>复核: the 复核 in the user's scope, filtered (年度, 状态, 单位, 是否抽中, 有差异), sorted and paged in SQL; finance reaches 抽评 from here.</summary>
public class IndexModel(ReReviewService service, JixiaoDbContext db, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public FormState? State { get; set; }
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Sampled { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Differs { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public IReadOnlyList<ReReviewService.ListRow> Rows { get; private set; } = [];
    public Paging.Pager? Pager { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    /// <summary>The units the filter offers: those of the user's scope (none when there is only one).</summary>
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];
    public bool CanDraw => me.IsFinance;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Years = await me.Scope(db.Projects.AsNoTracking()).Where(p => db.ReReviews.Any(r => r.ProjectId == p.Id))
            .Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var units = await me.ScopeFormOrgs(db.Organizations.AsNoTracking()).Where(o => o.Kind == OrgKind.Unit)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        Units = units.Count > 1 ? units.Select(u => (u.Id, u.Name)).ToList() : [];
        var page = await service.PageAsync(new ReReviewListFilter(Year, State, Unit, Sampled, Differs, Sort), Paging.PageRequest.Of(null, After), ct);
        Rows = page.Items;
        Pager = Paging.Pager.For(Request, page, "份复核");
    }
}
