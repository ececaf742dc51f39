using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Jixiao.Web.Infrastructure.Telemetry;

/// <summary>
/// Metrics and traces through OpenTelemetry (ADR-055), exported over OTLP only when an endpoint is configured
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or <c>Jixiao:Telemetry:OtlpEndpoint</c> with <c>Jixiao:Telemetry:OtlpProtocol</c>
/// grpc or http/protobuf). Otherwise no OpenTelemetry provider is registered at all: the instruments have no listener
/// and cost nothing.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>Spans of our own work outside a request (background jobs).</summary>
    public static readonly ActivitySource Source = new(JixiaoMetrics.MeterName);

    public const string EndpointKey = "Jixiao:Telemetry:OtlpEndpoint";
    public const string ProtocolKey = "Jixiao:Telemetry:OtlpProtocol";
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static bool Enabled(IConfiguration config) =>
        !string.IsNullOrWhiteSpace(config[EndpointKey]) || !string.IsNullOrWhiteSpace(config[StandardEndpointKey]);

    public static IServiceCollection AddJixiaoTelemetry(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<JixiaoMetrics>();
        if (!Enabled(config)) return services;

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(config["OTEL_SERVICE_NAME"] ?? "jixiao", serviceInstanceId: Environment.MachineName))
            .WithTracing(t => t
                // The load balancer's probes every few seconds are no request anyone traces.
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource(Source.Name))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(JixiaoMetrics.MeterName));
        if (config[EndpointKey] is { Length: > 0 } endpoint)
        {
            var protocol = config[ProtocolKey] is "http/protobuf" or "http" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            otel.UseOtlpExporter(protocol, new Uri(endpoint));
        }
        else otel.UseOtlpExporter(); // the standard OTEL_EXPORTER_OTLP_* settings
        return services;
    }
}
