using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// Projects shaped like the seed declarations (tests/fixtures/seeds 000, 001, 002), narrative sentences copied from
/// them, with the errors a reviewer finds there. Built by hand: the importer is not part of this library.
/// </summary>
public class SeedShapedTests
{
    private static Project Declaration(string name, decimal yuan, IReadOnlyList<Indicator> rows, params (NarrativeSection Section, string Text)[] narrative) => new()
    {
        Name = name,
        Form = FormKind.DistrictDeclaration,
        TemplateId = TemplateCatalog.District2024,
        Year = 2024,
        Nature = "其他经常性项目",
        Category = "其他运转类",
        SupervisingDepartment = "上海市松江区科学技术委员会",
        ImplementingUnit = "上海市松江区科技创新服务中心",
        PlannedStart = new DateOnly(2024, 1, 1),
        PlannedEnd = new DateOnly(2024, 12, 31),
        Funds = new ProjectFunds
        {
            ProjectFundsTotal = yuan,
            FiscalFunds = yuan,
            AnnualRequestTotal = yuan,
            CurrentYearAppropriation = yuan,
            PriorYearCarryover = 0m,
            AnnualOtherFunds = 0m,
        },
        AnnualGoal = "保障系统全年稳定运行12个月。",
        Narrative = narrative.ToDictionary(n => n.Section, n => n.Text),
        Indicators = rows,
    };

    [Fact]
    public void LintProject_ItemisedPlanSumsToOverviewNotToItsOwnTotal_MNY03AndMNY04()
    {
        var p = Declaration("网络信息系统运行与维护", 7_044_200m, CleanIndicators,
            (NarrativeSection.Overview, "该项目包括 14 个子项目。资金预算总额约为 704.42 万元。"),
            (NarrativeSection.Period, "该项目的实施周期为 2024 年 1 月至 2024 年 12 月。"),
            (NarrativeSection.AnnualBudgetPlan, "该项目总预算为 835.74 万元。1. 酷维网站错别字监测系统运维 1.8 万元；2. web 应用系统 iGuardV5 防篡改软件运维 1.61 万元；3. 网站英文版运维 1.5 万元；4. 门户网站智能服务平台、引导式搜索、\n\n千人千网三个平台运维 8.4 万元；5. 门户网站服务器硬件维护 3.78 万元；6. 门户网站升级优化改造运维 12.36 万元；7. 松江区政务协同办公平台运维项目 40.61 万元；8. 区政务外网升级改造（一期）运维 26.61 万元；9. 电子光纤租费约为 160 万元；10. 电子光纤租费其他费用为 97 万元；11. 区政务网互联网出口带宽备线扩容租费 42 万元；12. 区电子政务外网升级优化—OTN 网租用费 85 万元；13. 大数据中心信息化项目等级保护信息安全测评费 56.05 万元；14. 松江区大数据资源平台（运维）167.7 万元。"));

        var findings = p.Lint();

        LintAssert.Fires(findings, "MNY-03", Severity.Warning, "分项合计704.42万元与总额835.74万元不符。");
        LintAssert.Fires(findings, "MNY-04", Severity.Warning, "说明中金额835.74万元与申报表7,044,200.00不一致。");
        Assert.DoesNotContain(findings, f => f.RuleId == "MNY-04" && f.Message.Contains("704.42", StringComparison.Ordinal));
    }

