namespace Jixiao.Web.Auth;

/// <summary>
/// On the page that signs users in: requests there are never authenticated by the session the browser already holds,
/// so a sign-in creates a fresh session key instead of renewing one an attacker may have planted, and the form's
/// antiforgery token is issued and checked for the same (anonymous) user. The held session ends only when a login
/// succeeds (a forged post to the login page signs nobody out).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StartsNewSessionAttribute : Attribute
{
    public static bool Applies(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StartsNewSessionAttribute>() is not null;
}
