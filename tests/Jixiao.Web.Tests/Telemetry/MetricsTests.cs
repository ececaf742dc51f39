using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static Jixiao.Web.Tests.DocumentTestSupport;

namespace Jixiao.Web.Tests.Telemetry;

/// <summary>
/// The metrics an operations team reads (ADR-055), taken from the running app by a <see cref="MeterListener"/> on this
/// app's own meters (its <see cref="IMeterFactory"/>), so other apps in the test process do not mix in: a request, an
/// export, an import and a job each record their named metric with a plausible value, and the queue gauges follow a
/// job from queued to done.
/// </summary>
public sealed class MetricsTests(SqliteApp app) : IClassFixture<SqliteApp>, IDisposable
{
    private readonly ConcurrentQueue<(string Name, double Value, Dictionary<string, object?> Tags)> _seen = new();
    private MeterListener? _listener;

    private void Listen()
    {
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Meter.Name is JixiaoMetrics.MeterName or "Microsoft.AspNetCore.Hosting")
                    l.EnableMeasurementEvents(instrument);
            },
        };
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Keep(i, v, tags));
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Keep(i, v, tags));
        _listener.Start();
    }

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _seen.Enqueue((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));

    private List<(string Name, double Value, Dictionary<string, object?> Tags)> Seen(string name) => _seen.Where(m => m.Name == name).ToList();

    /// <summary>The server records a request's duration as it finishes, which may be just after the client has the answer.</summary>
    private async Task<(string Name, double Value, Dictionary<string, object?> Tags)> EventuallyAsync(string name, Func<Dictionary<string, object?>, bool> match)
    {
        for (var i = 0; i < 50 && !Seen(name).Any(m => match(m.Tags)); i++) await Task.Delay(100, Ct);
        return Assert.Single(Seen(name), m => match(m.Tags));
    }

    private double Gauge(string name)
    {
        var before = Seen(name).Count;
        _listener!.RecordObservableInstruments();
        return Assert.Single(Seen(name).Skip(before)).Value;
    }

    [Fact]
    public async Task RequestExportImportAndJob_RecordTheirMetrics_QueueGaugesFollowTheJob()
    {
        Listen();
        var finance = await app.LoginAsync("finance");

        // A request: ASP.NET Core's request duration, by route and status (rates are its count per interval).
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync("/api/v1/me", Ct)).StatusCode);
        var request = await EventuallyAsync("http.server.request.duration", t => Equals(t.GetValueOrDefault("http.route"), "/api/v1/me"));
        Assert.Equal(200, Convert.ToInt32(request.Tags["http.response.status_code"]));
        Assert.InRange(request.Value, 1e-6, 10);

        // An export per format.
        var kczx = await app.LoginAsync("kczx");
        var project = await WithDbAsync(app, db => db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre && p.Year == 2024)
            .OrderBy(p => p.Name).Select(p => p.Id).FirstAsync(Ct));
        foreach (var format in new[] { "xlsx", "docx", "html" })
            Assert.Equal(HttpStatusCode.OK, (await kczx.GetAsync($"/api/v1/projects/{project}/export?format={format}", Ct)).StatusCode);
        var exports = Seen(JixiaoMetrics.ExportDuration);
        Assert.Equal(["docx", "html", "xlsx"], exports.Select(m => (string)m.Tags["jixiao.export.format"]!).Order());
        Assert.All(exports, m => Assert.InRange(m.Value, 1e-6, 30));

        // An import: the preview is no import; the commit is, with its outcome.
        var dsj = await app.LoginAsync("dsj");
        var preview = await (await dsj.PostAsync("/api/v1/imports", Upload(File.ReadAllBytes(SeedPath("001_f9a1a9807cfbc00b.txt")), "大数据中心2024.txt"), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Empty(Seen(JixiaoMetrics.ImportDuration));
        Assert.Equal(HttpStatusCode.OK, (await dsj.PostAsync($"/api/v1/imports/{preview.GetProperty("uploadId").GetGuid()}/commit", null, Ct)).StatusCode);
        var import = Assert.Single(Seen(JixiaoMetrics.ImportDuration));
        Assert.Equal(("txt", "imported"), ((string)import.Tags["jixiao.import.format"]!, (string)import.Tags["jixiao.import.outcome"]!));
        Assert.InRange(import.Value, 1e-6, 30);

        // A job: queued while the scheduler stands by, then run; the gauges read the Jobs table.
        Assert.Equal(0, Gauge(JixiaoMetrics.JobsQueued));
        Assert.Equal(0, Gauge(JixiaoMetrics.JobsOldestQueuedAge));
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        await scheduler.Standby(Ct);
        Guid id;
        try
        {
            var accepted = await finance.PostAsJsonAsync("/api/v1/jobs/rescore", new { year = 2023 }, Ct);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            id = (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
            await Task.Delay(2100, Ct); // the gauges read the table at most once a second; the job ages meanwhile
            Assert.Equal(1, Gauge(JixiaoMetrics.JobsQueued));
            Assert.InRange(Gauge(JixiaoMetrics.JobsOldestQueuedAge), 2, 60);
        }
        finally
        {
            await scheduler.Start(Ct);
        }
        Assert.Equal("Succeeded", (await WaitForJobAsync(finance, id)).GetProperty("state").GetString());
        var ran = Assert.Single(Seen(JixiaoMetrics.JobDuration));
        Assert.Equal(("rescore-year", "succeeded"), ((string)ran.Tags["jixiao.job.kind"]!, (string)ran.Tags["jixiao.job.outcome"]!));
        Assert.InRange(ran.Value, 1e-6, 30);
        Assert.Empty(Seen(JixiaoMetrics.JobFailures));
        await Task.Delay(1100, Ct);
        Assert.Equal(0, Gauge(JixiaoMetrics.JobsQueued));
        Assert.Equal(0, Gauge(JixiaoMetrics.JobsOldestQueuedAge));
    }

    public void Dispose() => _listener?.Dispose();
}
