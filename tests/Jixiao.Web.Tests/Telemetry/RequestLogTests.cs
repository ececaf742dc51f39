using System.Net;
using System.Text.Json;
using Jixiao.Data.Backup;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Infrastructure.Telemetry;
using Jixiao.Web.Tests.Durability;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Telemetry;

/// <summary>
/// The server's own console output as shipped (appsettings: JSON lines with scopes): every log line written while a
/// request runs carries the request id its response names (<c>X-Request-Id</c>, the id the error page shows).
/// </summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task ExportRequest_ItsLogLinesAreJsonAndCarryTheRequestId()
    {
        var (connectionString, drop) = ChildApp.NewSqliteDatabase();
        await using var node = new ChildApp("sqlite", connectionString, "logs");
        try
        {
            node.ExtraEnvironment["Logging__LogLevel__Jixiao"] = "Information"; // the export's own line
            await node.StartAsync();
            Guid project;
            await using (var db = new DatabaseTarget("sqlite", connectionString).CreateContext())
                project = await db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre && p.Year == 2024)
                    .OrderBy(p => p.Name).Select(p => p.Id).FirstAsync(Ct);
            var kczx = node.Client(await AuthCookieAsync(node.Client(), "kczx"));
            var path = $"/api/v1/projects/{project}/export";

            var response = await kczx.GetAsync(path + "?format=xlsx", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var requestId = Assert.Single(response.Headers.GetValues(RequestIds.Header));

            List<JsonElement> lines = [];
            for (var i = 0; i < 50; i++)
            {
                lines = OfRequest(node.Output(), path);
                if (lines.Any(l => l.GetProperty("Message").GetString()!.StartsWith("Export ", StringComparison.Ordinal))) break;
                await Task.Delay(100, Ct);
            }
            var export = Assert.Single(lines, l => l.GetProperty("Message").GetString()!.StartsWith("Export ", StringComparison.Ordinal));
            Assert.Equal("Jixiao.Web.Services.Documents.FormExportService", export.GetProperty("Category").GetString());
            Assert.Contains(".xlsx", export.GetProperty("Message").GetString(), StringComparison.Ordinal);
            Assert.All(lines, l => Assert.Equal(requestId, ScopeValue(l, "TraceId")));
            Log($"{lines.Count} log line(s) of {path}, each with TraceId {requestId}: {export}");
        }
        finally
        {
            await node.DisposeAsync();
            await drop();
        }
    }

    /// <summary>The JSON log lines written in the request to <paramref name="path"/> (its hosting scope names the path).</summary>
    private static List<JsonElement> OfRequest(string output, string path) =>
        output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => ScopeValue(l, "RequestPath") == path).ToList();

    private static string? ScopeValue(JsonElement line, string name) =>
        line.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty(name, out _))
                .Select(s => s.GetProperty(name).ToString()).FirstOrDefault()
            : null;
}
