namespace Jixiao.Data.Entities;

public enum JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// The user-facing record of one background job: what it is, its progress, result or reason of failure. Quartz.NET
/// (its clustered job store) decides when and on which node the job runs; this row is what the progress pages, the
/// job API and the administrator's job list read (ADR-052).
/// </summary>
public class JobEntity
{
    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public string? Payload { get; set; }
    public JobState State { get; set; }
    public int Attempts { get; set; }
    /// <summary>The scheduler node (Quartz instance id) that ran the latest attempt.</summary>
    public string? RunBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>
    /// When the job was handed to the scheduler. Null for a job saved together with other changes (a notice's e-mail):
    /// the relay hands it over after the transaction committed.
    /// </summary>
    public DateTimeOffset? ScheduledAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public int Progress { get; set; }
    public string? Result { get; set; }
    public string? Error { get; set; }
    /// <summary>When the scheduler retries a failed attempt (an e-mail whose server was down); null: no retry planned.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
}
