using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

public class DatesDuplicatesTextTests
{
    private static readonly LintContext Year2025 = new(LintProfile.Default, FormYear: 2025);

    internal static readonly Dictionary<string, LintCase> Cases = new()
    {
        ["DATE-02 goal header years ≠ dates"] = new(p => p with { OverallGoalYears = (2021, 2022) }, "DATE-02", Severity.Warning, "计划日期与预算年度不符。"),
        ["DATE-03 (2023-2024) in the name"] = new(p => p with { Name = "政务云运营运维项目(2023-2024)" },
            "DATE-03", Severity.Warning, "实施期间(2023-2024)与计划日期2024-01-01–2024-12-31不一致。"),
        ["DATE-04 overview in numbered parts, periods differ (seed 000 政务信息安全服务项目)"] = new(
            p => p.WithNarrative(NarrativeSection.Overview, "拟于 2024 年 8 月-2025 年 7 月实施政务信息安全服务项目。\n1、网站群安全服务项目。\n2、等级保护信息安全测评费项目。")
                .WithNarrative(NarrativeSection.Period, "2024年6月-2024年10月"),
            "DATE-04", Severity.Info, "项目说明中实施期间前后不一致；概述分列了多个子项，各期间可能分属不同子项，请确认。"),
        ["DATE-05 narrative start later than the deadline (seed 6 shape)"] = new(
            p => p.WithNarrative(NarrativeSection.Period, "2024 年 9 月-2025 年 8 月").WithTarget(5, T.Deadline("2024年8月底前", 2024, 8, DeadlineAnchor.EndOfMonthBefore)),
            "DATE-05", Severity.Warning, "时效目标“2024年8月底前”早于项目开始2024-09-01。"),
        ["DATE-05 deadline after the planned end"] = new(p => p.WithTarget(5, T.Deadline("2025年3月前", 2025, 3, DeadlineAnchor.Before)),
            "DATE-05", Severity.Warning, "时效目标“2025年3月前”晚于计划完成日期2024-12-31。"),

        ["DUP-01 same name once whitespace is removed"] = new(p => p.Adding(Row(9, "满意度指标", "服务对象满意度指标", "使用人员 满意度", T.Ge(95m, "%"))),
            "DUP-01", Severity.Error, "三级指标“使用人员满意度”重复。"),
        ["DUP-02 3 × 运维服务费"] = new(p => p with { SubProjects = [new("运维服务费", 100_000m), new("运维服务费", 100_000m), new("运维 服务费", 100_000m)] },
            "DUP-02", Severity.Warning, "子项目名称“运维服务费”重复3次。"),

        ["TXT-01 stale year in the annual goal"] = new(p => p with { AnnualGoal = "2023年底前完成设备巡检12次。" },
            "TXT-01", Severity.Warning, "出现早于预算年度的年份2023。"),
        ["TXT-01 stale deadline target"] = new(p => p.WithTarget(5, T.Deadline("2023年10月前", 2023, 10, DeadlineAnchor.Before)),
            "TXT-01", Severity.Warning, "出现早于预算年度的年份2023。"),
        ["TXT-01 name range without the budget year"] = new(p => p with { Name = "运维项目(2021-2023)" },
            "TXT-01", Severity.Warning, "出现早于预算年度的年份(2021-2023)。"),
        ["TXT-01 stale phrase"] = new(p => p.WithNarrative(NarrativeSection.Overview, "拟于 2024 年 1 月至 2024 年 12 月实施，疫情期间向居民传达防控要求，预算资金约 30.00 万元。"),
            "TXT-01", Severity.Warning, "出现过时表述“疫情期间”。"),
        ["TXT-02 single-year, both goals equal is Info"] = new(p => p with { OverallGoal = p.AnnualGoal },
            "TXT-02", Severity.Info, "年度目标与总目标相同。"),
        ["TXT-03 于2024年完成"] = new(p => p with { AnnualGoal = "本项目于2024年完成,共举办1场大型宣传活动。" }, "TXT-03", Severity.Info, "目标表述为已完成事项。"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void LintProject_FailingCase_Fires(string name) => LintAssert.Check(Cases[name]);

    [Theory]
    [InlineData("根据 2023 年申报情况，合计 30.00 万元。", "history marker before the year")]
    [InlineData("本项目于 2022 年招标立项，合计 30.00 万元。", "history marker after the year")]
    [InlineData("2022年：412.56万元\n2023年：607.98万元\n2024年：30.00万元", "year lines of a multi-year schedule")]
    [InlineData("服务期 2023 年 8 月至 2024 年 8 月，合计 30.00 万元。", "a period reaching into the budget year")]
    [InlineData("支出较 2023 年减少 5%，合计 30.00 万元。", "a comparison with an earlier year")]
    public void LintProject_EarlierYearThatIsNotStale_TXT01Silent(string plan, string reason)
    {
        var findings = Clean.WithNarrative(NarrativeSection.AnnualBudgetPlan, plan).Lint();

        Assert.True(findings.All(f => f.RuleId != "TXT-01"), reason);
    }

    [Fact]
    public void LintProject_DeadlineInStartMonth_DATE05Silent()
    {
        var p = (Clean with { PlannedStart = new DateOnly(2024, 7, 15) }).WithTarget(5, T.Deadline("2024年7月底前", 2024, 7, DeadlineAnchor.EndOfMonthBefore));

        LintAssert.Silent(p.Lint(), "DATE-05");
    }

    [Fact]
    public void LintProject_MonthlyRecurringDeadline_DATE05Silent()
    {
        var p = Clean.WithTarget(5, T.Deadline("每月20日前", null, null, DeadlineAnchor.Before, Recurrence.Monthly));

        LintAssert.Silent(p.Lint(), "DATE-05");
    }

    [Fact]
    public void LintProject_PeriodSameMonthsDifferentDays_DATE03Silent()
    {
        var p = Clean.WithNarrative(NarrativeSection.Period, "2024 年 1 月 6 日至 2024 年 12 月 5 日");

        LintAssert.Silent(p.Lint(), "DATE-03");
    }

    [Fact]
    public void LintProject_Dup01_PointsAtTheSecondRow()
    {
        var hit = LintAssert.Fires(Cases["DUP-01 same name once whitespace is removed"].Mutate(Clean).Lint(), "DUP-01", Severity.Error, "三级指标“使用人员满意度”重复。");

        Assert.Equal(9, hit.Row);
        Assert.Equal("8, 9", hit.Evidence);
    }
}
