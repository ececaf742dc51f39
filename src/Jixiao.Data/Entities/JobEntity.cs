namespace Jixiao.Data.Entities;

public enum JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// A background job in the database queue. A node claims a job by an atomic conditional update of
/// <see cref="LockedBy"/>/<see cref="LockedUntil"/>, so each job runs once whichever node picks it up.
/// </summary>
public class JobEntity
{
    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public string? Payload { get; set; }
    public JobState State { get; set; }
    public int Attempts { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public int Progress { get; set; }
    public string? Result { get; set; }
    public string? Error { get; set; }
    /// <summary>A queued job is not claimed before this moment (a retry after a failure waits); null: at once.</summary>
    public DateTimeOffset? NotBefore { get; set; }
}
