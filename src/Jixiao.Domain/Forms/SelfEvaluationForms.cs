using Jixiao.Domain.Projects;
using K = Jixiao.Domain.Forms.FieldKind;

namespace Jixiao.Domain.Forms;

/// <summary>
/// The 财政项目支出绩效自评表 as printed (forms.md §6): header, 项目资金（元） grid, 年度总体目标, indicator grid. The header
/// shows the evaluated declaration's values, so its fields are the declaration's fields by key (same binding, the
/// 自评表's label and place); the rest is the evaluation's own. The layouts, the page, the importers and the API read it.
/// </summary>
public static class SelfEvaluationForms
{
    /// <summary>2023 district 自评表 (seed 004; the same layout in 普陀 2022, 池州 2022, 廊坊 2019).</summary>
    public static FormDefinition District2023 { get; } = new()
    {
        Id = "SH-DIST-SE-2023",
        Form = FormKind.SelfEvaluation,
        Title = "财政项目支出绩效自评表",
        Blocks = [new(FormBlocks.Header, null), new(FormBlocks.Funds, "项目资金（元）"), new(FormBlocks.Goals, "年度总体目标")],
        Fields =
        [
            Declared("name", "项目名称", Header(1, 1, span: 7)),
            Declared("supervisingDepartment", "主管部门", Header(2, 1, span: 3)),
            Declared("implementingUnit", "实施单位", Header(2, 2, span: 3)),
            // 预期目标 is the approved 年度总体目标, copied when the 自评表 starts (and kept as printed on an import); a
            // declaration read on this form (the declared part of an imported 自评表) shows and keeps it as its 年度总体目标.
            Own("expectedGoal", "预期目标", Goal(1, span: 3), e => e.ExpectedGoal, (e, v) => e with { ExpectedGoal = v }, ExpectedGoalSource)
                with { CopiedFrom = ExpectedGoalSource.Key, Synonyms = ["年初设定目标"] },
            Own("actualOutcome", "实际完成情况", Goal(2, span: 4), e => e.ActualOutcome, (e, v) => e with { ActualOutcome = v }, required: true) with
            {
                Synonyms = ["年度总体目标完成情况综述", "年度总体目标完成情况", "全年实际完成情况"],
            },
        ],
        MoneyGrid = new(FormBlocks.Funds,
        [
            // Each row starts from the declaration's 年度资金申请 (the budget year's request, 2020: 项目当年预算).
            new("total", "年度资金总额", e => e.Total, (e, r) => e with { Total = r ?? new(null, null, null) })
            { IsTotal = true, Computed = true, StartsFrom = "annualRequestTotal" },
            new("currentYearAppropriation", "其中：当年财政拨款", e => e.CurrentYearAppropriation, (e, r) => e with { CurrentYearAppropriation = r })
            { StartsFrom = "currentYearAppropriation" },
            new("priorYearCarryover", "上年结转资金", e => e.PriorYearCarryover, (e, r) => e with { PriorYearCarryover = r })
            { StartsFrom = "priorYearCarryover" },
            new("otherFunds", "其他资金", e => e.OtherFunds, (e, r) => e with { OtherFunds = r }) { StartsFrom = "annualOtherFunds" },
        ],
        [
            new("initialBudget", "年初预算数", MoneyGridValue.Money, r => r.InitialBudget),
            new("adjustedBudget", "全年预算数", MoneyGridValue.Money, r => r.AdjustedBudget),
            new("expenditure", "全年执行数", MoneyGridValue.Money, r => r.Expenditure),
            new("weight", "分值", MoneyGridValue.Weight) { OtherRows = "—" },
            new("rate", "执行率", MoneyGridValue.Percent),
            new("score", "得分", MoneyGridValue.Score),
        ]),
        IndicatorColumns =
        [
            new("一级指标") { Key = IndicatorColumnKeys.Level1 },
            new("二级指标") { Key = IndicatorColumnKeys.Level2 },
            new("三级指标") { Key = IndicatorColumnKeys.Name },
            new("年度指标值") { Key = IndicatorColumnKeys.Target },
            new("实际完成值") { Key = IndicatorColumnKeys.Actual },
            new("分值") { Key = IndicatorColumnKeys.Weight },
            new("得分") { Key = IndicatorColumnKeys.Score },
            new("偏差原因分析及改进措施") { Key = IndicatorColumnKeys.DeviationReason },
        ],
    };

