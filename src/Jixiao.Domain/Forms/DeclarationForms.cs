using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Text;
using K = Jixiao.Domain.Forms.FieldKind;

namespace Jixiao.Domain.Forms;

/// <summary>
/// The 财政项目支出绩效目标申报表 / 填报表 as printed (forms.md §3–§5). One line per field: key, printed label, kind,
/// place (row, order, value span), typed property, required. Adding a field is adding a line here.
/// </summary>
public static class DeclarationForms
{
    // The classes the spec lists (forms.md §3–§5: seen on the forms, and the 一体化 project classes); declared before the
    // forms that read them. Offered, not enforced: a value outside the list (an import, another district's class) is kept.
    private static readonly string[] NatureChoices = ["经常性项目", "其他经常性项目", "一次性项目"];
    private static readonly string[] CategoryChoices = ["人员类", "公用经费", "其他运转类", "特定目标类"];

    /// <summary>2024 district 申报表 (forms.md §3): six grid columns, label/value pairs.</summary>
    public static FormDefinition District2024 { get; } = new()
    {
        Id = TemplateCatalog.District2024,
        Form = FormKind.DistrictDeclaration,
        Title = "财政项目支出绩效目标申报表",
        Blocks = [new(FormBlocks.Header, null), new(FormBlocks.Funds, "项目资金 (元)"), new(FormBlocks.Goals, "项目绩效目标")],
        Fields =
        [
            F("name", "项目名称", K.Text, Header(1, 1), ProjectFields.Name, required: true) with
            {
                TextKind = TextKind.Name, Synonyms = ["项目支出名称", "专项(项目)名称", "专项名称", "资金名称", "项目(资金)名称", "部门(单位)名称", "部门名称", "部门"],
            },
            Published(F("nature", "项目性质", K.Text, Header(1, 2), ProjectFields.Nature, required: true)) with
            {
                Choices = NatureChoices, Help = "按预算系统中该项目的性质选择，如“其他经常性项目”。",
            },
            Published(F("category", "项目类别", K.Text, Header(1, 3), ProjectFields.Category, required: true)) with
            {
                Choices = CategoryChoices, Help = "按预算一体化的项目分类选择：人员类、运转类（公用经费、其他运转类）或特定目标类。",
            },
            Published(F("supervisingDepartment", "主管部门", K.Text, Header(2, 1), ProjectFields.SupervisingDepartment, required: true)) with
            {
                TextKind = TextKind.Name, Default = FieldDefault.ParentUnit,
                Synonyms = ["主管部门及代码", "主管部门及编码", "主管部门及其编码", "主管部门(单位)", "省级业务主管部门", "主管部门名称及部门预算编码"],
            },
            Published(F("implementingUnit", "实施单位", K.Text, Header(2, 2, span: 3), ProjectFields.ImplementingUnit, required: true)) with
            {
                TextKind = TextKind.Name, Default = FieldDefault.OwnUnit, OpenData = new("implementingUnit", OnSelfEvaluations: true),
                Synonyms = ["实施单位(盖章)", "项目实施单位", "项目单位"],
            },
            Published(F("plannedStart", "计划开始日期", K.Date, Header(3, 1), ProjectFields.PlannedStart, required: true)) with { Default = FieldDefault.YearStart, Synonyms = ["开始日期"] },
            Published(F("plannedEnd", "计划完成日期", K.Date, Header(3, 2, span: 3), ProjectFields.PlannedEnd, required: true)) with { Default = FieldDefault.YearEnd, Synonyms = ["结束日期"] },
            F("projectLead", "项目负责人", K.Text, Header(4, 1, span: 5), FieldBinding.Stored) with { Synonyms = ["项目负责人及电话"] },
            .. DistrictFunds,
            Published(F("overallGoal", "项目总目标", K.Narrative, Goal(1, 2), ProjectFields.OverallGoal)) with
            {
                Synonyms = ["中期目标", "长期目标", "实施周期目标", "总体目标"], Help = "跨年度的项目写整个实施期要达到的目标；只做一年的项目可不填。",
            },
            Published(F("annualGoal", "年度总体目标", K.Narrative, Goal(2, 3), ProjectFields.AnnualGoal, required: true)) with
            {
                Synonyms = ["年度目标", "当年绩效目标", "年度绩效目标"],
                Help = "写清本年度做什么、做到什么程度，如：“全年开展科技政策宣讲 12 场，覆盖企业 300 家，满意度不低于 90%。”",
            },
        ],
        IndicatorColumns = [new(""), new("一级指标"), new("二级指标"), new("三级指标"), new("年度(/项目)指标值", 2)],
        Narrative = DistrictNarrative,
    };

