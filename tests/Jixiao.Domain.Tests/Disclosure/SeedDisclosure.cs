using Jixiao.Domain.Disclosure;

namespace Jixiao.Domain.Tests.Disclosure;

/// <summary>
/// Seed 003 (2021, 上海市松江区科技创新服务中心) typed in by hand from disclosure.md §5 and the printed tables, not
/// from the importer: the reference package the DSC tests mutate.
/// </summary>
internal static class SeedDisclosure
{
    public const string Unit = "上海市松江区科技创新服务中心（上海市松江区大数据中心）";

    private static readonly (string Code, string Name, decimal Total, decimal Basic, decimal Project)[] FunctionRows =
    [
        ("206", "科学技术支出", 17_121_709.56m, 6_530_909.56m, 10_590_800.00m),
        ("20601", "科学技术管理事务", 17_121_709.56m, 6_530_909.56m, 10_590_800.00m),
        ("2060103", "机关服务", 17_121_709.56m, 6_530_909.56m, 10_590_800.00m),
        ("208", "社会保障和就业支出", 1_071_019.94m, 1_071_019.94m, 0m),
        ("20805", "行政事业单位养老支出", 1_071_019.94m, 1_071_019.94m, 0m),
        ("2080502", "事业单位离退休", 13_740.00m, 13_740.00m, 0m),
        ("2080505", "机关事业单位基本养老保险缴费支出", 704_853.29m, 704_853.29m, 0m),
        ("2080506", "机关事业单位职业年金缴费支出", 352_426.65m, 352_426.65m, 0m),
        ("210", "卫生健康支出", 462_559.97m, 462_559.97m, 0m),
        ("21011", "行政事业单位医疗", 462_559.97m, 462_559.97m, 0m),
        ("2101102", "事业单位医疗", 462_559.97m, 462_559.97m, 0m),
        ("221", "住房保障支出", 308_373.32m, 308_373.32m, 0m),
        ("22102", "住房改革支出", 308_373.32m, 308_373.32m, 0m),
        ("2210201", "住房公积金", 308_373.32m, 308_373.32m, 0m),
    ];

    private static readonly (string Code, string Name, decimal Personnel, decimal Operating)[] EconomicRows =
    [
        ("301", "工资福利支出", 7_834_336.13m, 0m),
        ("30101", "基本工资", 836_280.00m, 0m),
        ("30102", "津贴补贴", 123_096.00m, 0m),
        ("30106", "伙食补助费", 259_200.00m, 0m),
        ("30107", "绩效工资", 3_567_397.08m, 0m),
        ("30108", "机关事业单位基本养老保险缴费", 704_853.29m, 0m),
        ("30109", "职业年金缴费", 352_426.65m, 0m),
        ("30110", "职业基本医疗保险缴费", 462_559.97m, 0m), // printed name; the catalogue says 职工基本医疗保险缴费
        ("30112", "其他社会保障缴费", 159_473.06m, 0m),
        ("30113", "住房公积金", 308_373.32m, 0m),
        ("30199", "其他工资福利支出", 1_060_676.76m, 0m),
        ("302", "商品和服务支出", 0m, 491_406.66m),
        ("30201", "办公费", 0m, 254_700.00m),
        ("30211", "差旅费", 0m, 20_000.00m),
        ("30215", "会议费", 0m, 2_500.00m),
        ("30216", "培训费", 0m, 10_000.00m),
        ("30217", "公务接待费", 0m, 3_000.00m),
        ("30228", "工会经费", 0m, 88_106.66m),
        ("30229", "福利费", 0m, 112_320.00m),
        ("30299", "其他商品和服务支出", 0m, 780.00m),
        ("303", "对个人和家庭的补助", 6_120.00m, 0m),
        ("30309", "奖励金", 2_520.00m, 0m),
        ("30399", "其他对个人和家庭的补助支出", 3_600.00m, 0m),
        ("310", "资本性支出", 0m, 41_000.00m),
        ("31002", "办公设备购置", 0m, 41_000.00m),
    ];

    public const decimal Total = 18_963_662.79m;
    public const decimal BasicTotal = 8_372_862.79m;
    public const decimal ProjectTotal = 10_590_800.00m;
    public const decimal PersonnelTotal = 7_840_456.13m;
    public const decimal OperatingTotal = 532_406.66m;

    public static BudgetDisclosure Build() => new()
    {
        Year = 2021,
        UnitName = Unit,
        Summary = Summary(),
        Income = Income(),
        Expense = FunctionTable(DisclosureTableKind.ExpenseByFunction),
        Fiscal = Fiscal(),
        GeneralBudget = FunctionTable(DisclosureTableKind.GeneralBudgetByFunction),
        GovernmentFund = new FunctionExpenseTable(
            Frame(DisclosureTableKind.GovernmentFundByFunction) with
            {
                PreparerLine = "编制部门：" + Unit,
                GroupHeaders = ["一般公共预算支出"],
            },
            [],
            null,
            "本单位无政府性基金预算支出。"),
        BasicByEconomic = Economic(),
        ThreePublic = new ThreePublicTable(
            Frame(DisclosureTableKind.ThreePublic) with { AmountUnitLine = "单位:元" },
            3_000.00m, null, 3_000.00m, null, null, null, null),
        Narrative = Narrative(),
    };

