using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Infrastructure;

public static class SessionSetup
{
    /// <summary>Server-side login sessions (<see cref="DbTicketStore"/>) and the login rate limits (<see cref="LoginThrottle"/>).</summary>
    public static IServiceCollection AddJixiaoSessions(this IServiceCollection services)
    {
        services.AddSingleton<DbTicketStore>();
        services.AddSingleton<LoginThrottle>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DbTicketStore>((o, store) => o.SessionStore = store);
        return services;
    }
}
