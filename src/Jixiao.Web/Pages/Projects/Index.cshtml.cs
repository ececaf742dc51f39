using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Projects;

public class IndexModel(JixiaoDbContext db, CurrentUser me) : PageModel
{
    public sealed record Row(Guid Id, string UnitName, string Name, int Year, decimal FundsTotalYuan, string State, string StateName, int Version);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanCreate => me.Role == Role.UnitPreparer;

    /// <summary>The unit summary of the filtered year (forms.md §1), computed from the projects, never typed.</summary>
    public Domain.Projects.UnitSummary? Summary => Year is null ? null
        : new Domain.Projects.UnitSummary(Rows.Count, Rows.Sum(r => r.FundsTotalYuan));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scoped = me.Scope(db.Projects.AsNoTracking());
        Years = await scoped.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var query = scoped;
        if (Year is { } y) query = query.Where(p => p.Year == y);
        if (!string.IsNullOrWhiteSpace(Q)) query = query.Where(p => p.Name.Contains(Q));
        var rows = await query
            .OrderBy(p => p.Unit!.Name).ThenByDescending(p => p.Year).ThenBy(p => p.Name)
            .Select(p => new
            {
                p.Id,
                UnitName = p.Unit!.Name,
                p.Name,
                p.Year,
                p.FundsTotalYuan,
                Latest = p.Versions.OrderByDescending(v => v.Number).Select(v => new { v.State, v.Number }).First(),
            })
            .ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.Id, r.UnitName, r.Name, r.Year, r.FundsTotalYuan, r.Latest.State.ToString(),
            FormStateNames.Chinese(r.Latest.State), r.Latest.Number)).ToList();
    }
}
