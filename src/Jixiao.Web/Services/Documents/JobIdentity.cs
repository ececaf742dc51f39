using System.Security.Claims;
using System.Text.Json;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Services.Documents;

/// <summary>
/// A document job runs as the user who queued it: the same claims as their sign-in, so <c>CurrentUser</c>, the data
/// scope and the audit trail apply exactly as in a request, on whichever node runs the job.
/// </summary>
public sealed class JobIdentity(UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> claims)
{
    /// <summary>The user's principal, or null when the account no longer exists (the job then fails).</summary>
    public async Task<ClaimsPrincipal?> PrincipalAsync(string userId) =>
        await users.FindByIdAsync(userId) is { } user ? await claims.CreateAsync(user) : null;

    /// <summary>
    /// Makes <paramref name="principal"/> the current user for the rest of the calling method. The accessor lives in an
    /// AsyncLocal, so the CALLER must assign it (an assignment inside an awaited helper would not flow back).
    /// </summary>
    public static HttpContext Context(ClaimsPrincipal principal, IServiceProvider services) =>
        new DefaultHttpContext { User = principal, RequestServices = services };

    /// <summary>The owner recorded in a job payload (`ownerUserId`), null for jobs that have none.</summary>
    public static string? OwnerOf(string? payload)
    {
        if (string.IsNullOrEmpty(payload)) return null;
        try
        {
            using var json = JsonDocument.Parse(payload);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.EnumerateObject().FirstOrDefault(p => p.Name.Equals("ownerUserId", StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } owner
                ? owner.Value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
