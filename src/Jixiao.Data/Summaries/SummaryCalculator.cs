using Jixiao.Data.Content;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Summaries;

/// <summary>A stored declaration version as the summaries read it.</summary>
public sealed record StoredVersion(Guid ProjectId, Guid Id, int Number, FormState State, string Content);

/// <summary>A stored self-evaluation as the summaries read it.</summary>
public sealed record StoredEvaluation(Guid ProjectId, Guid DeclarationVersionId, FormState State, string ProfileId, string Content, DateTimeOffset UpdatedAt);

/// <summary>The summary rows of one project.</summary>
public sealed record ProjectSummary(ProjectFigures Figures, IReadOnlyList<ProjectRuleCount> Rules, IReadOnlyList<IndicatorFact> Indicators);

/// <summary>
/// Computes a project's summary rows from its stored forms with the domain library, exactly as the 分析 screen and the
/// 指标库 computed them per request before ADR-051: findings of the current version (a 自评表 linted with its actuals laid
/// over the version it evaluates), the latest self-evaluation scored by <see cref="Scorer.Score"/> (imported forms:
/// Historical), and every indicator row of every version with its library identity. Pure: no I/O.
/// </summary>
public static class SummaryCalculator
{
    // Column lengths of IndicatorDefinition (the 指标库 stores identities clipped to them).
    public const int NameLength = 200, LevelLength = 40;
    private const int ExampleLength = 4000;

    /// <summary>Amounts up to this (10¹⁸ 元, 100,000 × the money range) add up in SQL without overflowing a decimal for any district.</summary>
    public const decimal SummableLimit = 1_000_000_000_000_000_000m;

    /// <summary>
    /// The identity of a form row as the library stores it: the domain's identity of the row, with the name key and the
    /// labels clipped to their columns first (a name may be longer than the column, so the stored key is its prefix).
    /// </summary>
    public static IndicatorIdentity LibraryKey(string name, string level1, string level2) =>
        IndicatorIdentity.Of(Clip(IndicatorIdentity.NameKey(name), NameLength), Clip(level1.Trim(), LevelLength), Clip(level2.Trim(), LevelLength));

    public static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    private sealed record Evaluated(Project Form, Guid VersionId, ProjectScore Score, FormState State, decimal? Budget, decimal? Spent,
        DeclarationContent Declared, EvaluationContent Content);

