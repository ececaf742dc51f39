using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// Seed 000 政务信息安全服务项目 (ADR-047): its 概述 gives the whole project 2024 年 8 月-2025 年 7 月 and lists two parts
/// in prose (1、网站群安全服务项目 … 2、等级保护信息安全测评费项目 …), its 五、实施周期 says 2024年6月-2024年10月 (the
/// 测评 window 四、实施方案 describes). review-rules.md's DATE-04 compares statements about the same thing; here each
/// period may be one part's, so the conflict is debatable: a hint, not a warning. Each period against the form dates
/// (DATE-03) stays a warning.
/// </summary>
public class NarrativePartsPeriodTests
{
    private const string Overview = """
        松江区科创服务中心拟于 2024 年 8 月-2025 年 7 月实施政务信息安全服务项目，预算总金额为 59.00 万元。

        1、网站群安全服务项目。主要实施内容为网站安全监控、网站漏洞扫描、网站安全检查、系统漏洞扫描、服务器安全加固。经测算，预算资金约 44.00 万元。

        2、等级保护信息安全测评费项目。主要实施内容为对区电子政务云平台备案为等保三级的系统及区无纸化办公室系统按例完成每年的等保复测工作，预算资金 15.00 万元。
        """;

    [Fact]
    public void Lint_PeriodsOfAProjectInNumberedParts_Date04AtInfo()
    {
        var findings = Clean.WithNarrative(NarrativeSection.Overview, Overview).WithNarrative(NarrativeSection.Period, "2024年6月-2024年10月").Lint();

        LintAssert.Fires(findings, "DATE-04", Severity.Info, "项目说明中实施期间前后不一致；概述分列了多个子项，各期间可能分属不同子项，请确认。");
        Assert.Contains(findings, f => f.RuleId == "DATE-03" && f.Severity == Severity.Warning && f.Message.StartsWith("实施期间2024 年 8 月-2025 年 7 月", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_PeriodsOfAProjectWithOnePart_Date04Warning()
    {
        // The same overview with its parts told as one sentence: two periods of one project contradict each other.
        var onePart = Overview.Replace("\n\n1、", "", StringComparison.Ordinal).Replace("\n\n2、", "", StringComparison.Ordinal);

        var findings = Clean.WithNarrative(NarrativeSection.Overview, onePart).WithNarrative(NarrativeSection.Period, "2024年6月-2024年10月").Lint();

        LintAssert.Fires(findings, "DATE-04", Severity.Warning, "项目说明中实施期间前后不一致。");
    }
}
