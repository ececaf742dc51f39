using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// The score of a 自评表 frozen at submission (workflow.md §5): per row the computed and counted score, rule and trail; the
/// total and the grade as a <see cref="Grade"/> (its Chinese name derived, never stored); the findings. Immutable once
/// written; later scorer changes do not touch it.
/// </summary>
public sealed record ScoreSnapshot
{
    /// <summary>2: this record. (1 was the web page's score DTO with the grade as its text `优`; still read.)</summary>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string ProfileTag { get; init; }
    public ScoringMode Mode { get; init; }

    /// <summary>执行率 in percent (100.00 for 100 %).</summary>
    public decimal? ExecutionRateDisplay { get; init; }
    public decimal ExecutionWeight { get; init; }
    public decimal? ExecutionScore { get; init; }
    public decimal? PrintedExecutionScore { get; init; }
    public bool ExecutionApplicable { get; init; } = true;
    public decimal ComputedTotal { get; init; }
    public Grade ComputedGrade { get; init; }
    public decimal? PrintedTotal { get; init; }
    public Grade? PrintedGrade { get; init; }
    public bool BlocksSubmit { get; init; }

    /// <summary>Σ分值 as the score page showed it: the execution weight plus every row's.</summary>
    public decimal WeightTotal { get; init; }
    public IReadOnlyList<string> Trail { get; init; } = [];
    public IReadOnlyList<SnapshotFinding> Findings { get; init; } = [];
    public IReadOnlyList<RowSnapshot> Rows { get; init; } = [];

    /// <summary>优 / 良 / 中 / 差.</summary>
    public string GradeName() => ComputedGrade.DisplayName();

    public static ScoreSnapshot Of(ProjectScore s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new()
        {
            ProfileTag = s.ProfileTag,
            Mode = s.Mode,
            ExecutionRateDisplay = s.ExecutionRateDisplay,
            ExecutionWeight = s.ExecutionWeight,
            ExecutionScore = s.ExecutionScore,
            PrintedExecutionScore = s.PrintedExecutionScore,
            ExecutionApplicable = s.ExecutionApplicable,
            ComputedTotal = s.ComputedTotal,
            ComputedGrade = s.ComputedGrade,
            PrintedTotal = s.PrintedTotal,
            PrintedGrade = s.PrintedGrade,
            BlocksSubmit = s.BlocksSubmit,
            WeightTotal = s.ExecutionWeight + s.Rows.Sum(r => r.Weight ?? 0m),
            Trail = s.Trail,
            Findings = s.Findings.Select(SnapshotFinding.Of).ToList(),
            Rows = s.Rows.Select(r => new RowSnapshot(
                r.Indicator.Key, r.Indicator.Name, r.Weight, r.ComputedScore, r.Score, r.PrintedScore, r.Rule, r.NotScoredReason, r.Tier,
                r.UsesPrintedScore, r.Trail, r.Findings.Select(SnapshotFinding.Of).ToList())).ToList(),
        };
    }
}

/// <summary>A finding as it stood at submission.</summary>
public sealed record SnapshotFinding(string RuleId, Severity Severity, string Message, string? Indicator, string? Field, bool Blocks)
{
    public static SnapshotFinding Of(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.RuleId, f.Severity, f.Message, f.Indicator, f.Field, f.Blocks);
    }
}

/// <summary>One indicator row's score as it stood at submission.</summary>
public sealed record RowSnapshot(
    Guid? Key, string Name, decimal? Weight, decimal? ComputedScore, decimal? Score, decimal? PrintedScore, string Rule,
    NotScoredReason? NotScoredReason, Tier? Tier, bool UsesPrintedScore, IReadOnlyList<string> Trail, IReadOnlyList<SnapshotFinding> Findings);
