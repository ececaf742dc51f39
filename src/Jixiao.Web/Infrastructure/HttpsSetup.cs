using Microsoft.AspNetCore.HttpOverrides;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// HTTPS behind a reverse proxy, by configuration (README "HTTPS"): `Https:BehindProxy` trusts X-Forwarded-For/Proto
/// from `Https:KnownProxies` (any proxy when empty, for a proxy on a private network), so the request scheme is
/// https and cookies get the Secure flag; `Https:Hsts` sends Strict-Transport-Security on HTTPS responses;
/// `Https:Redirect` redirects plain HTTP to HTTPS. All off by default (the dev server listens on http://127.0.0.1).
/// </summary>
public static class HttpsSetup
{
    public static IServiceCollection AddJixiaoHttps(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            var proxies = configuration.GetSection("Https:KnownProxies").Get<string[]>() ?? [];
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            // A forwarded Host passes the same list as the Host header (AllowedHosts; host filtering checks the raw one).
            var hosts = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!hosts.Contains("*")) o.AllowedHosts = hosts;
        });
        // The antiforgery cookie follows the request scheme like the auth cookie (its default is never Secure).
        services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
            o.ExcludedHosts.Clear(); // the configured host decides, not a built-in localhost exception
        });
        return services;
    }

    public static IApplicationBuilder UseJixiaoHttps(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Https:BehindProxy")) app.UseForwardedHeaders();
        if (configuration.GetValue<bool>("Https:Hsts")) app.UseHsts();
        if (configuration.GetValue<bool>("Https:Redirect")) app.UseHttpsRedirection();
        return app;
    }
}
