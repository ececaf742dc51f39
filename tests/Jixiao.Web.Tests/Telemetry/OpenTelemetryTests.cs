using System.Diagnostics;
using System.Net;
using Jixiao.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Jixiao.Web.Tests.Telemetry;

/// <summary>
/// An app with an OTLP endpoint configured (nothing listens there; the exporter's failures are its own business) and,
/// beside the OTLP exporter, OpenTelemetry's in-memory exporter: what the pipeline would send is what these lists hold.
/// </summary>
public sealed class OtlpApp : SqliteApp
{
    public List<Metric> Metrics { get; } = [];
    public List<Activity> Spans { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(TelemetrySetup.EndpointKey, "http://127.0.0.1:9");
        builder.ConfigureTestServices(s =>
        {
            s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(Metrics));
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans));
        });
    }
}

/// <summary>OpenTelemetry is wired only when an OTLP endpoint is configured (ADR-055), and then exports requests and our meter.</summary>
public sealed class OpenTelemetryTests(OtlpApp app) : IClassFixture<OtlpApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EndpointConfigured_RequestGivesASpanUnderItsRequestId_AndTheMetricsExportRequestsAndJixiao()
    {
        var client = await app.LoginAsync("finance");
        var response = await client.GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requestId = Assert.Single(response.Headers.GetValues(RequestIds.Header));

        // The server ends the request's span as the response finishes, which may be just after the client has it.
        for (var i = 0; i < 50 && !app.Spans.ToList().Any(s => s.TraceId.ToHexString() == requestId); i++) await Task.Delay(100, Ct);
        var span = Assert.Single(app.Spans.ToList(), s => s.TraceId.ToHexString() == requestId);
        Assert.Equal(ActivityKind.Server, span.Kind);
        Assert.Equal("/api/v1/me", span.GetTagItem("http.route"));

        // A health probe is not traced.
        var probe = await client.GetAsync("/health/live", Ct);
        await Task.Delay(500, Ct);
        Assert.DoesNotContain(app.Spans.ToList(), s => s.TraceId.ToHexString() == Assert.Single(probe.Headers.GetValues(RequestIds.Header)));

        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var names = app.Metrics.ToList().Select(m => m.Name).ToHashSet();
        Assert.Contains("http.server.request.duration", names);
        Assert.Contains(JixiaoMetrics.JobsQueued, names);
        Assert.Contains(JixiaoMetrics.JobsOldestQueuedAge, names);
    }
}

/// <summary>Without an endpoint no OpenTelemetry provider exists: nothing collects, nothing costs.</summary>
public sealed class TelemetryOffTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task NoEndpoint_NoProviders_ButEveryResponseCarriesItsRequestId()
    {
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.Null(app.Services.GetService<TracerProvider>());
        var response = await app.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues(RequestIds.Header)));
    }
}