    /// <summary>The declaration field 预期目标 starts from (the approved 年度总体目标).</summary>
    private static FieldDefinition ExpectedGoalSource => DeclarationForms.District2024.Field("annualGoal")!;

    /// <summary>The 预期目标 a 自评表 of <paramref name="declared"/> starts with (and shows while it has none of its own).</summary>
    public static string? ExpectedGoalAtStart(Project declared) => ExpectedGoalSource.Text(declared);

    /// <summary>The 自评表's indicator column of <paramref name="key"/> (<see cref="IndicatorColumnKeys"/>).</summary>
    public static IndicatorColumn Column(string key) =>
        District2023.IndicatorColumns.First(c => c.Key == key);

    /// <summary>
    /// The keys of <paramref name="form"/>'s fields the unit enters that are kept by key (<see cref="FieldBinding.Stored"/>, in
    /// <see cref="EvaluationContent.Fields"/>): neither copied from the declaration nor computed.
    /// </summary>
    public static IReadOnlyList<string> KeyedFields(FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Fields.Where(f => f.CopiedFrom is null && !f.Computed && f.Binding == FieldBinding.Stored).Select(f => f.Key).ToList();
    }

    /// <summary>The money grid (never null on this form).</summary>
    public static MoneyGrid Funds => District2023.MoneyGrid!;

    /// <summary>A header field that shows the evaluated declaration's value: the declaration field of that key, printed here.</summary>
    private static FieldDefinition Declared(string key, string label, FieldPlace place) =>
        DeclarationForms.District2024.Fields.First(f => f.Key == key) with
        {
            Label = label,
            Synonyms = [],
            Place = place,
            Required = true,
            CopiedFrom = key,
        };

    private static FieldDefinition Own(string key, string label, FieldPlace place, Func<SelfEvaluation, string?> get,
        Func<SelfEvaluation, string?, SelfEvaluation> set, FieldDefinition? declared = null, bool required = false) => new()
        {
            Key = key,
            Label = label,
            Kind = K.Narrative,
            Place = place,
            Required = required,
            // Without an evaluation the text belongs to the declaration field it stands for (if any), else nowhere.
            Binding = FieldBinding.Text(
                p => p.Evaluation is { } e ? get(e) : declared?.Text(p),
                (p, v) => p.Evaluation is { } e ? p with { Evaluation = set(e, v) } : declared?.Write(p, v) ?? p),
        };

    private static FieldPlace Header(int row, int order, int span) => new(FormBlocks.Header, row, order, span);

    private static FieldPlace Goal(int order, int span) => new(FormBlocks.Goals, 1, order, span);
}

/// <summary>Stable keys of indicator-grid columns (<see cref="IndicatorColumn.Key"/>).</summary>
public static class IndicatorColumnKeys
{
    public const string Level1 = "level1";
    public const string Level2 = "level2";
    public const string Name = "name";
    public const string Target = "target";
    public const string Actual = "actual";
    public const string Weight = "weight";
    public const string Score = "score";
    public const string DeviationReason = "deviationReason";

    /// <summary>指标性质: the comparator of the target, where a form prints it in its own cell (<see cref="Targets.TargetCells"/>).</summary>
    public const string Comparator = "comparator";

    /// <summary>度量单位: the unit of the target, where a form prints it in its own cell.</summary>
    public const string Unit = "unit";
}
