using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Auth;

/// <summary>
/// Server-side sessions for the login cookie (<see cref="CookieAuthenticationOptions.SessionStore"/>): the cookie holds a
/// random key, the ticket lives in <see cref="JixiaoDbContext.AuthSessions"/>. Every authenticated request reads its
/// row by primary key, so deleting rows ends sessions at once on every node. Rows hold the key's SHA-256, not the key.
/// </summary>
public sealed class DbTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    private const string CurrentKeyItem = "jixiao:session-key";
    private const string PreviousKeyItem = "jixiao:previous-session-key";

    /// <summary>The session key the current request was authenticated with (null when anonymous).</summary>
    public static string? CurrentKey(HttpContext context) => context.Items[CurrentKeyItem] as string;

    /// <summary>After a successful login: ends the session this browser held before, if any.</summary>
    public async Task EndPreviousAsync(HttpContext context, CancellationToken ct)
    {
        if (context.Items[PreviousKeyItem] is string key) await RemoveAsync(key, ct);
    }

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        // Sweep on sign-in rather than on a timer: no node needs a background task, and logins are rare next to reads.
        await db.AuthSessions.Where(s => s.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);
        db.AuthSessions.Add(new AuthSession
        {
            Id = Hash(key),
            UserId = UserId(ticket),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedUtc = now,
            ExpiresUtc = Expiry(ticket, now),
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        // Update only: a session ended while this request ran stays ended (no resurrection by a sliding renewal).
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var userId = UserId(ticket);
        var expires = Expiry(ticket, clock.GetUtcNow());
        var id = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        await db.AuthSessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Ticket, bytes).SetProperty(s => s.UserId, userId).SetProperty(s => s.ExpiresUtc, expires), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await Load(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>(), key, cancellationToken);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (StartsNewSessionAttribute.Applies(httpContext))
        {
            // A login never continues the session the browser already holds (no session fixation); a successful one ends it.
            httpContext.Items[PreviousKeyItem] = key;
            return null;
        }
        // The request's own context: most requests open one anyway, so the lookup costs one query, not a second context.
        var ticket = await Load(httpContext.RequestServices.GetRequiredService<JixiaoDbContext>(), key, cancellationToken);
        if (ticket is not null) httpContext.Items[CurrentKeyItem] = key;
        return ticket;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var id = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        await db.AuthSessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Ends every session of a user (password changed or reset), except the one with <paramref name="keepKey"/>.</summary>
    public async Task EndAllAsync(string userId, string? keepKey, CancellationToken ct)
    {
        var keep = keepKey is null ? "" : Hash(keepKey);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        await db.AuthSessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync(ct);
    }

    private async Task<AuthenticationTicket?> Load(JixiaoDbContext db, string key, CancellationToken ct)
    {
        var id = Hash(key);
        var now = clock.GetUtcNow();
        // No tracking and a projection: the request's change tracker is left exactly as it was.
        var bytes = await db.AuthSessions.AsNoTracking().Where(s => s.Id == id && s.ExpiresUtc > now).Select(s => s.Ticket).SingleOrDefaultAsync(ct);
        return bytes is null ? null : TicketSerializer.Default.Deserialize(bytes);
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string UserId(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A session needs a signed-in user.");

    private DateTimeOffset Expiry(AuthenticationTicket ticket, DateTimeOffset now) =>
        ticket.Properties.ExpiresUtc ?? now.AddHours(8);
}
