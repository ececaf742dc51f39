using Jixiao.Data;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

public static class ProjectsApi
{
    public sealed record ProjectSummaryDto(Guid Id, string Name, int Year, int UnitId, string UnitName, decimal FundsTotalYuan, string State, int Version);

    public static void MapProjectsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/projects", async (JixiaoDbContext db, CurrentUser me, int? year, string? q, CancellationToken ct) =>
            {
                var projects = me.Scope(db.Projects.AsNoTracking());
                if (year is { } y) projects = projects.Where(p => p.Year == y);
                if (!string.IsNullOrWhiteSpace(q)) projects = projects.Where(p => p.Name.Contains(q));
                var rows = await projects
                    .OrderBy(p => p.Unit!.Name).ThenBy(p => p.Name)
                    .Select(p => new
                    {
                        p.Id,
                        p.Name,
                        p.Year,
                        p.UnitId,
                        UnitName = p.Unit!.Name,
                        p.FundsTotalYuan,
                        Latest = p.Versions.OrderByDescending(v => v.Number).Select(v => new { v.State, v.Number }).FirstOrDefault(),
                    })
                    .ToListAsync(ct);
                return rows.Select(r => new ProjectSummaryDto(r.Id, r.Name, r.Year, r.UnitId, r.UnitName, r.FundsTotalYuan,
                    r.Latest?.State.ToString() ?? "Draft", r.Latest?.Number ?? 0)).ToList();
            })
          .WithName("ListProjects").WithSummary("可见范围内的项目");
    }
}
