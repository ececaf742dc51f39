using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Tests.Scoring;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// Every example table of review-rules.md, read from the Markdown (<see cref="ReviewRulesSpec"/>): the example raises its
/// rule with its severity, with a message of that rule's catalogue.
/// </summary>
public class ReviewRuleExampleTests
{
    public static TheoryData<string> DeclarationExamples => [.. ReviewRulesSpec.Declaration.Select(e => e.ToString())];

    public static TheoryData<string> SelfEvaluationExamples => [.. ReviewRulesSpec.SelfEvaluation.Select(e => e.ToString())];

    public static TheoryData<string> SelfEvaluationFormExamples => [.. ReviewRulesSpec.SelfEvaluationForm.Select(e => e.ToString())];

    private static ReviewRulesSpec.Example Example(string name) => ReviewRulesSpec.Examples.Single(e => e.ToString() == name);

    /// <summary>
    /// The clean declaration changed as the example's lines say: a field of the 2024 district form by its printed label or
    /// name, a narrative section by its heading, `指标 一级/二级/三级` (a row added after the clean ones) or `指标 一级` with
    /// `no rows` (that level-1's rows removed).
    /// </summary>
    internal static Project DeclarationOf(ReviewRulesSpec.Example e)
    {
        var project = Clean;
        foreach (var line in e.Lines)
        {
            var place = line["on the form"] ?? throw new InvalidOperationException($"{line}: no place on the form");
            var written = line["written"];
            if (place.StartsWith("指标 ", StringComparison.Ordinal))
            {
                var levels = place["指标 ".Length..].Split('/');
                project = levels.Length == 1 && written == "no rows"
                    ? project with { Indicators = [.. project.Indicators.Where(i => i.Level1 != levels[0])] }
                    : project.Adding(Row(project.Indicators.Max(i => i.Ordinal) + 1, levels[0], levels[1], levels[2], TargetParser.Parse(written)));
            }
            else if (Enum.GetValues<NarrativeSection>().FirstOrDefault(n => NarrativeSectionNames.Chinese(n) == place) is var section
                && NarrativeSectionNames.Chinese(section) == place)
                project = project.WithNarrative(section, written ?? "");
            else
                project = Field(place).Write(project, written);
        }
        return project;
    }

    private static FieldDefinition Field(string place) =>
        DeclarationForms.District2024.Fields.Where(f => f.Label == place || f.Name == place).ToList() is [var only] ? only
            : throw new InvalidOperationException($"“{place}” is not one field of the 2024 district form");

    /// <summary>The example's rows (one per line) in a form with full execution, scored under SH-DISTRICT.</summary>
    internal static ProjectScore ScoredFormOf(ReviewRulesSpec.Example e) =>
        Scorer.Score(Form.Project(null, [.. e.Lines.Select((line, k) => ScoringSpecCases.Row(line, k + 1))]), RuleProfiles.ShDistrict, ScoringMode.Live);

    [Fact]
    public void ReviewRulesSpec_ReadsTheExampleTablesOfEveryConvertedFamily()
    {
        Assert.Equal(["CMP", "CAT", "QNT", "UNIT", "OP", "MNY", "RNG", "DATE", "DUP", "TXT", "SE", "SE form"], ReviewRulesSpec.Examples.Select(e => e.Family).Distinct());
        Assert.All(ReviewRulesSpec.Declaration, e => Assert.Contains(RuleCatalog.All, r => r.Id == e.RuleId));
        Assert.All([.. ReviewRulesSpec.SelfEvaluation, .. ReviewRulesSpec.SelfEvaluationForm], e => Assert.Matches("^(SE-|CMP-07$)", e.RuleId));
    }

    [Fact]
    public void CleanDeclaration_PassesEveryRule() => Assert.Empty(Clean.Lint());

    [Theory]
    [MemberData(nameof(DeclarationExamples))]
    public void LintProject_SpecExample_RaisesItsRule(string name)
    {
        var e = Example(name);
        AssertRaised(e, Linter.LintProject(DeclarationOf(e), LintContext.Default));
    }

    [Theory]
    [MemberData(nameof(SelfEvaluationExamples))]
    public void Score_SpecExample_RaisesItsRule(string name)
    {
        var e = Example(name);
        var result = ScoredFormOf(e);
        AssertRaised(e, [.. result.AllFindings]);
        var (line, row) = (e.Lines[0], result.Rows[0]);
        if (line["computed"] is { } computed) Assert.Equal(ScoringSpecCases.Number(computed), row.ComputedScore);
        if (line["score"] is { } score) Assert.Equal(ScoringSpecCases.Number(score), row.Score);
    }

    [Theory]
    [MemberData(nameof(SelfEvaluationFormExamples))]
    public void Score_SpecFormExample_RaisesItsRule(string name)
    {
        var e = Example(name);
        AssertRaised(e, Scorer.Score(SelfEvaluationFormOf(e), RuleProfiles.ShDistrict, ScoringMode.Live).Findings);
    }

    /// <summary>A self-evaluation without rows, with the example's funds and printed 执行率.</summary>
    internal static Project SelfEvaluationFormOf(ReviewRulesSpec.Example e)
    {
        var line = e.Lines.Single();
        return Form.Project(Form.Funds(ScoringSpecCases.Number(line["全年预算数"]), ScoringSpecCases.Number(line["全年执行数"]),
            initial: ScoringSpecCases.Number(line["年初预算数"]), printedRate: ScoringSpecCases.Number(line["执行率 printed"]) / 100m));
    }

    private static void AssertRaised(ReviewRulesSpec.Example e, IReadOnlyList<Finding> findings)
    {
        var severity = SeverityOf(e.Severity);
        var hits = findings.Where(f => f.RuleId == e.RuleId && f.Severity == severity).ToList();
        Assert.True(hits.Count > 0, $"{e}: got {string.Join(" | ", findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message}"))}");
    }

    internal static Severity SeverityOf(string code) => code switch
    {
        "E" => Severity.Error,
        "W" => Severity.Warning,
        "I" => Severity.Info,
        _ => throw new InvalidOperationException($"unknown severity {code}"),
    };
}
