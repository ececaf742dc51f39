namespace Jixiao.Data.Entities;

/// <summary>
/// One deadline of the budget calendar, edited by the administrator: a stage of a year (and, for 运行监控, the month
/// reported on) and its due date. At most one per (year, stage, month).
/// </summary>
public class DeadlineEntry
{
    public int Id { get; set; }
    public int Year { get; set; }
    public DeadlineStage Stage { get; set; }
    /// <summary>运行监控: the last month the report covers (1–12); 0 for the other stages (so the unique key holds).</summary>
    public int Month { get; set; }
    public DateOnly Due { get; set; }
}

public enum DeadlineStage
{
    Declaration,
    Monitoring,
    SelfEvaluation,
    Disclosure,
}
