using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>A 运行监控 report of a project for the period 1–<see cref="PeriodEndMonth"/> (workflow.md §4).</summary>
public class MonitoringReportEntity : IForm
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    public int PeriodEndMonth { get; set; }
    /// <summary>A new form, in Draft.</summary>
    public MonitoringReportEntity() : this(FormState.Draft) { }

    /// <summary>A new form in its first state: the state a historical record arrives in (Imported, workflow.md §9).</summary>
    public MonitoringReportEntity(FormState state) => State = state;

    /// <summary>Moves only through <see cref="FormWorkflow.Monitoring"/>: <see cref="Move"/>.</summary>
    public FormState State { get; private set; }
    public required string Content { get; set; }
    /// <summary>Worst light of the report (green/yellow/red), kept for risk-sorted overviews.</summary>
    public string? Light { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency: a save that read an older stamp is refused. Renewed only by <see cref="JixiaoDbContext"/>.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>
    /// A user's move through the transition table (the request's From is this form's state); a refused move changes
    /// nothing and says why in Chinese.
    /// </summary>
    public TransitionResult Move(TransitionRequest request)
    {
        var result = FormWorkflow.Monitoring.Apply(request with { From = State });
        if (result.Allowed) State = result.To!.Value;
        return result;
    }
}
