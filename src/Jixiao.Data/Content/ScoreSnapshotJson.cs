using System.Text.Json;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;

namespace Jixiao.Data.Content;

/// <summary>
/// The JSON of <c>SelfEvaluationEntity.ScoreSnapshot</c>: written as <see cref="ScoreSnapshot"/> (schema 2, the grade as a
/// value); schema 1 — the web page's score DTO, grades as their text `优` — is still read.
/// </summary>
public static class ScoreSnapshotJson
{
    public static string Write(ScoreSnapshot snapshot) => JsonSerializer.Serialize(snapshot, ContentJson.Options);

    public static ScoreSnapshot Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var version = ContentJson.SchemaVersion(root);
        if (version >= ScoreSnapshot.CurrentSchemaVersion)
            return root.Deserialize<ScoreSnapshot>(ContentJson.Options) ?? throw new JsonException("空的评分快照。");
        var v1 = root.Deserialize<V1>(ContentJson.Options) ?? throw new JsonException("空的评分快照。");
        return v1.ToSnapshot();
    }

    private static Grade? GradeOf(string? name) =>
        name is null ? null : Enum.GetValues<Grade>().Cast<Grade?>().FirstOrDefault(g => g!.Value.DisplayName() == name)
            ?? throw new JsonException($"评分快照中的等级“{name}”无法识别。");

    private static T? EnumOf<T>(string? name) where T : struct, Enum => Enum.TryParse<T>(name, out var e) ? e : null;

    // Schema 1 as SelfEvaluationScoreDto stored it (enums and grades as text; tier and text duplicates ignored).
    private sealed record V1(
        string ProfileTag, string Mode, decimal? ExecutionRateDisplay, decimal ExecutionWeight, decimal? ExecutionScore,
        decimal? PrintedExecutionScore, bool ExecutionApplicable, decimal ComputedTotal, string ComputedGrade, decimal? PrintedTotal,
        string? PrintedGrade, bool BlocksSubmit, decimal WeightTotal, IReadOnlyList<string>? Trail, IReadOnlyList<V1Finding>? Findings,
        IReadOnlyList<V1Row>? Rows)
    {
        public ScoreSnapshot ToSnapshot() => new()
        {
            SchemaVersion = 1,
            ProfileTag = ProfileTag,
            Mode = EnumOf<ScoringMode>(Mode) ?? ScoringMode.Live,
            ExecutionRateDisplay = ExecutionRateDisplay,
            ExecutionWeight = ExecutionWeight,
            ExecutionScore = ExecutionScore,
            PrintedExecutionScore = PrintedExecutionScore,
            ExecutionApplicable = ExecutionApplicable,
            ComputedTotal = ComputedTotal,
            ComputedGrade = GradeOf(ComputedGrade) ?? Grades.Of(ComputedTotal),
            PrintedTotal = PrintedTotal,
            PrintedGrade = GradeOf(PrintedGrade),
            BlocksSubmit = BlocksSubmit,
            WeightTotal = WeightTotal,
            Trail = Trail ?? [],
            Findings = (Findings ?? []).Select(f => f.ToFinding()).ToList(),
            Rows = (Rows ?? []).Select(r => new RowSnapshot(
                r.Key, r.Name, r.Weight, r.ComputedScore, r.Score, r.PrintedScore, r.Rule, EnumOf<NotScoredReason>(r.NotScoredReason),
                EnumOf<Tier>(r.Tier), r.UsesPrintedScore, r.Trail ?? [], (r.Findings ?? []).Select(f => f.ToFinding()).ToList())).ToList(),
        };
    }

    private sealed record V1Finding(string RuleId, string Severity, string Message, string? Indicator, string? Field, bool Blocks)
    {
        public SnapshotFinding ToFinding() =>
            new(RuleId, EnumOf<Severity>(Severity) ?? Domain.Review.Severity.Info, Message, Indicator, Field, Blocks);
    }

    private sealed record V1Row(
        Guid? Key, string Name, decimal? Weight, decimal? ComputedScore, decimal? Score, decimal? PrintedScore, string Rule,
        string? NotScoredReason, string? Tier, bool UsesPrintedScore, IReadOnlyList<string>? Trail, IReadOnlyList<V1Finding>? Findings);
}
