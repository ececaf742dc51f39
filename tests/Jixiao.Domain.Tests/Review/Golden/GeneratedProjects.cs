using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Review.Golden;

/// <summary>
/// A deterministic builder (System.Random with a fixed seed is stable across runtimes) of declarations, self-evaluations
/// and unit packages assembled from seed-shaped pieces: every narrative extractor path (enumerated items, `约`,
/// per-unit prices, `q × p`, `P%即B`, shares, year lines, periods, year ranges), stale years and phrases, typos,
/// duplicates, placeholders, label cells and wrong categories. The pieces are drawn at random so that rules meet
/// in combinations nobody wrote by hand.
/// </summary>
internal static class GeneratedProjects
{
    private static readonly string[] Names =
    [
        "设备维护费", "网络信息系统运行与维护", "松江区政务云运营运维项目(2023-2024)", "科技创新券兑付（2021 年- 2021年）",
        "ＡＢＣ 系统 运维", "疫情防控物资采购", "区级 档案数字化", "综合执法 装备 购置（2024-2025）", "设备维护费",
    ];

    private static readonly (string L1, string L2, string Name, string Target)[] Rows =
    [
        ("成本指标", "经济成本指标", "设备维护成本", "≤30万元"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤2000元/人"),
        ("成本指标", "经济成本指标", "单次 检测 成本", "≤4万/次"),
        ("成本指标", "经济成本指标", "项目总成本", "≤900万元"),
        ("成本指标", "社会成本指标", "平均运维单价", "≤ 15 万"),
        ("产出指标", "数量指标", "设备巡检次数", "=12次"),
        ("产出指标", "数量指标", "培训人次", "≥50人"),
        ("产出指标", "数量指标", "培训场次", "≤6场"),
        ("产出指标", "数量指标", "检测次数", "≥25次"),
        ("产出指标", "数量指标", "宣传资料份数", "≥200份"),
        ("产出指标", "数量指标", "网络带宽", "≥100MB"),
        ("产出指标", "数量指标", "服务覆盖 人数", "≥3万"),
        ("产出指标", "质量指标", "设备完好率", "≥95%"),
        ("产出指标", "质量指标", "验收合格率", "=100%"),
        ("产出指标", "质量指标", "故障修复率", "≥98%"),
        ("产出指标", "质量指标", "投诉次数", "≥1次"),
        ("产出指标", "质量指标", "差错率", "≤100%"),
        ("产出指标", "质量指标", "资料完整", "完整"),
        ("产出指标", "质量指标", "系统稳定运行率99%", "=100%"),
        ("产出指标", "时效指标", "故障响应时长", "≤4小时"),
        ("产出指标", "时效指标", "年度巡检完成时间", "2024年12月底前"),
        ("产出指标", "时效指标", "项目启动时间", "2023年6月底前"),
        ("产出指标", "时效指标", "验收完成时间", "2025年3月前"),
        ("产出指标", "时效指标", "及时 处理", "及时"),
        ("产出指标", "数量指标", "设备采购及时", "按时完成"),
        ("效益指标", "社会效益指标", "设备运行稳定性", "稳定"),
        ("效益指标", "社会效益指标", "群众满意度", "≥90%"),
        ("效益指标", "可持续影响指标", "长效管理制度健全性", "建全"),
        ("效益指标", "可持续影响指标", "管理制度建设", "健全有效"),
        ("效益指标", "社会效益指标", "事故发生率", "≥0"),
        ("效益指标", "经济效益指标", "节约成本", "有所降低"),
        ("效益指标", "社会效益指标", "数量", "提升"),
        ("满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意率", "=95%"),
        ("满意度指标", "服务对象满意度指标", "投诉处理及时率", "≥ 95 %"),
        ("满意度指标", "数量指标", "满意度调查", "≥1次"),
        ("产出指标", "服务对象满意度指标", "费用控制", "≤0万元"),
        ("", "", "", ""),
        ("产出指标", "数量指标", "", ""),
        ("效益指标", "生态效益指标", "", ""),
        ("产出指标", "数量指标", "数量指标", "≥1项"),
        ("产出指标", "质量指标", "网速", "≥1000MB"),
    ];

    private static readonly string[] Overviews =
    [
        "本中心拟于 2024 年 1 月至 2024 年 12 月实施设备维护项目，经测算，预算资金约 30.00 万元。",
        "该项目包括 14 个子项目。资金预算总额约为 704.42 万元。",
        "项目实施期间为 2023 年 8 月-2024 年 7 月，总预算 120 万元，其中 2024 年预算申请资金约 60.00 万元。",
        "本项目为疫情防控期间延续项目，2022 年招标立项，根据 2023 年申报情况，合计 330769 元。",
        "预计聘用 3 人 × 18 万元/年，共计 60 万元。单次检测 4 万元，每场培训 5000 元。",
        "2024年：607.98万元\n2025年：412.56万元\n总计 1020.54 万元",
        "（1）设备购买 5050 元；（2）软件升级 2.5 万元；（3）人员培训 1.2 万元。",
        "已完成一期建设，于2023年完成验收。该项目资金共计 95.00 万元的 45.00%即 42.75 万元。",
        "",
        "十三五 期间 建成 平台 ",
    ];

    private static readonly string[] BudgetPlans =
    [
        "设备维护费 20.00 万元；配件购置费 10.00 万元；合计 30.00 万元。",
        "该项目总预算为 835.74 万元。1. 酷维网站错别字监测系统运维 1.8 万元；2. 网站英文版运维 1.5 万元；3. 门户网站服务器硬件维护 3.78 万元；4. 电子光纤租费约为 160 万元。",
        "2024 年计划执行项目总额的 70%，2025 计划执行项目总额的 30%。",
        "其中 60%用于设备采购，40%用于运维，剩余用于应急。",
        "上一年度尾款的 30.00%即 49.35 万元；本年度 95.00 万元的 45.00%即 42.75 万元。",
        "①人员经费 2 人 × 12 万元/年，共计 25 万元；②办公费 3 万元。",
        "一是购置设备 10 万元；二是运维服务 8.5 万元；总金额 18.5 万元。",
        "项目总投资 1,443,356.00 元，其中：硬件 1,000,000.00 元，软件 443,356.00 元",
        "按 1000 元/千字 计算，约 3 万字，合计约 3 万元",
        "2023年：12.00万元；2024年：30.00万元。资金需求约为 42 万元",
        "预算金额 1.2 亿元，人均约 20 万元/年。",
        "按排 经费 10 万元，",
    ];

    private static readonly string[] Periods =
    [
        "2024 年 1 月 1 日—2024 年 12 月 31 日",
        "2024年1月-2024年12月",
        "2023年8月至2025年7月",
        "2024 年 3 月（至 2024 年 11 月）",
        "2024年2月-12月底",
        "一年",
        "2024年13月-2024年14月",
    ];

    private static readonly string[] Goals =
    [
        "保障系统全年稳定运行12个月。",
        "完成设备维护，提升服务水平",
        "已建成区级平台，帐户管理规范。",
        "2022 年完成一期，2024 年完成二期建设，覆盖 3 万人次。",
        "疫情期间保障物资供应",
        "于 2023 年度完成验收",
        "",
        "  ",
    ];

    private static readonly string[] Others =
    [
        "根据单位设备管理制度。", "按月巡检设备并及时维修。", "见财政项目支出绩效目标申报表。", "上海市某某服务中心",
        "详见单位的项目绩效目标表", "培训 50 人次，开展 6 场，发放 200 份资料，服务 3 人\t合计", "布署 安全 措施；", "短",
    ];

    private static readonly string[] Templates =
        [TemplateCatalog.District2024, TemplateCatalog.District2024, TemplateCatalog.District2023, TemplateCatalog.District2021, TemplateCatalog.Municipal2020, "UNKNOWN"];

    private static readonly FormKind[] Forms =
    [
        FormKind.DistrictDeclaration, FormKind.DistrictDeclaration, FormKind.DistrictDeclaration, FormKind.DistrictFilingForm,
        FormKind.MunicipalDeclaration, FormKind.SelfEvaluation,
    ];

    private static readonly string[] Actuals = ["12次", "96%", "完成", "", "2024年11月", "是", "85人"];

    public static IReadOnlyList<Project> Projects(int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(i => Project(rng, i)).ToList();
    }

    public static IReadOnlyList<UnitPackage> Packages(int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var projects = Enumerable.Range(0, rng.Next(1, 5)).Select(n => Project(rng, i * 10 + n)).ToList();
            var total = projects.Sum(p => p.Funds.AnnualRequestTotal ?? p.Funds.ProjectFundsTotal ?? 0m);
            return new UnitPackage
            {
                UnitName = "上海市某某单位",
                Year = rng.Next(3) == 0 ? null : 2024,
                Stated = rng.Next(3) == 0 ? null : new StatedSummary(null, projects.Count + rng.Next(-1, 2), Math.Round(total / 10_000m, 2) + rng.Next(-1, 2), 7),
                Projects = projects,
            };
        }).ToList();
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static decimal? Money(Random rng) => rng.Next(8) == 0 ? null : Pick(rng, [300_000m, 7_044_200m, 600_000m, 330_769m, 1_443_356m, 12.345m, -5m, 420_000m, 6_000_000m]);