    [Fact]
    public void LintProject_PerHeadCostAboveTheCapWrittenInWan_UNIT02AndMNY08()
    {
        var rows = new[]
        {
            Row(1, "成本指标", "经济成本指标", "年人均成本", T.Quant(Comparator.Le, 20m, "万", "≤20.00(万)", ParseNote.IncompleteUnit)),
            Row(2, "产出指标", "数量指标", "全年线路巡检次数", T.Ge(4m, "次", "≥ 4.00 (次)")),
            Row(3, "满意度指标", "服务对象满意度指标", "用户满意度", T.Ge(90m, "%", "≥ 90.00 (%)")),
        };
        var p = Declaration("大数据与网络信息", 10_180_000m, rows,
            (NarrativeSection.Overview, "该项目包括 4 个子项目，预算资金总额约为 1018 万。"),
            (NarrativeSection.AnnualBudgetPlan, "区政务外网驻场运维服务按照网络技术人员市场预估人均约 20 万元/年，预测项目总资金为 80 万元。\n\n数据安全专项检查包括区大数据中心内部检查，单次 6 万；区级委办局及街道园区检查不少于 13 家，单次 4 万，预测项目资金共计为 58 万。\n\n数据运营服务项目按照技术人员市场预估人均约 24 万元/年，预测项目总资金为 800 万元。"));

        var findings = p.Lint();

        LintAssert.Fires(findings, "UNIT-02", Severity.Warning, "计量单位“万”不完整（万元？万人次？）。");
        Assert.Contains(findings, f => f.RuleId == "MNY-08" && f.Evidence == "≤20.00(万) < 24万元/年");
        LintAssert.Fires(findings, "MNY-03", Severity.Warning, "分项合计938.00万元与总额10,180,000.00元不符。");
        LintAssert.Silent(findings, "MNY-04");
    }

    [Fact]
    public void LintProject_ScheduleTableWithLastYearsDates_TXT01OP01TXT03()
    {
        var rows = new[]
        {
            Row(1, "成本指标", "经济成本指标", "大型宣传活动成本", T.Le(20m, "万元/场")),
            Row(2, "产出指标", "数量指标", "大型宣传活动举办场次", T.Le(1m, "次")),
            Row(3, "产出指标", "数量指标", "政策宣传品制作数量", T.Le(200m, "册")),
            Row(4, "产出指标", "数量指标", "科技金融沙龙组织场次", T.Ge(4m, "场")),
            Row(5, "满意度指标", "服务对象满意度指标", "企业满意度", T.Ge(85m, "%", "$\\geq 85.00\\%$")),
        };
        var p = Declaration("科技金融宣传活动费", 250_000m, rows,
            (NarrativeSection.Overview, "拟于 2024 年 1 月（至 2024 年 12 月）实施科技金融宣传活动项目。经测算，预算资金约 25.00 万元。"),
            (NarrativeSection.AnnualBudgetPlan, "时间\t内容\t金额\n2023 年 6 月前\t组织 1 场大型活动、2 场科技金融沙龙；制作政策宣传书籍\t22.5 万元\n2023 年 11 月前\t2 场科技金融沙龙；制作政策宣传书籍\t2.5 万元")) with
        {
            AnnualGoal = "本项目于2024年完成,共举办1场大型宣传活动、4场科技政策培训。",
        };

        var findings = p.Lint();

        LintAssert.Fires(findings, "TXT-01", Severity.Warning, "出现早于预算年度的年份2023。");
        Assert.Equal([2, 3], findings.Where(f => f.RuleId == "OP-01").Select(f => f.Row));
        LintAssert.Fires(findings, "TXT-03", Severity.Info, "目标表述为已完成事项。");
        LintAssert.Silent(findings, "MNY-03");
        LintAssert.Silent(findings, "MNY-04");
        LintAssert.Silent(findings, "MNY-08");
    }