    /// <summary>2021 district 填报表 (forms.md §4): no 项目性质, 项目名称 across three columns, 年度总目标, 年度指标值.</summary>
    public static FormDefinition District2021 { get; } = new()
    {
        Id = TemplateCatalog.District2021,
        Form = FormKind.DistrictFilingForm,
        Title = "财政项目支出绩效目标填报表",
        Blocks = [new(FormBlocks.Header, null), new(FormBlocks.Funds, "项目资金（元）"), new(FormBlocks.Goals, "项目绩效目标")],
        Fields =
        [
            F("name", "项目名称", K.Text, Header(1, 1, span: 3), ProjectFields.Name, required: true) with { TextKind = TextKind.Name },
            F("category", "项目类别", K.Text, Header(1, 2), ProjectFields.Category, required: true) with { Choices = ["经常性项目", "一次性项目"] },
            F("supervisingDepartment", "主管部门", K.Text, Header(2, 1), ProjectFields.SupervisingDepartment, required: true) with { TextKind = TextKind.Name },
            F("implementingUnit", "实施单位", K.Text, Header(2, 2, span: 3), ProjectFields.ImplementingUnit, required: true) with { TextKind = TextKind.Name },
            F("plannedStart", "计划开始日期", K.Date, Header(3, 1), ProjectFields.PlannedStart, required: true),
            F("plannedEnd", "计划完成日期", K.Date, Header(3, 2, span: 3), ProjectFields.PlannedEnd, required: true),
            .. DistrictFunds,
            F("overallGoal", "项目总目标", K.Narrative, Goal(1, 2), ProjectFields.OverallGoal),
            F("annualGoal", "年度总目标", K.Narrative, Goal(2, 3), ProjectFields.AnnualGoal, required: true),
        ],
        IndicatorColumns = [new("绩效指标"), new("一级指标"), new("二级指标"), new("三级指标"), new("年度指标值", 2)],
        Narrative = DistrictNarrative,
    };

    /// <summary>2020 municipal 申报表 (forms.md §5): four grid columns; the text fields across the row.</summary>
    public static FormDefinition Municipal2020 { get; } = new()
    {
        Id = TemplateCatalog.Municipal2020,
        Form = FormKind.MunicipalDeclaration,
        Title = "财政项目支出绩效目标申报表",
        Blocks = [new(FormBlocks.Title, null), new(FormBlocks.Header, null), new(FormBlocks.Funds, "本项目上年度市级财政资金使用情况")],
        Fields =
        [
            Municipal(F("declaringUnit", "申报单位名称：", K.Text, new(FormBlocks.Title, 1, 1), ProjectFields.DeclaringUnit)) with { TextKind = TextKind.Name },
            F("name", "项目名称*：", K.Text, Header(1, 1), ProjectFields.Name, required: true) with { TextKind = TextKind.Name },
            F("category", "项目类别*：", K.Text, Header(1, 2), ProjectFields.Category, required: true) with { Choices = ["经常性专项业务费", "其他一次性项目"] },
            F("plannedStart", "计划开始日期*：", K.Date, Header(2, 1), ProjectFields.PlannedStart, required: true),
            F("plannedEnd", "计划完成日期*：", K.Date, Header(2, 2), ProjectFields.PlannedEnd, required: true),
            Municipal(F("contactName", "联系人*：", K.Text, Header(3, 1), ProjectFields.ContactName, required: true)) with { Synonyms = ["项目联系人"] },
            Municipal(F("contactPhone", "联系电话*：", K.Text, Header(3, 2), ProjectFields.ContactPhone, required: true)),
            Municipal(F("govPurchasedServices", "是否含有政府购买服务：", K.YesNo, Header(4, 1), ProjectFields.GovPurchasedServices), "includesGovPurchasedServices") with { Choices = ["是", "否"] },
            Municipal(F("performanceType", "绩效类型：", K.Text, Header(4, 2), ProjectFields.PerformanceType)),
            F("overview", "项目概况*：", K.Narrative, Header(5, 1, span: 3), FieldBinding.Section(NarrativeSection.Overview), required: true),
            F("basis", "立项依据*：", K.Narrative, Header(6, 1, span: 3), FieldBinding.Section(NarrativeSection.Basis), required: true),
            F("necessity", "项目设立的必要性*：", K.Narrative, Header(7, 1, span: 3), FieldBinding.Section(NarrativeSection.Necessity), required: true) with { Synonyms = ["项目设立必要性"] },
            F("safeguards", "保证项目实施的制度、措施*：", K.Narrative, Header(8, 1, span: 3), FieldBinding.Section(NarrativeSection.Safeguards), required: true),
            F("implementationPlan", "项目实施计划*：", K.Narrative, Header(9, 1, span: 3), FieldBinding.Section(NarrativeSection.ImplementationPlan), required: true),
            F("overallGoal", "总目标及阶段性目标：", K.Narrative, Header(10, 1, span: 3), ProjectFields.OverallGoal),
            F("projectFundsTotal", "项目总预算（元）：", K.Money, Funds(1, 1), ProjectFields.ProjectFundsTotal, required: true),
            F("annualRequestTotal", "项目当年预算（元）：", K.Money, Funds(1, 2), ProjectFields.AnnualRequestTotal, required: true),
            Municipal(F("priorYearBudget", "同名项目上年预算额（元）：", K.Money, Funds(2, 1), ProjectFields.PriorYearBudget), "priorYearBudgetYuan"),
            Municipal(F("priorYearExpenditure", "同名项目上年预算执行数（元）：", K.Money, Funds(2, 2), ProjectFields.PriorYearExpenditure), "priorYearExpenditureYuan"),
        ],
        IndicatorColumns = [new("一级目标"), new("二级目标"), new("三级目标"), new("指标目标值")],
    };

