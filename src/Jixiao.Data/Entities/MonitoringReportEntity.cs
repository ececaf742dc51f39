using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>A 运行监控 report of a project for the period 1–<see cref="PeriodEndMonth"/> (workflow.md §4).</summary>
public class MonitoringReportEntity(FormState state) : FormAggregate(FormWorkflow.Monitoring, state)
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    public int PeriodEndMonth { get; set; }
    /// <summary>A new form, in Draft (the other constructor: the state a historical record arrives in, Imported, workflow.md §9).</summary>
    public MonitoringReportEntity() : this(FormState.Draft) { }

    public required string Content { get; set; }
    /// <summary>Worst light of the report (green/yellow/red), kept for risk-sorted overviews.</summary>
    public string? Light { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
