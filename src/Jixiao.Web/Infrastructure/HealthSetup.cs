using Jixiao.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// What a load balancer asks a node (README, operations): <c>/health/live</c> — the process answers; <c>/health/ready</c>
/// — the database answers with every migration applied, and the job scheduler is running against its store. Both are
/// anonymous and say only the status name (Healthy, Degraded, Unhealthy), nothing of the node's insides.
/// </summary>
public static class HealthSetup
{
    private const string Ready = "ready";
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddJixiaoHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: [Ready])
            .AddQuartz(o =>
            {
                o.Name = "scheduler";
                o.Tags.Add(Ready);
            });
        // A probe answers within seconds whatever hangs behind it: a check that takes longer counts as unhealthy.
        services.Configure<HealthCheckServiceOptions>(o =>
        {
            foreach (var check in o.Registrations) check.Timeout = CheckTimeout;
        });
        return services;
    }

    public static void MapJixiaoHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Ready),
            // A scheduler in standby or not yet started is "degraded" to Quartz; to a load balancer the node is not ready.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
    }
}

/// <summary>The database answers and has every migration of this build applied.</summary>
internal sealed class DatabaseReadiness(JixiaoDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(ct)) return HealthCheckResult.Unhealthy("database unreachable");
            return (await db.Database.GetPendingMigrationsAsync(ct)).Any()
                ? HealthCheckResult.Unhealthy("migrations pending")
                : HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