    [Fact]
    public void LintProject_CrossYearMaintenanceOnCalendarYearForm_DATE03CMP06()
    {
        var p = Declaration("区政务机房软硬件及环境设备维保项目", 868_000m, CleanIndicators,
            (NarrativeSection.Overview, "上海市松江区科技创新服务中心单位拟于2024年8月至2025年7月实施政务机房软硬件及环境设备维保项目，经测算，预算资金约86.80万元。"),
            (NarrativeSection.Period, "2024年8月-2025年7月"),
            (NarrativeSection.AnnualBudgetPlan, "整个项目预算金额 86.80 万，由于项目是跨年度，根据区财政要求以往尾款金额不予结转至下一年度，所以其中 30%用于支付上一年度的尾款，剩余用于支付新一年度服务合同金额的 70%。"));

        var findings = p.Lint();

        LintAssert.Fires(findings, "DATE-03", Severity.Warning, "实施期间2024年8月-2025年7月与计划日期2024-01-01–2024-12-31不一致。");
        LintAssert.Fires(findings, "CMP-06", Severity.Warning, "跨年度项目应填写项目总目标。");
        LintAssert.Silent(findings, "DATE-04");
        LintAssert.Silent(findings, "MNY-04");
        LintAssert.Silent(findings, "MNY-07");
    }

