using System.ComponentModel;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Jixiao.Web.Paging;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

public static class OrganizationsApi
{
    public sealed record OrgDto(int Id, string Name, string? ShortName, OrgKind Kind, int? ParentId);

    /// <summary>The tree order (财政局 → 主管部门 → 单位, by materialised path); the id breaks ties.</summary>
    public static readonly KeysetOrder<Organization> Order = KeysetOrder<Organization>.By("org", o => o.Path).ThenBy(o => o.Id);

    public static void MapOrganizationsApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/organizations", async (HttpContext http, JixiaoDbContext db, CurrentUser me,
                [Description("按名称或简称查找")] string? q, [Description("类型：FinanceBureau、Department、Unit")] string? kind,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                OrgKind? kindFilter = null;
                if (!string.IsNullOrWhiteSpace(kind))
                {
                    if (!Enum.TryParse<OrgKind>(kind, ignoreCase: true, out var parsed) || int.TryParse(kind, out _))
                        return TypedResults.Problem(title: "筛选条件无效", detail: $"不支持的组织类型“{kind}”。", statusCode: 400);
                    kindFilter = parsed;
                }
                var page = PageRequest.Of(size, after);
                if (!Order.Accepts(page)) return PagedAnswer.BadCursor();
                var orgs = me.ScopeOrgs(db.Organizations.AsNoTracking());
                if (new Services.ProjectListFilter(Q: q).Query is { } text) orgs = orgs.Where(o => o.Name.Contains(text) || (o.ShortName != null && o.ShortName.Contains(text)));
                if (kindFilter is { } k) orgs = orgs.Where(o => o.Kind == k);
                return PagedAnswer.Ok(http, await Order.PageAsync(orgs, page, o => new OrgDto(o.Id, o.Name, o.ShortName, o.Kind, o.ParentId), ct), o => o);
            }).Produces<List<OrgDto>>().ProducesProblem(400)
          .WithName("ListOrganizations").WithSummary("可见范围内的组织（财政局 → 主管部门 → 单位；筛选、分页）").WithDescription(PagedAnswer.Description);
}
