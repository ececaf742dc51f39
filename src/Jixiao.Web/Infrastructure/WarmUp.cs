using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// Runs the screens a unit's 填报人 uses through the app's own request pipeline, in process, before the server
/// listens: the first real requests otherwise paid for JIT, Razor page activation and EF query compilation, which on
/// the 10,000-project district made the first seconds after a start seconds slow for everyone (p99 of the whole
/// load test). Every request is a read or a write the app refuses without writing (a save with a stale stamp, a
/// transition the workflow forbids), signed in as a real unit user by setting the principal on the context — never
/// reachable from outside. It runs once the server listens (<see cref="StartAfterReady"/>): its ~4–5 s of JIT CPU on
/// the district kept `ready` waiting (ADR-067); the first real requests now share that work with it. `Warmup:Enabled=false` skips it.
/// </summary>
public static class WarmUp
{
    /// <summary>Runs the warm-up in the background once the host has started; <see cref="WarmUpRun.Done"/> completes with it.</summary>
    public static void StartAfterReady(WebApplication app)
    {
        var run = app.Services.GetRequiredService<WarmUpRun>();
        app.Lifetime.ApplicationStarted.Register(() =>
            run.Done = Task.Run(() => RunAsync(app, app.Lifetime.ApplicationStopping)));
    }

    public static async Task RunAsync(WebApplication app, CancellationToken ct = default)
    {
        if (!app.Configuration.GetValue("Warmup:Enabled", true)) return;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WarmUp));
        var run = app.Services.GetRequiredService<WarmUpRun>();
        var clock = Stopwatch.StartNew();
        var pipeline = ((IApplicationBuilder)app).Build();
        var contexts = app.Services.GetRequiredService<IHttpContextFactory>();
        var target = await FindTargetAsync(app.Services, ct);
        log.LogDebug("Warm-up: target found in {Ms} ms", clock.ElapsedMilliseconds);
        var requests = 0;
        var passes = new List<long>();

        async Task<(int Status, string Body)> Send(string method, string path, ClaimsPrincipal? user, string? json = null)
        {
            var response = new MemoryStream();
            var features = new FeatureCollection();
            var request = new HttpRequestFeature { Method = method, Scheme = "http", Path = path, Protocol = "HTTP/1.1" };
            request.Headers.Host = "localhost";
            if (json is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(json);
                request.Body = new MemoryStream(bytes);
                request.Headers.ContentType = "application/json";
                request.Headers.ContentLength = bytes.Length;
            }
            features.Set<IHttpRequestFeature>(request);
            // Kestrel tells the endpoints whether a request has a body; without it a JSON parameter reads as missing (400).
            features.Set<IHttpRequestBodyDetectionFeature>(new BodyDetection(json is not null));
            features.Set<IHttpResponseFeature>(new HttpResponseFeature());
            features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(response));
            features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = ct });
            features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { RemoteIpAddress = IPAddress.Loopback, LocalIpAddress = IPAddress.Loopback });
            var context = contexts.Create(features);
            var started = Stopwatch.GetTimestamp();
            var cpu = Environment.CpuUsage.TotalTime;
            try
            {
                if (user is not null) context.User = user; // no cookie: authentication keeps this principal
                await pipeline(context);
                requests++;
                run.Answered(method, path, context.Response.StatusCode);
                log.LogDebug("Warm-up {Method} {Path}: {Status} in {Ms} ms, {CpuMs} ms of process CPU", method, path, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
                return (context.Response.StatusCode, Encoding.UTF8.GetString(response.ToArray()));
            }
            finally
            {
                contexts.Dispose(context);
            }
        }

        try
        {
            // Twice: the second pass reaches what the first one only prepared (EF's compiled query cache, lazy caches).
            for (var pass = 0; pass < 2; pass++)
            {
                await Send("GET", "/Account/Login", null);
                if (target is not { } t) continue;
                await Send("GET", "/", t.User);
                await Send("GET", "/api/v1/projects", t.User);
                await Send("GET", "/api/v1/me", t.User);
                await Send("GET", $"/Projects/{t.Editable}", t.User);
                var (status, detail) = await Send("GET", $"/api/v1/projects/{t.Editable}", t.User);
                if (status == StatusCodes.Status200OK && JsonNode.Parse(detail) is JsonObject editor && editor["content"] is { } content)
                {
                    // A stale stamp: answered 409 after loading, binding and explaining the conflict; nothing is written.
                    var body = new JsonObject { ["content"] = content.DeepClone(), ["concurrencyStamp"] = Guid.Empty.ToString() };
                    await Send("PUT", $"/api/v1/projects/{t.Editable}", t.User, body.ToJsonString());
                }
                // Withdraw of a draft: the workflow refuses it after every read a submit makes.
                await Send("POST", $"/api/v1/projects/{t.Editable}/transitions", t.User, """{"action":"Withdraw"}""");
                passes.Add(clock.ElapsedMilliseconds);
            }
            log.LogInformation("Warm-up: {Requests} requests in {Ms} ms (passes ended at {Passes} ms)", requests, clock.ElapsedMilliseconds, string.Join(", ", passes));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed warm-up only means a slower first request; the app must still start.
            log.LogWarning(e, "Warm-up failed after {Requests} requests", requests);
        }
    }

    private sealed record Target(ClaimsPrincipal User, Guid Editable);

    private sealed class BodyDetection(bool canHaveBody) : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => canHaveBody;
    }

    /// <summary>A unit user with a draft (or returned) project, signed in as the login would sign them in; null when none.</summary>
    private static async Task<Target?> FindTargetAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var role = Role.UnitPreparer.ToString();
        var draft = await db.DeclarationVersions.AsNoTracking()
            .Where(v => v.State == FormState.Draft || v.State == FormState.Returned)
            .Where(v => db.Users.Any(u => u.OrganizationId == v.Project!.UnitId
                && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == role))))
            .OrderBy(v => v.ProjectId)
            .Select(v => new { v.ProjectId, v.Project!.UnitId })
            .FirstOrDefaultAsync(ct);
        if (draft is null) return null;
        var user = await db.Users.Where(u => u.OrganizationId == draft.UnitId
                && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == role)))
            .OrderBy(u => u.UserName).FirstAsync(ct);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        return new Target(principal, draft.ProjectId);
    }
}

/// <summary>The background warm-up of this process (<see cref="WarmUp.StartAfterReady"/>); completed when none runs.</summary>
public sealed class WarmUpRun
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<WarmUpAnswer> answers = new();

    public Task Done { get; set; } = Task.CompletedTask;

    /// <summary>What each warm-up request was answered, in order (the tests check the writes were refused as intended).</summary>
    public IReadOnlyList<WarmUpAnswer> Answers => [.. answers];

    internal void Answered(string method, string path, int status) => answers.Enqueue(new WarmUpAnswer(method, path, status));
}

/// <summary>One warm-up request and the status it was answered with.</summary>
public sealed record WarmUpAnswer(string Method, string Path, int Status);