    /// <summary>项目经费情况说明 of the district forms (forms.md §3): seven sections, each under its printed heading.</summary>
    private static NarrativeDefinition DistrictNarrative => new("项目经费情况说明",
    [
        new(NarrativeSection.Overview, "一、项目概述"),
        new(NarrativeSection.Basis, "二、立项依据"),
        new(NarrativeSection.ImplementingEntity, "三、实施主体"),
        new(NarrativeSection.Plan, "四、实施方案"),
        new(NarrativeSection.Period, "五、实施周期"),
        new(NarrativeSection.AnnualBudgetPlan, "六、年度预算安排"),
        new(NarrativeSection.TargetsRef, "七、绩效目标"),
    ]);

    /// <summary>项目资金（元） of both district forms: 项目资金 on the left, 年度资金申请 on the right (value over two columns).</summary>
    private static FieldDefinition[] DistrictFunds =>
    [
        InFunds(F("projectFundsTotal", "项目资金总额", K.Money, Funds(1, 1), ProjectFields.ProjectFundsTotal, required: true), "totalYuan") with
        {
            Synonyms = ["资金总额", "中期预算资金总额", "项目总金额"],
            Help = "项目整个实施期的资金，等于财政资金加其他资金；单位为元，可写 1392000 或 139.2万。",
        },
        InFunds(F("fiscalFunds", "其中：财政资金", K.Money, Funds(2, 1), ProjectFields.FiscalFunds, required: true), "fiscalYuan") with { Synonyms = ["财政拨款", "财政拨款小计"] },
        InFunds(F("otherFunds", "其他资金", K.Money, Funds(4, 1), ProjectFields.OtherFunds), "otherYuan"),
        InFunds(F("annualRequestTotal", "年度资金申请总额", K.Money, Funds(1, 2, span: 2), ProjectFields.AnnualRequestTotal, required: true), "annualRequestYuan") with
        {
            Synonyms = ["当年资金总额", "年度资金总额", "年度预算资金总额", "年度本级预算金额", "年度预算金额"],
            Help = "本年度申请的资金，等于当年财政拨款、上年结转资金与其他资金之和。",
        },
        InFunds(F("currentYearAppropriation", "其中：当年财政拨款", K.Money, Funds(2, 2, span: 2), ProjectFields.CurrentYearAppropriation, required: true), "currentYearAppropriationYuan") with
        {
            Synonyms = ["本年财政拨款"],
        },
        InFunds(F("priorYearCarryover", "上年结转资金", K.Money, Funds(3, 2, span: 2), ProjectFields.PriorYearCarryover), "priorYearCarryoverYuan") with
        {
            Help = "没有结转时填 0。",
        },
        InFunds(F("annualOtherFunds", "其他资金", K.Money, Funds(4, 2, span: 2), ProjectFields.AnnualOtherFunds), "annualOtherYuan") with { Name = "其他资金（年度资金申请）" },
    ];

    private static FieldDefinition F(string key, string label, FieldKind kind, FieldPlace place, FieldBinding binding, bool required = false) =>
        new() { Key = key, Label = label, Kind = kind, Place = place, Binding = binding, Required = required };

    // The named properties the version-1 contracts (open data, CLI JSON) kept from before `fields`: frozen, none added.
    private static FieldDefinition Published(FieldDefinition f) => f with { OpenData = new(f.Key), CliJson = new(f.Key) };

    private static FieldDefinition InFunds(FieldDefinition f, string cliName) =>
        f with { OpenData = new(f.Key, "funds"), CliJson = new(cliName, "funds") };

    // The CLI's `municipal` object: null on a form that prints none of its fields.
    private static FieldDefinition Municipal(FieldDefinition f, string? cliName = null) =>
        f with { CliJson = new(cliName ?? f.Key, "municipal", FormOnly: true) };

    private static FieldPlace Header(int row, int order, int span = 1) => new(FormBlocks.Header, row, order, span);

    private static FieldPlace Funds(int row, int order, int span = 1) => new(FormBlocks.Funds, row, order, span);

    private static FieldPlace Goal(int order, int span) => new(FormBlocks.Goals, 1, order, span);
}
