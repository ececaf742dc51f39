using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// A clean 2024 district declaration that every lint rule passes (checked by a test), to be bent one field at a
/// time into a failing case.
/// </summary>
internal static class TestProjects
{
    public static Indicator Row(int ordinal, string level1, string level2, string name, TargetValue target) =>
        new() { Ordinal = ordinal, Level1 = level1, Level2 = level2, Name = name, Target = target };

    public static IReadOnlyList<Indicator> CleanIndicators { get; } =
    [
        Row(1, "成本指标", "经济成本指标", "设备维护成本", T.Le(30m, "万元")),
        Row(2, "产出指标", "数量指标", "设备巡检次数", T.Eq(12m, "次")),
        Row(3, "产出指标", "质量指标", "设备完好率", T.Ge(95m, "%")),
        Row(4, "产出指标", "时效指标", "故障响应时长", T.Le(4m, "小时")),
        Row(5, "产出指标", "时效指标", "年度巡检完成时间", T.Deadline("2024年12月底前", 2024, 12, DeadlineAnchor.EndOfMonthBefore)),
        Row(6, "效益指标", "社会效益指标", "设备运行稳定性", T.Qual("稳定")),
        Row(7, "效益指标", "可持续影响指标", "长效管理制度健全性", T.Qual("健全")),
        Row(8, "满意度指标", "服务对象满意度指标", "使用人员满意度", T.Ge(90m, "%")),
    ];

    public static Dictionary<NarrativeSection, string> CleanNarrative() => new()
    {
        [NarrativeSection.Overview] = "本中心拟于 2024 年 1 月至 2024 年 12 月实施设备维护项目，经测算，预算资金约 30.00 万元。",
        [NarrativeSection.Basis] = "根据单位设备管理制度。",
        [NarrativeSection.ImplementingEntity] = "上海市某某服务中心。",
        [NarrativeSection.Plan] = "按月巡检设备并及时维修。",
        [NarrativeSection.Period] = "2024 年 1 月 1 日—2024 年 12 月 31 日",
        [NarrativeSection.AnnualBudgetPlan] = "设备维护费 20.00 万元；配件购置费 10.00 万元；合计 30.00 万元。",
        [NarrativeSection.TargetsRef] = "见财政项目支出绩效目标申报表。",
    };

    public static Project Clean { get; } = new()
    {
        Name = "设备维护费",
        Form = FormKind.DistrictDeclaration,
        TemplateId = TemplateCatalog.District2024,
        Year = 2024,
        Nature = "其他经常性项目",
        Category = "特定目标类",
        SupervisingDepartment = "上海市某某委员会",
        ImplementingUnit = "上海市某某服务中心",
        PlannedStart = new DateOnly(2024, 1, 1),
        PlannedEnd = new DateOnly(2024, 12, 31),
        Funds = new ProjectFunds
        {
            ProjectFundsTotal = 300_000m,
            FiscalFunds = 300_000m,
            AnnualRequestTotal = 300_000m,
            CurrentYearAppropriation = 300_000m,
            PriorYearCarryover = 0m,
            AnnualOtherFunds = 0m,
        },
        AnnualGoal = "全年开展设备巡检12次，设备完好率达到95%以上。",
        Narrative = CleanNarrative(),
        Indicators = CleanIndicators,
    };

    public static Project WithNarrative(this Project p, NarrativeSection section, string text)
    {
        var narrative = new Dictionary<NarrativeSection, string>(p.Narrative) { [section] = text };
        return p with { Narrative = narrative };
    }

    public static Project WithRow(this Project p, int ordinal, Func<Indicator, Indicator> change) =>
        p with { Indicators = p.Indicators.Select(i => i.Ordinal == ordinal ? change(i) : i).ToList() };

    public static Project WithTarget(this Project p, int ordinal, TargetValue target) => p.WithRow(ordinal, i => i with { Target = target });

    public static Project WithName(this Project p, int ordinal, string name) => p.WithRow(ordinal, i => i with { Name = name });

    public static Project Adding(this Project p, params Indicator[] rows) => p with { Indicators = [.. p.Indicators, .. rows] };

    public static Project WithFunds(this Project p, Func<ProjectFunds, ProjectFunds> change) => p with { Funds = change(p.Funds) };

    public static IReadOnlyList<Finding> Lint(this Project p, LintContext? context = null) =>
        Linter.LintProject(p, context ?? LintContext.Default);
}