    /// <summary>The seed with its presentation defects (DSC-12, 13, 16) corrected: no finding at all expected.</summary>
    public static BudgetDisclosure BuildClean()
    {
        var d = Build();
        return d with
        {
            Summary = d.Summary! with { Income = d.Summary.Income with { GeneralPublicBudget = Total, GovernmentFund = 0m } },
            GovernmentFund = d.GovernmentFund! with { Print = Frame(DisclosureTableKind.GovernmentFundByFunction) },
            BasicByEconomic = d.BasicByEconomic! with
            {
                Rows = [.. d.BasicByEconomic.Rows.Select(r => r.Code?.Value == "30110" ? r with { Name = "职工基本医疗保险缴费" } : r)],
            },
            ThreePublic = d.ThreePublic! with { Print = Frame(DisclosureTableKind.ThreePublic) },
        };
    }

    public static SubjectCode Code(string digits) =>
        SubjectCode.TryParse(digits, out var c) ? c : throw new ArgumentException(digits, nameof(digits));

    public static TablePrint Frame(DisclosureTableKind kind) => TablePrint.FromTemplate(kind, 2021, Unit);

    private static FinancialSummaryTable Summary() => new(
        Frame(DisclosureTableKind.FinancialSummary),
        new SummaryIncome(Total, null, null, null, null, null, Total),
        [
            new("一、科学技术支出", "科学技术支出", 17_121_709.56m, 6_012_242.90m, 518_666.66m, 10_590_800.00m),
            new("二、社会保障和就业支出", "社会保障和就业支出", 1_071_019.94m, 1_057_279.94m, 13_740.00m, 0m),
            new("三、卫生健康支出", "卫生健康支出", 462_559.97m, 462_559.97m, 0m, 0m),
            new("四、住房保障支出", "住房保障支出", 308_373.32m, 308_373.32m, 0m, 0m),
        ],
        new("支出总计", "支出总计", Total, PersonnelTotal, OperatingTotal, ProjectTotal));

    private static FunctionIncomeTable Income() => new(
        Frame(DisclosureTableKind.IncomeByFunction),
        [.. FunctionRows.Select(r => new FunctionIncomeRow(Code(r.Code), r.Name, r.Total, r.Total, 0m, 0m, 0m))],
        new FunctionIncomeRow(null, "合计", Total, Total, 0m, 0m, 0m));

    private static FunctionExpenseTable FunctionTable(DisclosureTableKind kind) => new(
        Frame(kind),
        [.. FunctionRows.Select(r => new FunctionExpenseRow(Code(r.Code), r.Name, r.Total, r.Basic, r.Project))],
        new FunctionExpenseRow(null, "合计", Total, BasicTotal, ProjectTotal));

    private static FiscalSummaryTable Fiscal() => new(
        Frame(DisclosureTableKind.FiscalSummary),
        new FiscalIncome(Total, null, Total),
        [
            new("一、科学技术支出", "科学技术支出", 17_121_709.56m, 17_121_709.56m, 0m),
            new("二、社会保障和就业支出", "社会保障和就业支出", 1_071_019.94m, 1_071_019.94m, 0m),
            new("三、卫生健康支出", "卫生健康支出", 462_559.97m, 462_559.97m, 0m),
            new("四、住房保障支出", "住房保障支出", 308_373.32m, 308_373.32m, 0m),
        ],
        new("支出总计", "支出总计", Total, Total, 0m));

    private static EconomicBasicTable Economic() => new(
        Frame(DisclosureTableKind.BasicByEconomic),
        [.. EconomicRows.Select(r => new EconomicRow(Code(r.Code), r.Name, r.Personnel + r.Operating, r.Personnel, r.Operating))],
        new EconomicRow(null, "合计", BasicTotal, PersonnelTotal, OperatingTotal));

    public static WanYuanFigure Wan(string text) =>
        WanYuanFigure.TryParse(text, out var f) ? f : throw new ArgumentException(text, nameof(text));

    public static YearComparison Up(string delta) => new(2020, ComparisonDirection.Increase, Wan(delta));

    public static YearComparison Flat() => new(2020, ComparisonDirection.Flat, null);

    private static DisclosureNarrative Narrative() => new()
    {
        UnitTypeSentence = Unit + "为上海市松江区科学技术委员会下属事业单位，经费形式全额拨款，为公益一类事业单位。",
        UnitKind = UnitKind.PublicInstitution,
        Statement = new BudgetStatement(
            Wan("1896.37"),
            new ComparedFigure(Wan("1896.37"), Up("1231.28")),
            new ComparedFigure(Wan("1896.37"), Up("1231.28")),
            Wan("0"),
            [
                new(1, "机关服务", Wan("1712.17")),
                new(2, "事业单位离退休", Wan("1.37")),
                new(3, "机关事业单位基本养老保险缴费支出", Wan("70.49")),
                new(4, "机关事业单位职业年金缴费支出", Wan("35.24")),
                new(5, "事业单位医疗", Wan("46.26")),
                new(6, "住房公积金", Wan("30.84")),
            ]),
        ThreePublic = new ThreePublicNarrative(
            new ComparedFigure(Wan("0.3"), Up("0.3")),
            new ComparedFigure(Wan("0"), Flat()),
            new ComparedFigure(Wan("0"), Flat()),
            new ComparedFigure(Wan("0.3"), Up("0.3")),
            null,
            NoAgencyOperatingStatement: true),
        Procurement = new ProcurementNarrative(Wan("997.33"), Wan("4.60"), Wan("0"), Wan("992.73")),
        PerformanceTargets = new PerformanceTargetSummary(3, Wan("1059.08")),
        StateCapitalStatement = "本部门2021年无国有资本经营预算财政拨款安排的预算。",
    };
}
