namespace Jixiao.Domain.Disclosure;

/// <summary>A narrative figure with its optional `{比较}` phrase.</summary>
public sealed record ComparedFigure(WanYuanFigure Amount, YearComparison? Comparison);

/// <summary>One `{n}. “{项名称}”科目{A}万元，主要用于…` sentence of the 编制说明.</summary>
public sealed record SubjectAmount(int Ordinal, string SubjectName, WanYuanFigure Amount);

/// <summary>
/// `{Y}年单位预算编制说明`: 支出总额 T, 财政拨款 F (+比较), 一般公共预算 G (+比较), 政府性基金 J, per-科目 amounts.
/// </summary>
public sealed record BudgetStatement(
    WanYuanFigure? TotalExpenditure,
    ComparedFigure? FiscalExpenditure,
    ComparedFigure? GeneralPublicBudget,
    WanYuanFigure? GovernmentFund,
    IReadOnlyList<SubjectAmount> Subjects);

/// <summary>其他相关情况说明 一、“三公”经费 and 二、机关运行经费 (万元).</summary>
public sealed record ThreePublicNarrative(
    ComparedFigure? Total,
    ComparedFigure? OverseasTravel,
    ComparedFigure? Vehicles,
    ComparedFigure? Reception,
    WanYuanFigure? AgencyOperatingExpense,
    bool NoAgencyOperatingStatement);

/// <summary>三、政府采购: `政府采购预算{P}万元，其中：货物{g}、工程{w}、服务{s}万元`.</summary>
public sealed record ProcurementNarrative(
    WanYuanFigure? Total,
    WanYuanFigure? Goods,
    WanYuanFigure? Works,
    WanYuanFigure? Services);

/// <summary>四、绩效目标设置情况: `本单位编报绩效目标的项目共{N}个，涉及项目预算资金{X}万元。`</summary>
public sealed record PerformanceTargetSummary(int ProjectCount, WanYuanFigure Funds, int? Line = null);

/// <summary>The unit's kind as its 主要职能 sentence states it; decides DSC-14.</summary>
public enum UnitKind
{
    Unknown,
    Administrative,
    CivilServiceManagedInstitution,
    PublicInstitution,
}

/// <summary>The narrative parts of the package (disclosure.md §1) as imported; any part may be missing (null).</summary>
public sealed record DisclosureNarrative
{
    /// <summary>The 主要职能 sentence naming the unit type, verbatim.</summary>
    public string? UnitTypeSentence { get; init; }

    public UnitKind UnitKind { get; init; }

    public BudgetStatement? Statement { get; init; }

    public ThreePublicNarrative? ThreePublic { get; init; }

    public ProcurementNarrative? Procurement { get; init; }

    public PerformanceTargetSummary? PerformanceTargets { get; init; }

    /// <summary>五、国有资本经营预算财政拨款情况说明, verbatim.</summary>
    public string? StateCapitalStatement { get; init; }

    public static DisclosureNarrative Empty { get; } = new();

    /// <summary>
    /// The kind named in a sentence like `…为公益一类事业单位。`: 行政单位, 参照公务员法管理 (参公) 事业单位, other
    /// 事业单位, else Unknown.
    /// </summary>
    public static UnitKind KindFromSentence(string? sentence)
    {
        if (string.IsNullOrWhiteSpace(sentence))
        {
            return UnitKind.Unknown;
        }

        if (sentence.Contains("参照公务员法管理", StringComparison.Ordinal) || sentence.Contains("参公", StringComparison.Ordinal))
        {
            return UnitKind.CivilServiceManagedInstitution;
        }

        if (sentence.Contains("行政单位", StringComparison.Ordinal) || sentence.Contains("行政机关", StringComparison.Ordinal))
        {
            return UnitKind.Administrative;
        }

        return sentence.Contains("事业单位", StringComparison.Ordinal) ? UnitKind.PublicInstitution : UnitKind.Unknown;
    }
}
