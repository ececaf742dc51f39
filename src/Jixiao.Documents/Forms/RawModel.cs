using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Forms;

/// <summary>What kind of project forms a document holds.</summary>
public enum FormDocumentKind
{
    None,
    Declaration,
    SelfEvaluation,
}

/// <summary>
/// One indicator row as read from the form, all texts verbatim (targets/actuals are parsed later by the
/// caller's delegates). <see cref="Level1"/>/<see cref="Level2"/> are the template's category names when the
/// printed labels resolved, else the printed label (or null when none was printed or carried down).
/// </summary>
public sealed record RawIndicator
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    /// <summary>True when both categories resolved against the form's template.</summary>
    public bool CategoriesResolved { get; init; }
    public string Name { get; init; } = "";
    public string? TargetText { get; init; }
    public string? ActualText { get; init; }
    public string? WeightText { get; init; }
    public decimal? Weight { get; init; }
    public string? ScoreText { get; init; }
    public decimal? Score { get; init; }
    public string? DeviationReason { get; init; }
    public int Ordinal { get; init; }
    public int SourceLine { get; init; }
}

/// <summary>A money cell: printed text and its value in 元 (null when blank or unreadable).</summary>
public sealed record RawMoney(string? Text, decimal? Value);

/// <summary>The seven 项目资金 cells (district forms) or 项目总预算/项目当年预算 (2020 municipal).</summary>
public sealed record RawFunds
{
    public RawMoney? ProjectFundsTotal { get; init; }
    public RawMoney? FiscalFunds { get; init; }
    public RawMoney? OtherFunds { get; init; }
    public RawMoney? AnnualRequestTotal { get; init; }
    public RawMoney? CurrentYearAppropriation { get; init; }
    public RawMoney? PriorYearCarryover { get; init; }
    public RawMoney? AnnualOtherFunds { get; init; }
    /// <summary>2020 municipal 同名项目上年预算额 / 同名项目上年预算执行数.</summary>
    public RawMoney? PriorYearBudget { get; init; }
    public RawMoney? PriorYearExpenditure { get; init; }
}

/// <summary>A 项目资金 row of the 自评表: 年初预算数 · 全年预算数 · 全年执行数 (+ 分值/执行率/得分 on 年度资金总额).</summary>
public sealed record RawFundRow
{
    public RawMoney? InitialBudget { get; init; }
    public RawMoney? AdjustedBudget { get; init; }
    public RawMoney? Expenditure { get; init; }
    public string? WeightText { get; init; }
    public string? RateText { get; init; }
    public string? ScoreText { get; init; }
    public int SourceLine { get; init; }
}

public sealed record RawSelfEvaluation
{
    public RawFundRow? Total { get; init; }
    public RawFundRow? CurrentYearAppropriation { get; init; }
    public RawFundRow? PriorYearCarryover { get; init; }
    public RawFundRow? OtherFunds { get; init; }
    public string? ExpectedGoal { get; init; }
    public string? ActualOutcome { get; init; }
    /// <summary>总分 line: Σ分值 and Σ得分 as printed.</summary>
    public string? PrintedWeightTotalText { get; init; }
    public string? PrintedTotalText { get; init; }
}

public sealed record RawSubProject(string Name, RawMoney Amount, int SourceLine);

/// <summary>2020 municipal header fields.</summary>
public sealed record RawMunicipal
{
    public string? DeclaringUnit { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? IncludesGovPurchasedServices { get; init; }
    public string? PerformanceType { get; init; }
}

/// <summary>One project form (申报表 / 填报表 / 自评表) with every header field as printed.</summary>
public sealed record RawProject
{
    public required FormKind Form { get; init; }
    public required string TemplateId { get; init; }
    public int? Year { get; init; }
    public int? FormNumber { get; init; }
    public string? Name { get; init; }
    public string? Nature { get; init; }
    public string? Category { get; init; }
    public string? SupervisingDepartment { get; init; }
    public string? ImplementingUnit { get; init; }
    public string? PlannedStartText { get; init; }
    public string? PlannedEndText { get; init; }
    public DateOnly? PlannedStart { get; init; }
    public DateOnly? PlannedEnd { get; init; }
    public RawFunds Funds { get; init; } = new();
    public RawMunicipal? Municipal { get; init; }
    public IReadOnlyList<RawSubProject> SubProjects { get; init; } = [];
    public string? OverallGoal { get; init; }
    public (int From, int To)? OverallGoalYears { get; init; }
    public string? AnnualGoal { get; init; }
    public IReadOnlyDictionary<NarrativeSection, string> Narrative { get; init; } = new Dictionary<NarrativeSection, string>();
    public string? NarrativeTitle { get; init; }
    public IReadOnlyList<RawIndicator> Indicators { get; init; } = [];
    public RawSelfEvaluation? Evaluation { get; init; }
    /// <summary>Every form-definition field read, by field key, as printed (names normalised): what the typed properties above were read from, and the fields that have none.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
    public int SourceLine { get; init; }
}
