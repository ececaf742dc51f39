using System.Text.Json.Serialization;

namespace Jixiao.Web.Services;

/// <summary>
/// The 分析 screen for one focus (the district, a department, a unit or one project) and optionally one year. Scores
/// are recomputed by <c>Scorer.Score</c> (Historical mode for imported forms) beside the printed ones; findings are the
/// linter's over each project's current version. Amounts are 元, rates and scores have 2 dp.
/// </summary>
public sealed record AnalysisReport
{
    public required AnalysisLevel Level { get; init; }
    public required string FocusName { get; init; }
    public int? FocusOrgId { get; init; }
    public Guid? FocusProjectId { get; init; }
    public int? Year { get; init; }
    /// <summary>Years with projects in the focus, newest first (the year filter's options).</summary>
    public IReadOnlyList<int> Years { get; init; } = [];
    /// <summary>From the user's top level down to the focus.</summary>
    public IReadOnlyList<AnalysisCrumb> Breadcrumb { get; init; } = [];
    public required AnalysisGroup Total { get; init; }
    /// <summary>The next level down: departments, units or projects.</summary>
    public IReadOnlyList<AnalysisGroup> Groups { get; init; } = [];
    public IReadOnlyList<GradeCount> Grades { get; init; } = [];
    public IReadOnlyList<ScoreBand> Distribution { get; init; } = [];
    /// <summary>One page of the focus's self-evaluations (by unit, then project name); the grades and distribution count all of them.</summary>
    public IReadOnlyList<EvaluationScore> Evaluations { get; init; } = [];
    /// <summary>How many self-evaluations the focus has, how many come before this page, the next page's cursor (null on the last).</summary>
    public int EvaluationsTotal { get; init; }
    public int EvaluationsBefore { get; init; }
    public string? EvaluationsNext { get; init; }
    public IReadOnlyList<FindingCount> CommonFindings { get; init; } = [];
    /// <summary>
    /// Indicators of the focus used in two or more years, all years regardless of the year filter. At the district and
    /// department scope only those used by most projects, each year with its most common values (ADR-067).
    /// </summary>
    public IReadOnlyList<IndicatorTrend> YearOverYear { get; init; } = [];
    /// <summary>How many indicators of the focus are used in two or more years (more than <see cref="YearOverYear"/> lists when summarized).</summary>
    public int YearOverYearIndicators { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<AnalysisLevel>))]
public enum AnalysisLevel
{
    District,
    Department,
    Unit,
    Project,
}

/// <summary>One breadcrumb step: an organization (<see cref="OrgId"/>) or the project (<see cref="ProjectId"/>).</summary>
public sealed record AnalysisCrumb(string Name, int? OrgId, Guid? ProjectId);

/// <summary>
/// Aggregates of a set of projects. <see cref="ExecutionRate"/> = Σ全年执行数 ÷ Σ全年预算数 × 100 over the evaluated projects
/// with a positive 全年预算数; <see cref="AverageScore"/> is the mean recomputed total. Both null without evaluations.
/// </summary>
public sealed record AnalysisGroup(
    string Name,
    int? OrgId,
    Guid? ProjectId,
    int Projects,
    int Evaluations,
    decimal? AverageScore,
    decimal? AveragePrintedScore,
    int Excellent,
    int Good,
    int Fair,
    int Poor,
    decimal BudgetYuan,
    decimal SpentYuan,
    decimal? ExecutionRate,
    int Findings,
    int Errors);

/// <summary>How many evaluations fall in one grade (SC-31), by recomputed and by printed total.</summary>
public sealed record GradeCount(string Grade, string Range, int Computed, int Printed);

/// <summary>A histogram bin of recomputed totals, [<see cref="From"/>, <see cref="To"/>) except the last which includes 100.</summary>
public sealed record ScoreBand(string Label, decimal From, decimal To, int Count);

/// <summary>One project's latest self-evaluation, printed and recomputed.</summary>
public sealed record EvaluationScore(
    Guid ProjectId,
    string ProjectName,
    string UnitName,
    int Year,
    string State,
    string Mode,
    decimal? PrintedTotal,
    string? PrintedGrade,
    decimal ComputedTotal,
    string ComputedGrade,
    decimal? ExecutionRate,
    decimal? BudgetYuan,
    decimal? SpentYuan);

/// <summary>A rule's findings over the focus: count, projects affected, the catalog message and one real message.</summary>
public sealed record FindingCount(string RuleId, string Severity, string Message, string Example, int Count, int Projects);

/// <summary>The same indicator (<see cref="IndicatorIdentity"/>) across years, used by <see cref="Projects"/> projects in all.</summary>
public sealed record IndicatorTrend(Guid? DefinitionId, string Name, string Level1, string Level2, int Projects, IReadOnlyList<IndicatorYear> Years);

/// <summary>
/// The indicator in one year, over <see cref="Projects"/> projects: its distinct targets and actuals, most projects
/// first, each with the projects that wrote it; <see cref="TargetKinds"/> and <see cref="ActualKinds"/> count them all
/// when only the most common are listed (an aggregate scope, ADR-067).
/// </summary>
public sealed record IndicatorYear(int Year, int Projects, IReadOnlyList<ValueCount> Targets, int TargetKinds, IReadOnlyList<ValueCount> Actuals, int ActualKinds);

/// <summary>A value written for an indicator and how many projects wrote it.</summary>
public sealed record ValueCount(string Text, int Projects);
