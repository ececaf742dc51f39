using System.Threading.RateLimiting;

namespace Jixiao.Web.Auth;

/// <summary>
/// Rate limits for password checks (login, change password), per client address and per account name, as token
/// buckets: a burst, then a steady rate. The per-account bucket is smaller than the lockout threshold, so one client
/// cannot lock an account in a fraction of a second. In memory per node: with several nodes each allows its own
/// budget; the database-backed lockout (5 failures → 15 minutes) remains the cross-node limit.
/// Configuration: <c>Login:RateLimit:{ClientBurst,ClientPerMinute,AccountBurst,AccountPerMinute}</c>.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    public const string Message = "登录尝试过于频繁，请稍后再试（约 1 分钟）。";

    private readonly PartitionedRateLimiter<string> _clients;
    private readonly PartitionedRateLimiter<string> _accounts;

    public LoginThrottle(IConfiguration config)
    {
        var section = config.GetSection("Login:RateLimit");
        _clients = Buckets(section.GetValue("ClientBurst", 20), section.GetValue("ClientPerMinute", 20));
        _accounts = Buckets(section.GetValue("AccountBurst", 3), section.GetValue("AccountPerMinute", 3));
    }

    /// <summary>Takes one attempt from the client's and the account's budget; false when either is spent.</summary>
    public bool TryAcquire(HttpContext context, string userName)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var byClient = _clients.AttemptAcquire(client);
        if (!byClient.IsAcquired) return false;
        using var byAccount = _accounts.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return byAccount.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Buckets(int burst, int perMinute)
    {
        // Whole tokens per period: below 60 a minute one token every 60/n seconds, above that n/60 tokens a second.
        var (tokens, period) = perMinute >= 60
            ? (perMinute / 60, TimeSpan.FromSeconds(1))
            : (1, TimeSpan.FromSeconds(60.0 / Math.Max(1, perMinute)));
        return PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public void Dispose()
    {
        _clients.Dispose();
        _accounts.Dispose();
    }
}
