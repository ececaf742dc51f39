using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

public class PackageAndModeTests
{
    private static Project Second => Clean with { Name = "短信平台月租费" };

    private static UnitPackage Package(params Project[] projects) => new()
    {
        UnitName = "上海市某某服务中心",
        Year = 2024,
        Stated = new StatedSummary(null, projects.Length, projects.Sum(p => p.Funds.ProjectFundsTotal ?? 0m) / 10_000m, 7),
        Projects = projects,
    };

    [Fact]
    public void LintPackage_ConsistentPackage_NoFindings()
    {
        var findings = Linter.LintPackage(Package(Clean, Second), LintContext.Default);

        Assert.True(findings.Count == 0, string.Join(" | ", findings.Select(f => $"{f.RuleId} {f.Message}")));
    }

    [Theory]
    [InlineData(2, 60.00, false, "Σ 600,000.00 = 60.00 万")]
    [InlineData(2, 60.005, false, "50 元 off is within ±50 元")]
    [InlineData(2, 60.0051, true, "51 元 off")]
    [InlineData(2, 32.00, true, "header 32.00 万, Σ 600,000.00")]
    [InlineData(3, 60.00, true, "N = 3, two projects")]
    public void LintPackage_HeaderAgainstProjects_MNY06(int count, double wan, bool fires, string reason)
    {
        var package = Package(Clean, Second) with { Stated = new StatedSummary(null, count, (decimal)wan, 7) };

        var findings = Linter.LintPackage(package, LintContext.Default);

        Assert.True(fires == findings.Any(f => f.RuleId == "MNY-06" && f.Severity == Severity.Error && f.Message == "汇总金额/项目数与明细不符。" && f.Row == 7), reason);
    }

    [Fact]
    public void LintPackage_TwoProjectsSameName_DUP03()
    {
        var hit = LintAssert.Fires(Linter.LintPackage(Package(Clean, Clean with { FormNumber = 2 }), LintContext.Default), "DUP-03", Severity.Error, "项目名称重复。");

        Assert.Equal("设备维护费", hit.Project);
    }

    [Fact]
    public void LintPackage_SameTargetSpelledTwoWays_OP05ListsSpellings()
    {
        var first = Clean.WithTarget(3, T.Ge(95m, "%", ">=95%"));
        var second = Second.WithTarget(3, T.Ge(95m, "%", "大于等于95%"));

        LintAssert.Fires(Linter.LintPackage(Package(first, second), LintContext.Default), "OP-05", Severity.Info, "同义写法不一致：“>=95%”、“大于等于95%”。");
    }

    [Fact]
    public void LintPackage_LatexLeftByPdfConversion_OP05Silent()
    {
        // Seed 000: `全年稳定运行率≥95%` on one form, `全年稳定运行率 $\geq$ 95%` (PDF-to-text) on another.
        var first = Clean.WithTarget(3, T.Ge(95m, "%", "全年稳定运行率≥95%"));
        var second = Second.WithTarget(3, T.Ge(95m, "%", "全年稳定运行率 $\\geq$ 95%"));
        var typed = Second.WithTarget(3, T.Ge(95m, "%", "全年稳定运行率>=95%"));

        LintAssert.Silent(Linter.LintPackage(Package(first, second), LintContext.Default), "OP-05");
        // A typed variant is still reported, and the reviewer never reads the LaTeX.
        var third = Clean with { Name = "政务信息安全服务项目" };
        var hit = Assert.Single(Linter.LintPackage(Package(first, second, third.WithTarget(3, typed.Indicators[2].Target)), LintContext.Default),
            f => f.RuleId == "OP-05");
        Assert.Equal("同义写法不一致：“全年稳定运行率≥95%”、“全年稳定运行率>=95%”。", hit.Message);
    }

    [Fact]
    public void LintPackage_SpellingsDifferOnlyInSpaces_OP05Silent()
    {
        var first = Clean.WithTarget(3, T.Ge(95m, "%", "≥ 95.00 (%)"));

        LintAssert.Silent(Linter.LintPackage(Package(first, Second), LintContext.Default), "OP-05");
    }

    [Fact]
    public void LintPackage_ProjectFindings_FollowUnitFindings()
    {
        var broken = Second.WithFunds(f => f with { FiscalFunds = 1m });

        var findings = Linter.LintPackage(Package(Clean, broken), LintContext.Default);

        var mny01 = LintAssert.Fires(findings, "MNY-01", Severity.Error, "项目资金总额与其构成不符（差299,999.00元）。");
        Assert.Equal("短信平台月租费", mny01.Project);
    }

    [Fact]
    public void LintProject_HistoricalMode_KeepsSeverityButNeverBlocks()
    {
        var p = Clean.WithFunds(f => f with { FiscalFunds = 1m });

        var live = LintAssert.Fires(p.Lint(), "MNY-01", Severity.Error, "项目资金总额与其构成不符（差299,999.00元）。");
        var historical = LintAssert.Fires(p.Lint(LintContext.Default with { Mode = LintMode.Historical }), "MNY-01", Severity.Error, "项目资金总额与其构成不符（差299,999.00元）。");

        Assert.True(live.Blocks);
        Assert.False(historical.Blocks);
        Assert.True(historical.NonBlocking);
    }

    [Fact]
    public void LintProject_UnknownTemplate_TemplateRulesSkippedWithoutThrowing()
    {
        var findings = (Clean with { TemplateId = "XX-UNKNOWN" }).Lint();

        Assert.DoesNotContain(findings, f => f.RuleId is "CAT-01" or "CMP-02");
    }

    [Fact]
    public void LintProject_EmptyProject_ReportsRequiredFieldsWithoutThrowing()
    {
        var empty = new Project { Name = "", Form = FormKind.DistrictDeclaration, TemplateId = "SH-DIST-2024" };

        var findings = empty.Lint();

        LintAssert.Fires(findings, "CMP-01", Severity.Error, "项目名称为必填项。");
        LintAssert.Fires(findings, "CMP-02", Severity.Error, "缺少一级指标“产出指标”。");
    }
}
