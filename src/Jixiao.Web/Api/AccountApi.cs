using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Api;

public static class AccountApi
{
    public sealed record MeDto(string UserName, string DisplayName, string? Role, string? RoleName, int? OrgId, string OrgName);

    public static void MapAccountApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/me", (CurrentUser me) => new MeDto(me.UserName, me.DisplayName, me.Role?.ToString(),
                me.Role is { } r ? RoleNames.Chinese(r) : null, me.OrgId, me.OrgName))
          .WithName("GetMe").WithSummary("当前用户、角色与所属单位");
}
