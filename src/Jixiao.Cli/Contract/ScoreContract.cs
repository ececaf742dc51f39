using Jixiao.Domain.Scoring;

namespace Jixiao.Cli.Contract;

// The `jixiao score --json` contract: one entry per self-evaluation project.

public sealed record ScoreOutput(IReadOnlyList<ProjectScoreDto> Projects, IReadOnlyList<FileErrorDto> Errors);

public sealed record ProjectScoreDto(
    string File,
    string Project,
    string Profile,
    decimal? PrintedTotal,
    string? PrintedGrade,
    decimal? ComputedTotal,
    string? Grade,
    decimal? ExecutionRate,
    decimal? ExecutionRatePercent,
    decimal? ExecutionScore,
    decimal? PrintedExecutionScore,
    IReadOnlyList<ScoreRowDto> Rows,
    IReadOnlyList<string> Trail,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<ExplanationLine> Explanation)
{
    public static ProjectScoreDto From(string file, string project, ProjectScore s) => new(
        file,
        project,
        s.ProfileTag,
        s.PrintedTotal,
        s.PrintedGrade?.DisplayName(),
        s.ComputedTotal,
        s.ComputedGrade.DisplayName(),
        s.ExecutionRate,
        s.ExecutionRateDisplay,
        s.ExecutionScore,
        s.PrintedExecutionScore,
        s.Rows.Select(r => ScoreRowDto.From(file, project, r)).ToList(),
        s.Trail,
        s.Findings.Select(f => FindingDto.From(file, f with { Project = f.Project ?? project })).ToList(),
        ScoreNarrative.All(s));
}

public sealed record ScoreRowDto(
    string Indicator,
    string Level1,
    string Level2,
    string Target,
    string? Actual,
    decimal? Weight,
    decimal? PrintedScore,
    decimal? ComputedScore,
    string? NotScoredReason,
    string Rule,
    string Explanation,
    IReadOnlyList<string> Trail,
    IReadOnlyList<FindingDto> Findings)
{
    public static ScoreRowDto From(string file, string project, IndicatorScore r) => new(
        r.Indicator.Name,
        r.Indicator.Level1,
        r.Indicator.Level2,
        r.Indicator.Target.OriginalText,
        r.Indicator.Actual?.OriginalText,
        r.Weight,
        r.PrintedScore,
        r.ComputedScore,
        r.NotScoredReason is { } reason ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString()) : null,
        r.Rule,
        ScoreNarrative.Row(r).Text,
        r.Trail,
        r.Findings.Select(f => FindingDto.From(file, f with { Project = f.Project ?? project })).ToList());
}
