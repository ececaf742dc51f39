using Jixiao.Domain.Targets;
namespace Jixiao.Domain.Scoring;

/// <summary>SC-13: formula for an unmet reverse (≤) indicator.</summary>
public enum ReverseFormula
{
    /// <summary>`t ÷ a × w` (template notes, default).</summary>
    TemplateRatio,
    /// <summary>`(1 − (a − t) ÷ t) × w`, 0 from `a ≥ 2t` (vendor).</summary>
    VendorLinear,
}

/// <summary>SC-14: how an `=` target with t ≠ 0 is scored.</summary>
public enum EqualityMode
{
    /// <summary>By the indicator's direction (SC-11).</summary>
    ByDirection,
    /// <summary>`a = t → w`, else `min(a,t) ÷ max(a,t) × w`.</summary>
    Exact,
    /// <summary>Always positive (vendor); the zero-target branch SC-15 still applies.</summary>
    AsPositive,
}

/// <summary>SC-41: what crossing the over-achievement threshold does.</summary>
public enum OverAchievementMode
{
    /// <summary>Full score, but 偏差原因 becomes mandatory.</summary>
    RequireExplanation,
    /// <summary>Score minus <see cref="RuleProfile.OverAchievementDeduction"/>, floor 0.</summary>
    Deduct,
}

/// <summary>SC-02/E1: how the execution rate percentage is rounded for display (the score always uses the exact rate).</summary>
public enum RateDisplayRounding
{
    HalfAwayFromZero,
    /// <summary>Round up to 2 dp (reproduces forms that print 86.19 % for 86.18304 %).</summary>
    Up,
}

/// <summary>SC-02: the budget column the execution rate divides 执行数 by (the role a template's money grid names).</summary>
public enum ExecutionBudget
{
    /// <summary>全年预算数 / 调整后预算数 (default, SC-02).</summary>
    Adjusted,
    /// <summary>年初预算数, for a template that prints its rate on the initial budget.</summary>
    Initial,
}

/// <summary>
/// One level-1 weight pool (SC-01). Level-1 labels listed together share the weight, e.g. 产出 + 成本 = 50 in the
/// 2024 template. Labels compare by <c>IndicatorTemplate.LabelKey</c> (`产出指标` ≡ `产出`).
/// </summary>
public sealed record WeightPool(string Name, IReadOnlyList<string> Level1Labels, decimal Weight);

/// <summary>SC-40: execution rate in [<see cref="MinRate"/>, <see cref="MaxRate"/>) caps the total at <see cref="Cap"/>.</summary>
public sealed record TotalCapBand(decimal MinRate, decimal MaxRate, decimal Cap);

/// <summary>
/// A versioned scoring rule profile (scoring.md §1). Pure data: every source conflict is an option here, never an
/// <c>if</c> on the profile id. A self-evaluation stores <see cref="Id"/> and <see cref="Version"/>.
/// Rates and thresholds are fractions (30 % → 0.30).
/// </summary>
public sealed record RuleProfile
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    /// <summary>Chinese display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>分值 of the 执行率 row (SC-01, 10).</summary>
    public decimal ExecutionWeight { get; init; } = 10m;
    /// <summary>SC-02: what 执行数 is divided by.</summary>
    public ExecutionBudget ExecutionBudget { get; init; } = ExecutionBudget.Adjusted;
    public IReadOnlyList<WeightPool> WeightPools { get; init; } = DefaultPools;

    /// <summary>SC-03: execution score capped at its weight.</summary>
    public bool CapExecutionScore { get; init; } = true;
    /// <summary>SC-50 option (廊坊): execution score rounded to an integer.</summary>
    public bool IntegerExecutionScore { get; init; }
    public RateDisplayRounding RateDisplayRounding { get; init; } = RateDisplayRounding.HalfAwayFromZero;

    public ReverseFormula ReverseFormula { get; init; } = ReverseFormula.TemplateRatio;
    public EqualityMode EqualityMode { get; init; } = EqualityMode.ByDirection;

    /// <summary>SC-41 threshold on d = (a − t) ÷ t.</summary>
    public decimal OverAchievementThreshold { get; init; } = 0.30m;
    public OverAchievementMode OverAchievementMode { get; init; } = OverAchievementMode.RequireExplanation;
    public decimal OverAchievementDeduction { get; init; } = 2m;
    /// <summary>Also check reverse indicators: (t − a) ÷ t ≥ threshold.</summary>
    public bool OverAchievementIncludesReverse { get; init; }

    /// <summary>SC-40 on/off and its bands.</summary>
    public bool CapTotalByExecutionRate { get; init; }
    public IReadOnlyList<TotalCapBand> TotalCapBands { get; init; } = DefaultCapBands;

    /// <summary>SC-42: 偏差原因 mandatory whenever score &lt; weight.</summary>
    public bool DeviationReasonMandatory { get; init; } = true;
    /// <summary>SC-44: rows marked 不适用 are excluded and the total renormalised.</summary>
    public bool NotApplicableRenormalisation { get; init; }
    /// <summary>SC-43: an entered quantitative score may replace the computed one (with 偏差原因, SE-11).</summary>
    public bool AllowQuantOverride { get; init; }
    public MonthBeforeMeans MonthBeforeMeans { get; init; } = MonthBeforeMeans.EndOfMonth;

    /// <summary>The id as stored with a score: `SH-DISTRICT@1`.</summary>
    public string Tag => $"{Id}@{Version}";

    public static IReadOnlyList<WeightPool> DefaultPools { get; } =
    [
        new("产出", ["产出", "成本"], 50m),
        new("效益", ["效益"], 30m),
        new("满意度", ["满意度"], 10m),
    ];

    public static IReadOnlyList<TotalCapBand> DefaultCapBands { get; } =
    [
        new(0.70m, 0.80m, 89m),
        new(0.60m, 0.70m, 79m),
        new(0.50m, 0.60m, 69m),
        new(decimal.MinValue, 0.50m, 59m),
    ];
}
