using System.Globalization;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

public class MoneyTests
{
    private static Project Budget(Project p, decimal yuan) => p.WithFunds(f => f with
    {
        ProjectFundsTotal = yuan,
        FiscalFunds = yuan,
        AnnualRequestTotal = yuan,
        CurrentYearAppropriation = yuan,
    });

    internal static readonly Dictionary<string, LintCase> Cases = new()
    {
        ["MNY-03 structured sub-items"] = new(p => p with { SubProjects = [new("设备维护", 125_000m), new("配件", 78_000m), new("耗材", 40_000m)] },
            "MNY-03", Severity.Error, "分项合计243,000.00与总额300,000.00不符。"),
        ["MNY-03 extracted 12.50 + 7.80 + 4.00 vs 250,000.00"] = new(
            p => Budget(p, 250_000m).WithNarrative(NarrativeSection.AnnualBudgetPlan, "设备维护费 12.50 万元；配件购置费 7.80 万元；耗材费 4.00 万元。"),
            "MNY-03", Severity.Warning, "分项合计24.30万元与总额250,000.00元不符。"),
        ["MNY-03 extracted items vs the stated total (seed 6 shape)"] = new(
            p => Budget(p, 15_000m).WithNarrative(NarrativeSection.AnnualBudgetPlan, "根据 2023 年申报情况，初步预算资金需求为 11900 元。其中设备维护合同一年期费用为 9950 元；设备购买 5050 元。"),
            "MNY-03", Severity.Warning, "分项合计15,000.00元与总额11900元不符。"),
        ["MNY-04 year line of the budget year"] = new(
            p => p.WithNarrative(NarrativeSection.AnnualBudgetPlan, "2023年：607.98万元\n2024年：28.00万元"),
            "MNY-04", Severity.Warning, "说明中金额28.00万元与申报表300,000.00不一致。"),
        ["MNY-07 split 70 % + 20 %"] = new(
            p => p.WithNarrative(NarrativeSection.AnnualBudgetPlan, "2024 年计划执行项目总额的 70%，2025 计划执行项目总额的 20%。"),
            "MNY-07", Severity.Warning, "分配比例合计90%，不等于100%。"),
        ["MNY-07 budget-year share of the total ≠ annual request (seed 9 shape)"] = new(
            p => p.WithNarrative(NarrativeSection.AnnualBudgetPlan, "2024 年计划执行项目总额的 70%，2025 计划执行项目总额的 30%。"),
            "MNY-07", Severity.Warning, "比例70%计算结果210,000.00元与300,000.00元不符。"),
        ["MNY-07 split amounts vs request (seed 8 shape)"] = new(
            p => Budget(p, 950_000m).WithRow(1, i => i with { Target = T.Le(95m, "万元") })
                .WithNarrative(NarrativeSection.Overview, "拟于 2024 年 1 月至 2024 年 12 月实施，预算资金约 95.00 万元。")
                .WithNarrative(NarrativeSection.AnnualBudgetPlan, "整个项目预算金额 95.00 万元，由于项目是跨年度，需要支付今年项目费用 95.00 万元的 45.00%即 42.75 万元，上一年度尾款的 30.00%即 49.35 万元。"),
            "MNY-07", Severity.Warning, "分配金额合计92.10万元与申请金额950,000.00元不符。"),
        ["MNY-08 total cost cap above the budget"] = new(p => p.WithTarget(1, T.Le(40m, "万元")), "MNY-08", Severity.Warning, "成本指标与预算不匹配。"),
        ["MNY-08 average cost below the narrative per-head cost"] = new(
            p => p.Adding(Row(9, "成本指标", "经济成本指标", "年人均成本", T.Le(20m, "万", "≤20.00(万)")))
                .WithNarrative(NarrativeSection.AnnualBudgetPlan, "按照技术人员市场预估人均约 24 万元/年；合计 30.00 万元。"),
            "MNY-08", Severity.Warning, "成本指标与预算不匹配。"),
        ["MNY-09 three decimals"] = new(p => p.WithFunds(f => f with { PriorYearCarryover = 0.005m }), "MNY-09", Severity.Error, "金额格式错误。"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void LintProject_FailingCase_Fires(string name) => LintAssert.Check(Cases[name]);

    [Theory]
    [InlineData("设备维护费 12.50 万元；配件购置费 7.80 万元；耗材费 4.69 万元。", 249_900, false, "Σ 24.99 万 vs 249,900: 0 元 off")]
    [InlineData("设备维护费 12.50 万元；配件购置费 7.80 万元；耗材费 4.69 万元。", 250_050, false, "150 元 off, 3 figures × 50 元 = 150 元 tolerance")]
    [InlineData("设备维护费 12.50 万元；配件购置费 7.80 万元；耗材费 4.69 万元。", 250_051, true, "151 元 off, beyond 3 × 50 元")]
    [InlineData("设备维护费 13 万元；配件购置费 12 万元。", 259_999, false, "integer 万元 figures carry 5,000 元 each")]
    [InlineData("设备维护费 13 万元；配件购置费 12 万元。", 260_001, true, "10,001 元 off, beyond 2 × 5,000 元")]
    [InlineData("设备维护费 130000 元；配件购置费 120000 元。", 250_001, true, "元 figures are exact")]
    public void LintProject_ExtractedItemsAtToleranceEdge_MNY03(string plan, int form, bool fires, string reason)
    {
        var p = Budget(Clean, form)
            .WithRow(1, i => i with { Target = T.Le(20m, "万元") })
            .WithNarrative(NarrativeSection.Overview, "本中心拟于 2024 年 1 月至 2024 年 12 月实施设备维护项目。")
            .WithNarrative(NarrativeSection.AnnualBudgetPlan, plan);

        Assert.True(fires == p.Lint().Any(f => f.RuleId == "MNY-03"), reason);
    }

    [Theory]
    [InlineData("预算资金 30.00 万元。", 300_050, false, "2 dp 万元 carries ±50 元")]
    [InlineData("预算资金 30.00 万元。", 300_051, true, "51 元 off")]
    [InlineData("预算资金约 30.00 万元。", 301_500, false, "约 adds 0.5 % (1,500 元) to the 50 元")]
    [InlineData("预算资金约 30.00 万元。", 301_551, true, "beyond 1,550 元")]
    [InlineData("预算资金总额约为 1018 万。", 10_180_000, false, "`万` alone in money context is 万元")]
    [InlineData("总计 330769 元。", 330_800, true, "元 figures are exact")]
    public void LintProject_NarrativeTotalAtToleranceEdge_MNY04(string overview, int form, bool fires, string reason)
    {
        var p = Budget(Clean, form)
            .WithRow(1, i => i with { Target = T.Le(20m, "万元") })
            .WithNarrative(NarrativeSection.Overview, "本中心拟于 2024 年 1 月至 2024 年 12 月实施，" + overview)
            .WithNarrative(NarrativeSection.AnnualBudgetPlan, "按合同分期支付。");

        Assert.True(fires == p.Lint().Any(f => f.RuleId == "MNY-04"), reason);
    }

    [Fact]
    public void LintProject_SubProjectTotalsAndOtherYearTotals_MNY04Silent()
    {
        var p = Clean
            .WithNarrative(NarrativeSection.Overview, "本中心拟于 2024 年 1 月至 2024 年 12 月实施，项目总金额为 90.00 万元，2024 年预算申请资金约 30.00 万元。")
            .WithNarrative(NarrativeSection.AnnualBudgetPlan, "运维服务预测项目总资金为 20 万元。检查服务预测项目资金共计为 10 万元。");

        var findings = p.Lint();

        LintAssert.Silent(findings, "MNY-04");
        LintAssert.Silent(findings, "MNY-03");
    }

    [Theory]
    [InlineData("其中 30%用于支付上一年度的尾款，剩余用于支付新一年度服务合同金额的 70%。", "remainder implied, 30 + 70")]
    [InlineData("2024 年计划执行项目总额的 70%，2025 计划执行项目总额的 30%。", "70 + 30")]
    [InlineData("前 5 项费用总计原则上不超过项目总投资的 10%。", "a single percentage is no split")]
    [InlineData("合同金额 80 万元的 40%即 32 万元用于首付，其余 60%即 48 万元用于尾款。", "P%即B holds")]
    public void LintProject_ConsistentPercentages_MNY07Silent(string plan, string reason)
    {
        // Project total 1,000,000.00, of which 700,000.00 requested for 2024: the 70 % share of the budget year holds.
        var p = Clean.WithFunds(f => f with { ProjectFundsTotal = 1_000_000m, FiscalFunds = 1_000_000m, AnnualRequestTotal = 700_000m, CurrentYearAppropriation = 700_000m })
            .WithNarrative(NarrativeSection.AnnualBudgetPlan, plan);

        Assert.True(p.Lint().All(f => f.RuleId != "MNY-07" || f.Message.StartsWith("分配金额", StringComparison.Ordinal)), reason);
    }

    [Fact]
    public void LintProject_PerUnitCostWithinBudget_MNY08Silent()
    {
        var p = Clean.Adding(Row(9, "成本指标", "经济成本指标", "培训活动成本", T.Le(5m, "万元/场")), Row(10, "产出指标", "数量指标", "培训活动场次", T.Eq(6m, "场")));

        LintAssert.Silent(p.Lint(), "MNY-08");
    }

    [Fact]
    public void LintProject_Mny01_CarriesEvidence()
    {
        // The example of review-rules.md MNY-01: 项目资金总额 and 财政资金 as written there, 其他资金 blank.
        var example = ReviewRulesSpec.Declaration.Single(e => e.RuleId == "MNY-01");
        var (total, fiscal) = (example.Lines[0]["written"]!, example.Lines[1]["written"]!);
        var difference = decimal.Parse(total, NumberStyles.Number, CultureInfo.InvariantCulture) - decimal.Parse(fiscal, NumberStyles.Number, CultureInfo.InvariantCulture);
        var hit = LintAssert.Fires(ReviewRuleExampleTests.DeclarationOf(example).Lint(), "MNY-01", Severity.Error,
            $"项目资金总额与其构成不符（差{difference.ToString("N2", CultureInfo.InvariantCulture)}元）。");

        Assert.Equal($"{total} vs {fiscal} + 0.00", hit.Evidence);
        Assert.Equal("项目资金总额", hit.Field);
        Assert.Equal("设备维护费", hit.Project);
        Assert.Equal($"Total ≠ parts (Δ {difference.ToString("N2", CultureInfo.InvariantCulture)}).", hit.MessageEn);
    }
}