    [Fact]
    public void LintProject_PercentagesOfDifferentBases_MNY07SplitAmountsOnly()
    {
        var p = Declaration("松江区***工程运维项目", 950_000m, CleanIndicators.Where(i => i.Ordinal != 1).ToList(),
            (NarrativeSection.Overview, "拟于 2024 年 7 月 6 日至 2025 年 7 月 5 日实施工程运维项目。"),
            (NarrativeSection.AnnualBudgetPlan, "整个项目预算金额 95.00 万元，由于项目是跨年度，需要支付今年项目费用 95.00 万元的 45.00%即 42.75 万元，上一年度尾款的 30.00%即 49.35 万元。"));

        var findings = p.Lint();

        LintAssert.Fires(findings, "MNY-07", Severity.Warning, "分配金额合计92.10万元与申请金额950,000.00元不符。");
        // 45 % of this year's fee and 30 % of last year's balance are shares of two amounts: they split nothing (issue 18).
        Assert.DoesNotContain(findings, f => f.RuleId == "MNY-07" && f.Message.StartsWith("分配比例", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.RuleId == "MNY-07" && f.Message.StartsWith("比例", StringComparison.Ordinal));
    }

    [Fact]
    public void LintProject_PlanAmountsDisagreeAndDeadlineBeforeStart_MNY03MNY04DATE05()
    {
        var rows = CleanIndicators.Select(i => i.Ordinal == 5 ? i with { Name = "维护（升级）及时性", Target = T.Deadline("2024年8月底前", 2024, 8, DeadlineAnchor.EndOfMonthBefore) } : i)
            .Where(i => i.Ordinal != 1).ToList();
        var p = Declaration("设备更新、维护费（社保卡）", 15_000m, rows,
            (NarrativeSection.Overview, "拟于 2024 年 9 月（至 2025 年 8 月）实施设备更新维护费（社保卡）项目。"),
            (NarrativeSection.Period, "2024 年 9 月-2025 年 8 月"),
            (NarrativeSection.AnnualBudgetPlan, "根据 2023 年申报情况，初步预算资金需求为 11900 元。其中设备维护合同一年期费用为 9950 元；设备购买 5050 元。"));

        var findings = p.Lint();

        LintAssert.Fires(findings, "MNY-03", Severity.Warning, "分项合计15,000.00元与总额11900元不符。");
        LintAssert.Fires(findings, "MNY-04", Severity.Warning, "说明中金额11900元与申报表15,000.00不一致。");
        LintAssert.Fires(findings, "DATE-05", Severity.Warning, "时效目标“2024年8月底前”早于项目开始2024-09-01。");
        LintAssert.Silent(findings, "TXT-01");
    }

    [Fact]
    public void LintProject_ComplaintsUnderSatisfactionAndPandemicWording_CAT02TXT01()
    {
        var rows = CleanIndicators.Append(Row(9, "满意度指标", "服务对象满意度指标", "投诉次数", T.Le(5m, "次", "全年≤5次") with { Scope = "全年" })).ToList();
        var p = Declaration("短信平台月租费", 90_000m, rows,
            (NarrativeSection.Overview, "拟于 2024 年 1 月至 2024 年 12 月实施短信平台月租费项目，疫情期间向居民及时传达疫情防控要求。经测算，预算资金约 9.00 万元。"));

        var findings = p.WithTarget(1, T.Le(9m, "万元")).Lint();

        LintAssert.Fires(findings, "CAT-02", Severity.Warning, "“投诉次数”与分类“满意度指标/服务对象满意度指标”不符，建议归入“质量指标”。");
        // One sentence, one stale statement (issue 18).
        Assert.Equal("出现过时表述“疫情期间”、“疫情防控”。", Assert.Single(findings, f => f.RuleId == "TXT-01").Message);
        LintAssert.Silent(findings, "OP-01");
        LintAssert.Silent(findings, "MNY-04");
    }

    [Fact]
    public void LintProject_MultiYearCloudProject_YearLinesMatchAndPeriodsConflict()
    {
        var p = Declaration("松江区政务云运营运维项目 (2023-2024)", 6_079_800m, CleanIndicators.Where(i => i.Ordinal != 1).ToList(),
            (NarrativeSection.Overview, "拟于 2023 年 8 月至 2024 年 8 月实施松江区电子政务云运营运维项目(2023-2024)，于 2022 年招标立项(服务时间为三年)，项目总金额为 1628.52 万元，2024 年预算申请资金约 607.98 万元。"),
            (NarrativeSection.Period, "2021年8月至2024年8月"),
            (NarrativeSection.AnnualBudgetPlan, "2022年：412.56万元\n\n2023年：607.98万元\n\n2024年：607.98万元"));

        var findings = p.Lint();

        LintAssert.Silent(findings, "MNY-04");
        LintAssert.Silent(findings, "MNY-03");
        LintAssert.Silent(findings, "TXT-01");
        LintAssert.Fires(findings, "DATE-04", Severity.Warning, "项目说明中实施期间前后不一致。");
        // The name's (2023-2024) restates the 概述's 2023 年 8 月至 2024 年 8 月: one fact, one finding (issue 18).
        LintAssert.Fires(findings, "DATE-03", Severity.Warning, "实施期间2023 年 8 月至 2024 年 8 月与计划日期2024-01-01–2024-12-31不一致。");
        Assert.DoesNotContain(findings, f => f.RuleId == "DATE-03" && f.Message.Contains("(2023-2024)", StringComparison.Ordinal));
    }

    [Fact]
    public void LintPackage_ElevenProjectsHeaderRoundedTo2Dp_MNY06Silent()
    {
        decimal[] amounts = [1_443_356m, 90_000m, 250_000m, 868_000m, 880_000m, 15_000m, 30_000m, 950_000m, 750_000m, 6_079_800m, 590_000m];
        var projects = amounts.Select((a, n) => Clean.WithFunds(f => f with { ProjectFundsTotal = a }) with { Name = $"项目{n + 1}" }).ToArray();
        var package = new UnitPackage { Year = 2024, Stated = new StatedSummary(null, 11, 1194.62m, 7), Projects = projects };

        LintAssert.Silent(Linter.LintPackage(package, LintContext.Default), "MNY-06");
    }

    [Fact]
    public void LintPackage_MunicipalSpellingsOfOneTarget_OP05()
    {
        Project Muni(string name, string spelling) => Declaration(name, 1_000_000m,
            [Row(1, "满意度", "满意度", "管理人员满意度", T.Ge(95m, "%", spelling))]) with
        { TemplateId = TemplateCatalog.Municipal2020, Form = FormKind.MunicipalDeclaration };
        var package = new UnitPackage { Year = 2020, Projects = [Muni("集中办公点运维", ">=95%"), Muni("市政大厦运维", "大于等于95%")] };

        LintAssert.Fires(Linter.LintPackage(package, LintContext.Default), "OP-05", Severity.Info, "同义写法不一致：“>=95%”、“大于等于95%”。");
    }
}
