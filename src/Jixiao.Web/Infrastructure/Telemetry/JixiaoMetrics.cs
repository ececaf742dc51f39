using System.Diagnostics;
using System.Diagnostics.Metrics;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Documents.Export;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Infrastructure.Telemetry;

/// <summary>
/// The application's own metrics (meter <c>Jixiao</c>, ADR-055) beside ASP.NET Core's request metrics. Instruments cost
/// nothing while no listener (OpenTelemetry, <c>dotnet-counters</c>) is attached; the queue gauges query the
/// <c>Jobs</c> table only when a listener collects them (every export interval).
/// </summary>
public sealed class JixiaoMetrics
{
    public const string MeterName = "Jixiao";
    public const string JobsQueued = "jixiao.jobs.queued";
    public const string JobsOldestQueuedAge = "jixiao.jobs.oldest_queued_age";
    public const string JobDuration = "jixiao.job.duration";
    public const string JobFailures = "jixiao.job.failures";
    public const string ExportDuration = "jixiao.export.duration";
    public const string ImportDuration = "jixiao.import.duration";

    private readonly Histogram<double> _jobDuration;
    private readonly Counter<long> _jobFailures;
    private readonly Histogram<double> _exportDuration;
    private readonly Histogram<double> _importDuration;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<JixiaoMetrics> _log;

    public JixiaoMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, ILogger<JixiaoMetrics> log)
    {
        _scopes = scopes;
        _clock = clock;
        _log = log;
        // Through the host's factory: a test listens to this app's meter only, not to others in the same process.
        var meter = meters.Create(MeterName);
        _jobDuration = meter.CreateHistogram<double>(JobDuration, "s", "How long a background job ran, by kind and outcome (succeeded, failed, retry).");
        _jobFailures = meter.CreateCounter<long>(JobFailures, "{job}", "Failed attempts of background jobs, by kind.");
        _exportDuration = meter.CreateHistogram<double>(ExportDuration, "s", "Rendering one form, by format (xlsx, docx, pdf, html).");
        _importDuration = meter.CreateHistogram<double>(ImportDuration, "s", "Importing one file, by format and outcome (imported, refused, failed).");
        meter.CreateObservableGauge(JobsQueued, () => Queue() is { } q ? [new Measurement<long>(q.Count)] : Array.Empty<Measurement<long>>(),
            "{job}", "Jobs waiting to run (queued, or waiting for a retry).");
        meter.CreateObservableGauge(JobsOldestQueuedAge, () => Queue() is { } q ? [new Measurement<double>(q.OldestAge)] : Array.Empty<Measurement<double>>(),
            "s", "Age of the oldest job waiting to run; 0 when none waits.");
    }

    public void JobRan(string kind, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "jixiao.job.kind", kind }, { "jixiao.job.outcome", outcome } };
        _jobDuration.Record(elapsed.TotalSeconds, tags);
        if (outcome != JobOutcome.Succeeded) _jobFailures.Add(1, new KeyValuePair<string, object?>("jixiao.job.kind", kind));
    }

    public void Exported(ExportFormat format, TimeSpan elapsed) =>
        _exportDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("jixiao.export.format", format.Extension().TrimStart('.')));

    public void Imported(string fileName, string outcome, TimeSpan elapsed) =>
        _importDuration.Record(elapsed.TotalSeconds, new TagList
        {
            { "jixiao.import.format", FormatOf(fileName) },
            { "jixiao.import.outcome", outcome },
        });

    /// <summary>The file's extension as a short, bounded label (a file name is no metric tag).</summary>
    private static string FormatOf(string fileName) => Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant() switch
    {
        "xlsx" or "docx" or "pdf" or "md" or "txt" => Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant(),
        "html" or "htm" => "html",
        _ => "other",
    };

    private sealed record QueueState(long Count, double OldestAge, long At);

    // Both gauges are read in one collection; one query pair serves them (the index on State, CreatedAt answers it).
    private QueueState? _queue;

    /// <summary>The queue now, or null when the database does not answer (the gauges then report nothing, not 0).</summary>
    private QueueState? Queue()
    {
        var now = Stopwatch.GetTimestamp();
        if (_queue is { } cached && Stopwatch.GetElapsedTime(cached.At, now) < TimeSpan.FromSeconds(1)) return cached;
        try
        {
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var queued = db.Jobs.AsNoTracking().Where(j => j.State == JobState.Queued);
            var count = queued.LongCount();
            var oldest = count == 0 ? null : queued.OrderBy(j => j.CreatedAt).Select(j => (DateTimeOffset?)j.CreatedAt).FirstOrDefault();
            var age = oldest is { } at ? Math.Max(0, (_clock.GetUtcNow() - at).TotalSeconds) : 0;
            return _queue = new QueueState(count, age, now);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            // A database that does not answer is readiness's business (/health/ready); the gauges skip this collection.
            _log.LogWarning(e, "Job queue metrics could not be read");
            return null;
        }
    }
}

/// <summary>The outcome tag of <see cref="JixiaoMetrics.JobDuration"/>.</summary>
public static class JobOutcome
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Retry = "retry";
}
