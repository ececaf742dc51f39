using Jixiao.Data;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages;

public class IndexModel(JixiaoDbContext db, CurrentUser me) : PageModel
{
    public sealed record Row(string UnitName, string Name, int Year, decimal FundsTotalYuan);

    public IReadOnlyList<Row> Projects { get; private set; } = [];
    public int ProjectCount => Projects.Count;
    public decimal TotalWanYuan => Math.Round(Projects.Sum(p => p.FundsTotalYuan) / 10_000m, 2, MidpointRounding.AwayFromZero);

    public async Task OnGetAsync(CancellationToken ct) =>
        Projects = await me.Scope(db.Projects.AsNoTracking())
            .OrderBy(p => p.Unit!.Name).ThenBy(p => p.Name)
            .Select(p => new Row(p.Unit!.Name, p.Name, p.Year, p.FundsTotalYuan))
            .ToListAsync(ct);
}
