using Jixiao.Data.Entities;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Summaries;

/// <summary>
/// The figures of one project that the 分析 screen sums (ADR-051): the findings of its current version and the score of
/// its latest self-evaluation, computed by the domain from the stored JSON when the project's forms are written
/// (<see cref="ProjectSummaries"/>), so a report reads columns instead of parsing every form. Derived data: never
/// backed up, rebuilt from the forms (`jixiao summary rebuild`, or on start when <see cref="Stamp"/> is not current).
/// </summary>
public class ProjectFigures
{
    public Guid ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    /// <summary>The build of the rules the figures were computed with (<see cref="ProjectSummaries.Stamp"/>).</summary>
    public required string Stamp { get; set; }
    public int Findings { get; set; }
    public int Errors { get; set; }

    /// <summary>True when the project has a self-evaluation whose evaluated version is stored; the columns below are then set.</summary>
    public bool Evaluated { get; set; }
    public FormState? EvaluationState { get; set; }
    public bool Historical { get; set; }
    public decimal? ComputedTotal { get; set; }
    public Grade? ComputedGrade { get; set; }
    public decimal? PrintedTotal { get; set; }
    public Grade? PrintedGrade { get; set; }
    public decimal? ExecutionRate { get; set; }
    /// <summary>全年预算数 and 全年执行数 of the evaluation's 合计 row, in 元.</summary>
    public decimal? BudgetYuan { get; set; }
    public decimal? SpentYuan { get; set; }
    /// <summary>Counted in the execution rate: a positive 全年预算数 and a 全年执行数.</summary>
    public bool Funded { get; set; }
    /// <summary>
    /// 全年预算数 or 执行数 beyond <see cref="SummaryCalculator.SummableLimit"/> (stored before the range checks, a restore):
    /// left out of the database's sums, which could overflow a decimal, and added by the service with saturation.
    /// </summary>
    public bool Outsized { get; set; }
}

/// <summary>How often one review rule fires on a project's current version (the 分析 screen's common findings).</summary>
public class ProjectRuleCount
{
    public Guid ProjectId { get; set; }
    public required string RuleId { get; set; }
    public int Count { get; set; }
    /// <summary>The highest severity of the rule's findings on this project (<c>Severity</c> as its number, so SQL can take the maximum).</summary>
    public int Severity { get; set; }
    /// <summary>The first finding's message.</summary>
    public required string Example { get; set; }
}

/// <summary>
/// One indicator row of one stored declaration version, as the 指标库 and the 分析 screen's year-over-year table read
/// it: the library identity (<see cref="IdentityName"/> etc.), the texts, and the actual of the project's latest
/// self-evaluation where it evaluates this version.
/// </summary>
public class IndicatorFact
{
    public Guid VersionId { get; set; }
    public int Position { get; set; }
    public Guid ProjectId { get; set; }
    public int VersionNumber { get; set; }
    /// <summary>The row belongs to the project's latest version.</summary>
    public bool IsCurrent { get; set; }
    public FormState State { get; set; }
    public Guid RowKey { get; set; }
    /// <summary>The name as written.</summary>
    public required string Name { get; set; }
    /// <summary>The library identity (<c>IndicatorLibrary.Key</c>): name key and category keys, clipped to the library's columns.</summary>
    public required string IdentityName { get; set; }
    public required string IdentityLevel1 { get; set; }
    public required string IdentityLevel2 { get; set; }
    /// <summary>The categories as the library stores them (trimmed, clipped).</summary>
    public required string Level1 { get; set; }
    public required string Level2 { get; set; }
    public required string TargetText { get; set; }
    /// <summary>The latest self-evaluation evaluates this version and has a row for this key.</summary>
    public bool HasActual { get; set; }
    public string? ActualText { get; set; }
    public decimal? Weight { get; set; }
    public decimal? Score { get; set; }
    /// <summary>
    /// For a current row: the actual of the same indicator (by identity) in the latest self-evaluation, whichever
    /// version it evaluated (the year-over-year table).
    /// </summary>
    public string? TrendActual { get; set; }
}
