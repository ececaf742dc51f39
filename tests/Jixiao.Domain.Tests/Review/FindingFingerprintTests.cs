using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// A finding's fingerprint (issue 18): the same rule on the same subject stating the same facts keeps it, wherever the
/// row sits and however the message is worded; a changed fact gives another one, so a dismissal lapses.
/// </summary>
public sealed class FindingFingerprintTests
{
    private static readonly Indicator Bandwidth = Row(9, "产出指标", "质量指标", "网络带宽", T.Ge(100m, "MB"));

    private static Finding Unit03(Project p) => Assert.Single(p.Lint(), f => f.RuleId == "UNIT-03");

    [Fact]
    public void Of_RowMovedDown_SameFingerprint()
    {
        var before = Unit03(Clean.Adding(Bandwidth));
        var moved = Clean with { Indicators = [Bandwidth with { Ordinal = 1 }, .. Clean.Indicators.Select(i => i with { Ordinal = i.Ordinal + 1 })] };

        var after = Unit03(moved);

        Assert.NotEqual(before.Row, after.Row);
        Assert.Equal(FindingFingerprint.Of(before), FindingFingerprint.Of(after));
    }

    [Fact]
    public void Of_WordingOrSeverityChanged_SameFingerprint()
    {
        var finding = Unit03(Clean.Adding(Bandwidth));

        var reworded = finding with { Message = "单位“MB”不适合“网络带宽”。", MessageEn = null, Severity = Severity.Info };

        Assert.Equal(FindingFingerprint.Of(finding), FindingFingerprint.Of(reworded));
    }

    [Fact]
    public void Of_StatedFactChanged_NewFingerprint()
    {
        var cost = Row(9, "成本指标", "经济成本指标", "运维成本", T.Le(30m, "次"));
        var times = Unit03(Clean.Adding(cost));
        var pieces = Unit03(Clean.Adding(cost with { Target = T.Le(30m, "个") }));

        Assert.NotEqual(FindingFingerprint.Of(times), FindingFingerprint.Of(pieces));
    }

    [Fact]
    public void Of_OtherSubject_NewFingerprint()
    {
        var first = Unit03(Clean.Adding(Bandwidth));
        var renamed = Unit03(Clean.Adding(Bandwidth with { Name = "出口带宽" }));

        Assert.NotEqual(FindingFingerprint.Of(first), FindingFingerprint.Of(renamed));
    }

    [Fact]
    public void Parse_OwnValue_RoundTrips_OtherTextRefused()
    {
        var fp = FindingFingerprint.Of(Unit03(Clean.Adding(Bandwidth)));

        Assert.Equal(fp, FindingFingerprint.Parse(fp.Value));
        Assert.Null(FindingFingerprint.Parse("UNIT-03"));
        Assert.Null(FindingFingerprint.Parse(fp.Value.ToUpperInvariant()));
    }

    [Fact]
    public void LintProject_RuleSwitchedOff_NoneOfItsFindings()
    {
        var p = Clean.Adding(Bandwidth, Row(10, "产出指标", "数量指标", "培训场次", T.Le(6m, "场")));
        var profile = LintProfile.Default with { OffRules = new HashSet<string> { "UNIT-03" } };

        var findings = p.Lint(new LintContext(profile));

        Assert.Contains(p.Lint(), f => f.RuleId == "UNIT-03");
        Assert.DoesNotContain(findings, f => f.RuleId == "UNIT-03");
        Assert.Contains(findings, f => f.RuleId == "OP-01");
    }
}
