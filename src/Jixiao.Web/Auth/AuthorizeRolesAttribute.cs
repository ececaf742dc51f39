using Jixiao.Domain.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Auth;

/// <summary>
/// Page or endpoint open only to the given roles, named by the <see cref="Role"/> type: a renamed or removed role
/// is a compile error, never a page that silently admits nobody. The role claim holds the enum member's name.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeRolesAttribute : AuthorizeAttribute
{
    public AuthorizeRolesAttribute(params Role[] roles) => Roles = RoleClaims.Join(roles);
}

/// <summary>How a <see cref="Role"/> appears in the role claim and in policies.</summary>
public static class RoleClaims
{
    public static string Name(Role role) => role.ToString();

    public static string Join(IEnumerable<Role> roles) => string.Join(",", roles.Select(Name));

    /// <summary>Minimal-API policies: <c>.RequireAuthorization(p =&gt; p.RequireRoles(Role.FinanceAdmin))</c>.</summary>
    public static AuthorizationPolicyBuilder RequireRoles(this AuthorizationPolicyBuilder policy, params Role[] roles) =>
        policy.RequireRole(roles.Select(Name));
}
