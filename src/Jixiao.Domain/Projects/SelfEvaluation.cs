namespace Jixiao.Domain.Projects;

/// <summary>One 项目资金 row of the 自评表: 年初预算数 · 全年预算数 · 全年执行数, in 元.</summary>
public sealed record FundRow(decimal? InitialBudget, decimal? AdjustedBudget, decimal? Expenditure);

/// <summary>
/// The self-evaluation block of a 自评表 (forms.md §6). Printed* values are kept as printed (SC-70);
/// the scorer recomputes them.
/// </summary>
public sealed record SelfEvaluation
{
    /// <summary>年度资金总额 row.</summary>
    public required FundRow Total { get; init; }
    public FundRow? CurrentYearAppropriation { get; init; }
    public FundRow? PriorYearCarryover { get; init; }
    public FundRow? OtherFunds { get; init; }
    /// <summary>分值 of the execution row (usually 10).</summary>
    public decimal? ExecutionWeight { get; init; }
    /// <summary>执行率 as printed, as a fraction (100.00% → 1.0000).</summary>
    public decimal? PrintedExecutionRate { get; init; }
    public decimal? PrintedExecutionScore { get; init; }
    public decimal? PrintedWeightTotal { get; init; }
    public decimal? PrintedTotal { get; init; }
    /// <summary>预期目标 (the approved annual goal).</summary>
    public string? ExpectedGoal { get; init; }
    /// <summary>实际完成情况.</summary>
    public string? ActualOutcome { get; init; }
    /// <summary>
    /// Original texts of the figures above as typed or printed (`1,443,356.00`, `100.00%`), keyed as
    /// <see cref="Forms.EvaluationContent"/> stores them; a text stands only while it reads as the value beside it.
    /// Not part of equality: the same figures printed `350000` or `350,000.00` are the same evaluation.
    /// </summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();

    public bool Equals(SelfEvaluation? other) =>
        other is not null && Total == other.Total && CurrentYearAppropriation == other.CurrentYearAppropriation
        && PriorYearCarryover == other.PriorYearCarryover && OtherFunds == other.OtherFunds && ExecutionWeight == other.ExecutionWeight
        && PrintedExecutionRate == other.PrintedExecutionRate && PrintedExecutionScore == other.PrintedExecutionScore
        && PrintedWeightTotal == other.PrintedWeightTotal && PrintedTotal == other.PrintedTotal
        && ExpectedGoal == other.ExpectedGoal && ActualOutcome == other.ActualOutcome;

    public override int GetHashCode() => HashCode.Combine(Total, ExecutionWeight, PrintedTotal, ExpectedGoal, ActualOutcome);
}