    /// <summary>The summary of one project, or null when it has no stored version (it is then in no report).</summary>
    public static ProjectSummary? Compute(Guid projectId, IReadOnlyList<StoredVersion> versions, IReadOnlyList<StoredEvaluation> evaluations, string stamp)
    {
        if (versions.Count == 0) return null;
        var current = versions.MaxBy(v => v.Number)!;
        var parsed = versions.ToDictionary(v => v.Id, v => DeclarationContentJson.Read(v.Content));
        var latest = evaluations.Count == 0 ? null : evaluations.MaxBy(e => e.UpdatedAt);
        Evaluated? evaluated = null;
        if (latest is not null && parsed.TryGetValue(latest.DeclarationVersionId, out var declared))
            evaluated = Evaluate(latest.DeclarationVersionId, declared, latest.Content, latest.ProfileId, latest.State);

        var stored = parsed[current.Id];
        var model = evaluated is not null && evaluated.VersionId == current.Id ? evaluated.Form : stored.ToProject(t => TargetParser.Parse(t));
        var findings = Lint(model, current.State == FormState.Imported);

        var figures = new ProjectFigures
        {
            ProjectId = projectId,
            Stamp = stamp,
            Findings = findings.Count,
            Errors = findings.Count(f => f.Severity == Severity.Error),
        };
        if (evaluated is { } e)
        {
            figures.Evaluated = true;
            figures.EvaluationState = e.State;
            figures.Historical = e.Score.Mode == ScoringMode.Historical;
            figures.ComputedTotal = e.Score.ComputedTotal;
            figures.ComputedGrade = e.Score.ComputedGrade;
            figures.PrintedTotal = e.Score.PrintedTotal;
            figures.PrintedGrade = e.Score.PrintedGrade;
            figures.ExecutionRate = e.Score.ExecutionRateDisplay;
            figures.BudgetYuan = e.Budget;
            figures.SpentYuan = e.Spent;
            figures.Funded = e is { Budget: > 0m, Spent: not null };
            figures.Outsized = Math.Abs(e.Budget ?? 0m) > SummableLimit || Math.Abs(e.Spent ?? 0m) > SummableLimit;
        }

        var rules = findings.GroupBy(f => f.RuleId).Select(g => new ProjectRuleCount
        {
            ProjectId = projectId,
            RuleId = g.Key,
            Count = g.Count(),
            Severity = (int)g.Max(f => f.Severity),
            Example = Clip(g.First().Message, ExampleLength),
        }).ToList();

        var evaluationRows = latest is null ? null : EvaluationContentJson.Read(latest.Content).Rows;
        var facts = new List<IndicatorFact>();
        foreach (var version in versions.OrderBy(v => v.Number))
        {
            var rows = parsed[version.Id].Indicators;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var identity = LibraryKey(row.Name, row.Level1, row.Level2);
                var actual = evaluationRows is not null && latest!.DeclarationVersionId == version.Id ? evaluationRows.GetValueOrDefault(row.Key) : null;
                facts.Add(new IndicatorFact
                {
                    VersionId = version.Id,
                    Position = i,
                    ProjectId = projectId,
                    VersionNumber = version.Number,
                    IsCurrent = version.Id == current.Id,
                    State = version.State,
                    RowKey = row.Key,
                    Name = row.Name,
                    IdentityName = identity.Name,
                    IdentityLevel1 = identity.Level1,
                    IdentityLevel2 = identity.Level2,
                    Level1 = Clip(row.Level1.Trim(), LevelLength),
                    Level2 = Clip(row.Level2.Trim(), LevelLength),
                    TargetText = row.TargetText,
                    HasActual = actual is not null,
                    ActualText = actual?.ActualText,
                    Weight = actual?.ReadWeight(),
                    Score = actual?.ReadScore(),
                    TrendActual = version.Id == current.Id ? TrendActual(evaluated, row) : null,
                });
            }
        }
        return new ProjectSummary(figures, rules, facts);
    }

    /// <summary>The findings the 分析 screen counts: the default rules, Historical for imported forms.</summary>
    public static IReadOnlyList<Finding> Lint(Project project, bool historical) =>
        Linter.LintProject(project, new LintContext(LintProfile.Default, historical ? LintMode.Historical : LintMode.Live, project.Year));

    // The stored evaluation laid over the version it evaluated, scored by the domain (imported forms: Historical, SC-70).
    private static Evaluated Evaluate(Guid versionId, DeclarationContent declared, string evaluationJson, string profileId, FormState state)
    {
        var content = EvaluationContentJson.Read(evaluationJson);
        var project = content.Apply(declared.ToProject(t => TargetParser.Parse(t)), t => TargetParser.ParseActual(t));
        var mode = state == FormState.Imported ? ScoringMode.Historical : ScoringMode.Live;
        var total = content.Total.ToFundRow();
        return new Evaluated(project, versionId, Scorer.Score(project, Profile(profileId), mode), state, total.AdjustedBudget, total.Expenditure,
            declared, content);
    }

    // A stored form keeps the profile it was scored with; one no longer known falls back to the default.
    private static RuleProfile Profile(string id)
    {
        try { return RuleProfiles.Get(id); }
        catch (KeyNotFoundException) { return RuleProfiles.ShDistrict; }
    }

    // The evaluation's rows are keyed by the evaluated version's keys; the current version may be a later one, so the
    // row is found by identity within the evaluated version.
    private static string? TrendActual(Evaluated? evaluated, DeclaredIndicator row)
    {
        if (evaluated is not { } e) return null;
        var identity = IndicatorIdentity.Of(row.Name, row.Level1, row.Level2);
        var key = e.Declared.Indicators.FirstOrDefault(i => IndicatorIdentity.Of(i.Name, i.Level1, i.Level2) == identity)?.Key;
        return key is { } k && e.Content.Rows.TryGetValue(k, out var r) ? r.ActualText : null;
    }
}
