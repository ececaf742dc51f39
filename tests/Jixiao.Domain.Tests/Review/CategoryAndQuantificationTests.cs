using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

public class CategoryAndQuantificationTests
{
    internal static readonly Dictionary<string, LintCase> Cases = new()
    {
        ["CAT-01 2024: 成本指标 as a level-2 under 产出 (2023 tree)"] = new(p => p.WithRow(1, i => i with { Level1 = "产出指标", Level2 = "成本指标" }),
            "CAT-01", Severity.Error, "二级指标“成本指标”不属于“产出指标”（上海市区级 2024 年绩效目标申报表）。"),
        ["CAT-02 投诉次数 under 满意度"] = new(p => p.Adding(Row(9, "满意度指标", "服务对象满意度指标", "投诉次数", T.Le(5m, "次", "全年≤5次"))),
            "CAT-02", Severity.Warning, "“投诉次数”与分类“满意度指标/服务对象满意度指标”不符，建议归入“质量指标”。"),
        ["CAT-02 服务费用 under 数量指标"] = new(p => p.Adding(Row(9, "产出指标", "数量指标", "服务费用", T.Qual("控制于预算内"))),
            "CAT-02", Severity.Warning, "“服务费用”与分类“产出指标/数量指标”不符，建议归入“成本指标”。"),
        ["CAT-02 响应及时率 under 质量指标"] = new(p => p.Adding(Row(9, "产出指标", "质量指标", "问题响应及时率", T.Ge(95m, "%"))),
            "CAT-02", Severity.Warning, "“问题响应及时率”与分类“产出指标/质量指标”不符，建议归入“时效指标”。"),
        ["CAT-02 制度健全 under 数量指标"] = new(p => p.Adding(Row(9, "产出指标", "数量指标", "管理制度健全性", T.Qual("健全"))),
            "CAT-02", Severity.Warning, "“管理制度健全性”与分类“产出指标/数量指标”不符，建议归入“可持续影响指标”。"),

        ["QNT-01 5 of 13 quantitative"] = new(p => p.Adding(
                Row(9, "效益指标", "社会效益指标", "服务水平", T.Qual("提升")),
                Row(10, "效益指标", "社会效益指标", "运行状况", T.Qual("正常")),
                Row(11, "效益指标", "社会效益指标", "数据准确性", T.Qual("准确")),
                Row(12, "效益指标", "社会效益指标", "信息公开", T.Qual("公开")),
                Row(13, "产出指标", "质量指标", "档案管理", T.Qual("规范"))),
            "QNT-01", Severity.Warning, "定量指标占比38.46%，低于50%。"),
        ["QNT-02 known kind but word outside the vocabulary"] = new(p => p.WithTarget(6, T.Qual("很棒")),
            "QNT-02", Severity.Warning, "“很棒”不是规范的定性指标值。"),
        ["QNT-03 number in name, bare =100%"] = new(p => p.Adding(Row(9, "产出指标", "数量指标", "覆盖12个街镇", T.Eq(100m, "%", "=100%"))),
            "QNT-03", Severity.Warning, "请将名称中的数值“12”填为指标值。"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void LintProject_FailingCase_Fires(string name) => LintAssert.Check(Cases[name]);

    [Theory]
    [InlineData("产出指标", "数量", "`X` ≡ `X指标`")]
    [InlineData("产出 指标", "数量 指标", "PDF letter spacing")]
    [InlineData("", "数量指标", "blank level-1 is not judged")]
    public void LintProject_Level2LabelVariants_CAT01Silent(string level1, string level2, string reason)
    {
        var p = Clean.WithRow(2, i => i with { Level1 = level1, Level2 = level2 });

        Assert.True(p.Lint().All(f => f.RuleId != "CAT-01"), reason);
    }

    [Fact]
    public void LintProject_Cat02_ReportsIndicatorAndRow()
    {
        // The example of review-rules.md CAT-02, a 满意度 name under 经济效益指标.
        var example = ReviewRulesSpec.Declaration.Single(e => e.RuleId == "CAT-02");
        var (level1, level2, name) = example.Lines[0]["on the form"]!["指标 ".Length..].Split('/') is [var l1, var l2, var n] ? (l1, l2, n) : default;
        var hit = LintAssert.Fires(ReviewRuleExampleTests.DeclarationOf(example).Lint(), "CAT-02", Severity.Warning,
            $"“{name}”与分类“{level1}/{level2}”不符，建议归入“满意度指标”。");

        Assert.Equal((name, 9, "三级指标"), (hit.Indicator, hit.Row, hit.Field));
    }

    [Theory]
    [InlineData(4, false, "4 of 8 = 50 %: at the threshold is enough")]
    [InlineData(3, true, "3 of 8 = 37.5 %: below")]
    public void LintProject_QuantitativeShareEdge_QNT01OnlyBelowThreshold(int quantitative, bool fires, string reason)
    {
        var rows = Clean.Indicators.Select((i, n) => i with { Target = n < quantitative ? T.Ge(1m, "次") : T.Qual("完成") }).ToList();

        var findings = (Clean with { Indicators = rows }).Lint();

        Assert.True(fires == findings.Any(f => f.RuleId == "QNT-01"), reason);
    }

    [Theory]
    [InlineData("2024年10月前安排体检", "a year is a date, not a target")]
    [InlineData("web应用系统iGuardV5防篡改", "a digit inside a product code")]
    public void LintProject_NumberInNameThatIsNoTarget_QNT03Silent(string name, string reason)
    {
        var p = Clean.Adding(Row(9, "产出指标", "质量指标", name, T.Qual("完成")));

        LintAssert.Silent(p.Lint(), "QNT-03");
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void LintProject_EightIndicatorsAtBudgetBand_QNT04Silent()
    {
        var p = Clean.WithFunds(f => f with { ProjectFundsTotal = 5_000_000m, FiscalFunds = 5_000_000m, AnnualRequestTotal = 5_000_000m, CurrentYearAppropriation = 5_000_000m });

        LintAssert.Silent(p.Lint(), "QNT-04");
    }
}
