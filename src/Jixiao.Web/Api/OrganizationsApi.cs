using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

public static class OrganizationsApi
{
    public sealed record OrgDto(int Id, string Name, string? ShortName, OrgKind Kind, int? ParentId);

    public static void MapOrganizationsApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/organizations", async (JixiaoDbContext db, CurrentUser me, CancellationToken ct) =>
                await me.ScopeOrgs(db.Organizations.AsNoTracking())
                    .OrderBy(o => o.Path)
                    .Select(o => new OrgDto(o.Id, o.Name, o.ShortName, o.Kind, o.ParentId))
                    .ToListAsync(ct))
          .WithName("ListOrganizations").WithSummary("可见范围内的组织（财政局 → 主管部门 → 单位）");
}
