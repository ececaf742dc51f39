using System.Security.Claims;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Auth;

public static class JixiaoClaims
{
    public const string OrgId = "jixiao:org";
    public const string OrgPath = "jixiao:orgPath";
    public const string OrgName = "jixiao:orgName";
    public const string DisplayName = "jixiao:displayName";
    /// <summary>Present while the user still holds an administrator-issued password (<see cref="AppUser.MustChangePassword"/>).</summary>
    public const string TemporaryCredential = "jixiao:temporaryCredential";
}

/// <summary>Puts the user's organization and display name into the cookie so scoping needs no extra query.</summary>
public sealed class JixiaoClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, JixiaoDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var org = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == user.OrganizationId);
        identity.AddClaim(new Claim(JixiaoClaims.OrgId, org.Id.ToString()));
        identity.AddClaim(new Claim(JixiaoClaims.OrgPath, org.Path));
        identity.AddClaim(new Claim(JixiaoClaims.OrgName, org.Name));
        identity.AddClaim(new Claim(JixiaoClaims.DisplayName, user.DisplayName));
        if (user.MustChangePassword) identity.AddClaim(new Claim(JixiaoClaims.TemporaryCredential, "true"));
        return identity;
    }
}
