using Jixiao.Domain.Review.Narrative;

namespace Jixiao.Domain.Tests.Review;

/// <summary>Every amount and period pattern of target-grammar.md §9, plus the seed sentences they come from.</summary>
public class NarrativeExtractionTests
{
    public static TheoryData<string, decimal, decimal, bool, AmountRole, string?, int?, string> SingleAmounts => new()
    {
        // text, 元, print tolerance (元), 约, role, per, year, reason
        { "经测算，预算资金约 25.00 万元。", 250_000m, 50m, true, AmountRole.Total, null, null, "约 + 2 dp 万元 → ±50 元" },
        { "经测算，预算资金约86.80万元。", 868_000m, 50m, true, AmountRole.Total, null, null, "no spaces" },
        { "预算总金额为 59.00 万元。", 590_000m, 50m, false, AmountRole.Total, null, null, "总金额 keyword" },
        { "预算资金总额约为 1018 万。", 10_180_000m, 5_000m, true, AmountRole.Total, null, null, "`万` alone = 万元, integer → ±5,000 元" },
        { "餐费为 9600 元,", 9_600m, 0m, false, AmountRole.Item, null, null, "元 is exact" },
        { "租用费约 115 万元/年；", 1_150_000m, 5_000m, true, AmountRole.PerUnit, "年", null, "rate per year" },
        { "按照市场预估人均约 20 万元/年，", 200_000m, 5_000m, true, AmountRole.PerUnit, "年", null, "per head per year" },
        { "区级委办局检查不少于 13 家，单次 4 万，", 40_000m, 5_000m, false, AmountRole.PerUnit, null, null, "单次 marks a unit price" },
        { "中翻英 1000 元/千字，", 1_000m, 0m, false, AmountRole.PerUnit, "千字", null, "two-character per" },
        { "2023年：607.98万元", 6_079_800m, 50m, false, AmountRole.YearLine, null, 2023, "year line" },
        { "2024 年预算申请资金约 607.98 万元。", 6_079_800m, 50m, true, AmountRole.Total, null, 2024, "year-qualified total" },
        { "1. 酷维网站错别字监测系统运维 1.8 万元；", 18_000m, 500m, false, AmountRole.Item, null, null, "enumerated item, 1 dp → ±500 元" },
        { "(10) 电子光纤租费其他费用预算资金为 97 万元。", 970_000m, 5_000m, false, AmountRole.Item, null, null, "enumerated piece: a total keyword does not make it a total" },
        { "整个项目预算金额 86.80 万，由于项目是跨年度", 868_000m, 50m, false, AmountRole.Total, null, null, "`万` before a comma" },
        { "设备购置费 1,443,356.00 元", 1_443_356m, 0m, false, AmountRole.Item, null, null, "thousands separators" },
        { "总计 330769 元。", 330_769m, 0m, false, AmountRole.Total, null, null, "总计" },
        { "一年 12 次共计 8 万元；", 80_000m, 5_000m, false, AmountRole.Item, null, null, "共计 of one item is not the project total" },
        { "约 0.5 亿元", 50_000_000m, 5_000_000m, true, AmountRole.Item, null, null, "亿元" },
    };

    [Theory]
    [MemberData(nameof(SingleAmounts))]
    public void Extract_SingleAmount_ValueToleranceRole(string text, decimal yuan, decimal tolerance, bool approx, AmountRole role, string? per, int? year, string reason)
    {
        var amount = Assert.Single(NarrativeAmounts.Extract(text));

        Assert.True((yuan, tolerance, approx, role, per, year) == (amount.Yuan, amount.PrintToleranceYuan, amount.Approximate, amount.Role, amount.Per, amount.Year),
            $"{reason}: got {amount}");
    }

    [Theory]
    [InlineData("每月发送量 2 万条，", "万条 is a count")]
    [InlineData("不少于 4 人的驻场服务团队", "people")]
    [InlineData("2024 年 8 月至 2025 年 7 月", "dates")]
    [InlineData("达到 100%", "percent")]
    [InlineData("", "empty text")]
    public void Extract_NoMoney_Empty(string text, string reason) => Assert.True(NarrativeAmounts.Extract(text).Count == 0, reason);

    [Fact]
    public void Extract_ToleranceWithApprox_AddsProfileFraction()
    {
        var amount = Assert.Single(NarrativeAmounts.Extract("预算资金约 30.00 万元"));

        Assert.Equal(50m + 1_500m, amount.Tolerance(0.005m));
    }

    [Fact]
    public void Extract_ItemisedSeedSentence_TotalThenItems()
    {
        const string text = "该项目总预算为 835.74 万元。1. 酷维网站错别字监测系统运维 1.8 万元；2. web 应用系统 iGuardV5 防篡改软件运维 1.61 万元；9. 电子光纤租费约为 160 万元；14. 松江区大数据资源平台（运维）167.7 万元。";

        var amounts = NarrativeAmounts.Extract(text);

        Assert.Equal([AmountRole.Total, AmountRole.Item, AmountRole.Item, AmountRole.Item, AmountRole.Item], amounts.Select(a => a.Role));
        Assert.Equal([8_357_400m, 18_000m, 16_100m, 1_600_000m, 1_677_000m], amounts.Select(a => a.Yuan));
        Assert.True(amounts[3].Approximate);
    }