    private static Project Project(Random rng, int index)
    {
        var form = Pick(rng, Forms);
        var year = Pick(rng, [2024, 2024, 2023, 2025]);
        var rows = Enumerable.Range(0, rng.Next(0, 16)).Select(n => Row(rng, n + 1, form)).ToList();
        var narrative = new Dictionary<NarrativeSection, string>();
        if (rng.Next(5) > 0)
        {
            Put(narrative, NarrativeSection.Overview, Pick(rng, Overviews) + (rng.Next(3) == 0 ? Pick(rng, Overviews) : ""));
            Put(narrative, NarrativeSection.Basis, Pick(rng, Others));
            Put(narrative, NarrativeSection.ImplementingEntity, Pick(rng, Others));
            Put(narrative, NarrativeSection.Plan, Pick(rng, Others) + Pick(rng, Others));
            Put(narrative, NarrativeSection.Period, Pick(rng, Periods));
            Put(narrative, NarrativeSection.AnnualBudgetPlan, Pick(rng, BudgetPlans) + (rng.Next(3) == 0 ? Pick(rng, BudgetPlans) : ""));
            Put(narrative, NarrativeSection.TargetsRef, Pick(rng, Others));
            if (form == FormKind.MunicipalDeclaration || rng.Next(4) == 0)
            {
                Put(narrative, NarrativeSection.Necessity, Pick(rng, Others));
                Put(narrative, NarrativeSection.Safeguards, Pick(rng, Others));
                Put(narrative, NarrativeSection.ImplementationPlan, Pick(rng, Periods) + Pick(rng, Goals));
            }
        }

        var funds = Money(rng);
        var subProjects = Enumerable.Range(0, rng.Next(0, 4))
            .Select(n => new SubProject(Pick(rng, ["硬件", "软件", "硬 件", "ＡＢ", ""]), Pick(rng, [100_000m, 200_000m, (decimal?)null, 0.001m])))
            .ToList();
        return new Project
        {
            Name = Pick(rng, Names),
            Form = form,
            TemplateId = Pick(rng, Templates),
            Year = rng.Next(10) == 0 ? null : year,
            FormNumber = index,
            Nature = rng.Next(10) == 0 ? null : "其他经常性项目",
            Category = rng.Next(10) == 0 ? " " : "特定目标类",
            SupervisingDepartment = "上海市某某委员会",
            ImplementingUnit = rng.Next(10) == 0 ? null : "上海市某某服务中心",
            PlannedStart = rng.Next(8) == 0 ? null : Pick(rng, [new DateOnly(year, 1, 1), new DateOnly(year - 1, 8, 1), new DateOnly(year, 3, 1), new DateOnly(year + 1, 1, 1)]),
            PlannedEnd = rng.Next(8) == 0 ? null : Pick(rng, [new DateOnly(year, 12, 31), new DateOnly(year + 1, 7, 31), new DateOnly(year, 11, 30), new DateOnly(year - 1, 2, 1)]),
            Funds = new ProjectFunds
            {
                ProjectFundsTotal = rng.Next(4) == 0 ? Money(rng) : funds,
                FiscalFunds = funds,
                OtherFunds = rng.Next(4) == 0 ? 0m : null,
                AnnualRequestTotal = rng.Next(3) == 0 ? Money(rng) : funds,
                CurrentYearAppropriation = funds,
                PriorYearCarryover = rng.Next(2) == 0 ? 0m : Money(rng),
                AnnualOtherFunds = 0m,
            },
            SubProjects = subProjects,
            OverallGoal = rng.Next(3) == 0 ? null : Pick(rng, Goals),
            OverallGoalYears = rng.Next(4) == 0 ? (year, year + rng.Next(0, 2)) : null,
            AnnualGoal = Pick(rng, Goals),
            Narrative = narrative,
            NarrativeTitle = rng.Next(3) == 0 ? Pick(rng, ["项目经费情况说明 8 松江区***工程运维项目 (2024-2025) 运维项目", "项目经费情况说明"]) : null,
            Indicators = rows,
            Evaluation = form == FormKind.SelfEvaluation
                ? new SelfEvaluation { Total = new FundRow(100_000m, 100_000m, 90_000.5m), ActualOutcome = rng.Next(2) == 0 ? "" : "已完成" }
                : null,
        };
    }

    private static void Put(Dictionary<NarrativeSection, string> narrative, NarrativeSection section, string text)
    {
        if (text.Length > 0) narrative[section] = text;
    }

    private static Indicator Row(Random rng, int ordinal, FormKind form)
    {
        var (l1, l2, name, target) = Pick(rng, Rows);
        if (rng.Next(12) == 0) (l1, l2) = (l2, l1);
        if (rng.Next(15) == 0) l1 = "";
        var parsed = TargetParser.Parse(target);
        return new Indicator
        {
            Level1 = l1,
            Level2 = l2,
            Name = name,
            Target = parsed,
            Actual = form == FormKind.SelfEvaluation && rng.Next(4) > 0 ? TargetParser.ParseActual(Pick(rng, Actuals)) : null,
            Direction = rng.Next(10) == 0 ? Pick(rng, [Direction.Positive, Direction.Reverse]) : null,
            Ordinal = ordinal,
        };
    }
}
