using System.Text.Json.Serialization;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Web.Services;

namespace Jixiao.Web.Api.Contracts.V1;

// 绩效自评 as /api/v1 answers it (and the 自评表 page shows it). The score is its own record, not the snapshot stored with
// a submitted form (Domain.Scoring.ScoreSnapshot), so the stored snapshot and the wire can change apart.

public sealed record SelfEvaluationIndicator(Guid? Key, int Ordinal, string Level1, string Level2, string Name, string Target, string TargetKind);

public sealed record SelfEvaluationDetail(
    Guid Id, Guid ProjectId, string ProjectName, string UnitName, int Year, string State, string StateName, string ProfileId,
    bool Editable, Guid ConcurrencyStamp, string? ExpectedGoal, IReadOnlyList<SelfEvaluationIndicator> Indicators, SelfEvaluationEntry Form,
    SelfEvaluationScore Score);

/// <summary>
/// What a unit enters on the 自评表, by the keys of its definition (<see cref="SelfEvaluationForms.District2023"/>):
/// <see cref="Fields"/> the fields it enters (实际完成情况…) as original text; <see cref="Funds"/> the 项目资金 cells a unit
/// fills, row key → column key → original text (`total` → `initialBudget` → `350,000.00`; 分值 is `total.weight`); per
/// indicator key of the evaluated version, the row. A save replaces them all.
/// </summary>
public sealed record SelfEvaluationEntry
{
    [JsonConverter(typeof(FieldTextsJsonConverter))]
    public Dictionary<string, string?> Fields { get; init; } = [];
    [JsonConverter(typeof(CellTextsJsonConverter))]
    public Dictionary<string, Dictionary<string, string?>> Funds { get; init; } = [];
    public List<SelfEvaluationEntryRow> Rows { get; init; } = [];
    /// <summary>The stamp the form was read with; a stale one is refused on save.</summary>
    public Guid? ConcurrencyStamp { get; init; }
    /// <summary>Submit only: the unit has read every warning.</summary>
    public bool AcknowledgeWarnings { get; init; }
}

/// <summary>One indicator row as entered: 实际完成值, 分值, 得分 (where the rule lets the unit enter it), tier, 偏差原因.</summary>
public sealed record SelfEvaluationEntryRow
{
    public Guid Key { get; init; }
    public string? ActualText { get; init; }
    public decimal? Weight { get; init; }
    public decimal? Score { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<Tier>))]
    public Tier? Tier { get; init; }
    public string? DeviationReason { get; init; }
}

public sealed record ScoreFinding(string RuleId, string Severity, string Message, string? Indicator, string? Field, bool Blocks, string Text)
{
    public static ScoreFinding From(Finding f) =>
        new(f.RuleId, f.Severity.ToString(), f.Message, f.Indicator, f.Field, f.Blocks, SelfEvaluationService.Describe(f));
}

public sealed record RowScore(
    Guid? Key, string Name, decimal? Weight, decimal? ComputedScore, decimal? Score, decimal? PrintedScore, string Rule,
    string? NotScoredReason, string? Tier, string? TierName, bool UsesPrintedScore, bool ManualEntry,
    IReadOnlyList<string> Trail, IReadOnlyList<ScoreFinding> Findings, ExplanationLine Explanation);

/// <summary>
/// A self-evaluation's score: per row the computed and counted score, rule and trail; the total and the grade by its
/// Chinese name (and, for imports, the printed ones beside them); findings, with <see cref="BlocksSubmit"/> as the domain says;
/// the 得分计算说明 in plain Chinese (<see cref="ScoreNarrative"/>; the trail stays for tools).
/// </summary>
public sealed record SelfEvaluationScore(
    string ProfileTag, string Mode, decimal? ExecutionRateDisplay, decimal ExecutionWeight, decimal? ExecutionScore,
    decimal? PrintedExecutionScore, bool ExecutionApplicable, decimal ComputedTotal, string ComputedGrade, decimal? PrintedTotal,
    string? PrintedGrade, bool BlocksSubmit, decimal WeightTotal, decimal? AdjustedBudget, decimal? InitialBudget, decimal? Expenditure,
    IReadOnlyList<string> Trail, IReadOnlyList<ScoreFinding> Findings, IReadOnlyList<ScoreFinding> Blocking, IReadOnlyList<RowScore> Rows,
    IReadOnlyList<ExplanationLine> Explanation)
{
    public static SelfEvaluationScore From(ProjectScore s, FundRow? total = null) => new(
        s.ProfileTag, s.Mode.ToString(), s.ExecutionRateDisplay, s.ExecutionWeight, s.ExecutionScore, s.PrintedExecutionScore,
        s.ExecutionApplicable, s.ComputedTotal, s.ComputedGrade.DisplayName(), s.PrintedTotal, s.PrintedGrade?.DisplayName(),
        s.BlocksSubmit, s.ExecutionWeight + s.Rows.Sum(r => r.Weight ?? 0m),
        total?.AdjustedBudget, total?.InitialBudget, total?.Expenditure,
        s.Trail, s.Findings.Select(ScoreFinding.From).ToList(), s.AllFindings.Where(f => f.Blocks).Select(ScoreFinding.From).ToList(),
        s.Rows.Select(Row).ToList(), ScoreNarrative.Project(s));

    private static RowScore Row(IndicatorScore r) => new(
        r.Indicator.Key, r.Indicator.Name, r.Weight, r.ComputedScore, r.Score, r.PrintedScore, r.Rule, r.NotScoredReason?.ToString(),
        r.Tier?.ToString(), r.Tier?.DisplayName(), r.UsesPrintedScore,
        r.NotScoredReason is NotScoredReason.ManualTier or NotScoredReason.NotComparable,
        r.Trail, r.Findings.Select(ScoreFinding.From).ToList(), ScoreNarrative.Row(r));
}