    [Fact]
    public void Extract_InlineItemsAndTotal_TotalRecognisedByKeyword()
    {
        var amounts = NarrativeAmounts.Extract("非编人员工资为 319369 元,餐费为 9600 元,体检费为 1800 元,总计 330769 元。");

        Assert.Equal([AmountRole.Item, AmountRole.Item, AmountRole.Item, AmountRole.Total], amounts.Select(a => a.Role));
        Assert.Equal(330_769m, amounts.Where(a => a.Role == AmountRole.Item).Sum(a => a.Yuan));
    }

    [Theory]
    [InlineData("需要支付今年项目费用 95.00 万元的 45.00%即 42.75 万元", 950_000.0, 45.0, 427_500.0, "{A} 万元的 {P}%即 {B} 万元")]
    [InlineData("上一年度尾款的 30.00%即 49.35 万元", null, 30.0, 493_500.0, "base is not a figure")]
    [InlineData("合同金额 80 万元的 40%即 30 万元", 800_000.0, 40.0, 300_000.0, "integer figures")]
    public void ExtractPercentStatements_Pattern_BasePercentResult(string text, double? baseYuan, double percent, double result, string reason)
    {
        var s = Assert.Single(NarrativeAmounts.ExtractPercentStatements(text));

        Assert.True(((decimal?)baseYuan, (decimal)percent, (decimal)result) == (s.Base?.Yuan, s.Percent, s.Result.Yuan), reason);
    }

    [Theory]
    [InlineData("其中 30%用于支付上一年度的尾款，剩余用于支付新一年度服务合同金额的 70%。", new[] { 30.0, 70.0 }, true)]
    [InlineData("2024 年计划执行项目总额的 70%，2025 计划执行项目总额的 30%。", new[] { 70.0, 30.0 }, false)]
    [InlineData("响应及时率应达到 100%；", new double[0], false)]
    public void ExtractShares_BudgetPlan_PercentsAndRemainder(string text, double[] percents, bool remainder)
    {
        var split = NarrativeAmounts.ExtractShares(text);

        Assert.Equal(percents.Select(p => (decimal)p), split.Percents);
        Assert.Equal(remainder, split.RemainderImplied);
    }

    [Fact]
    public void ExtractShares_YearPerClause_YearWithOrWithout年()
    {
        var split = NarrativeAmounts.ExtractShares("2024 年计划执行项目总额的 70%，2025 计划执行项目总额的 30%。");

        Assert.Equal([new ShareMention(70m, 2024) { Base = "项目总额" }, new ShareMention(30m, 2025) { Base = "项目总额" }], split.Shares);
    }

    [Fact]
    public void ExtractQuantityPrice_QTimesP_StatedAmountOfTheSentence()
    {
        var s = Assert.Single(NarrativeAmounts.ExtractQuantityPrice("配备驻场人员 3 人 × 18 万元/年，共计 60 万元。另购置设备 5 万元。"));

        Assert.Equal((3m, "人", 180_000m, "年", 600_000m), (s.Quantity, s.Noun, s.UnitPrice.Yuan, s.UnitPrice.Per, s.Stated!.Yuan));
    }

    public static TheoryData<string, DateOnly, DateOnly, string> Periods => new()
    {
        { "松江区科技创新服务中心拟于 2024 年 1 月（至 2024 年 12 月）实施", new(2024, 1, 1), new(2024, 12, 31), "（至 … ）" },
        { "拟于 2024 年 8 月至 2025 年 7 月实施", new(2024, 8, 1), new(2025, 7, 31), "至" },
        { "2024年8月-2025年7月", new(2024, 8, 1), new(2025, 7, 31), "hyphen, no spaces" },
        { "拟于 2024 年 7 月 6 日至 2025 年 7 月 5 日实施", new(2024, 7, 6), new(2025, 7, 5), "days" },
        { "2024 年 1 月 1 日—2024 年 12 月 31 日", new(2024, 1, 1), new(2024, 12, 31), "em dash" },
        { "拟于 2024 年 8 月-2025 年 7 月实施", new(2024, 8, 1), new(2025, 7, 31), "spaced hyphen" },
        { "2024 年 2 月至 4 月", new(2024, 2, 1), new(2024, 4, 30), "end without a year: same year" },
        { "2024 年 1 月至 2024 年 2 月", new(2024, 1, 1), new(2024, 2, 29), "leap February" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void ExtractPeriods_Pattern_MonthStartIsDay1MonthEndIsLastDay(string text, DateOnly start, DateOnly end, string reason)
    {
        var p = Assert.Single(NarrativePeriods.Extract(text));

        Assert.True((start, end, false) == (p.Start, p.End, p.YearsOnly), $"{reason}: got {p}");
    }

    [Theory]
    [InlineData("松江区政务云运营运维项目 (2023-2024)", 2023, 2024, "name range")]
    [InlineData("项目总目标（2021 年- 2021年）", 2021, 2021, "goal header")]
    public void ExtractYearRanges_Pattern_WholeYears(string text, int from, int to, string reason)
    {
        var p = Assert.Single(NarrativePeriods.ExtractYearRanges(text));

        Assert.True((new DateOnly(from, 1, 1), new DateOnly(to, 12, 31), true) == (p.Start, p.End, p.YearsOnly), reason);
    }

    [Theory]
    [InlineData("2024 年 13 月至 2025 年 2 月", "month 13")]
    [InlineData("2024 年 2 月 30 日至 2024 年 3 月", "February 30")]
    [InlineData("于6月-10月期间", "no year")]
    [InlineData("2024 年 10 月底前", "a deadline, not a period")]
    public void ExtractPeriods_InvalidOrIncomplete_NoneAndNoThrow(string text, string reason) =>
        Assert.True(NarrativePeriods.Extract(text).Count == 0, reason);
}
