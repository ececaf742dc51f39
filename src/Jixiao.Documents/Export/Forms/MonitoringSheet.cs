using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// What a 运行监控表 prints (forms.md §7), filled by the caller from its stored report and the lights of
/// <see cref="MonitoringLights"/>: header, period 1–<see cref="Month"/>月, money in 元, one row per indicator of the
/// approved version. Texts are as entered; enumerations (完成目标可能性, 偏差原因 categories, 达成情况) arrive as their
/// printed Chinese words so that this record does not repeat the caller's vocabulary.
/// </summary>
public sealed record MonitoringSheet
{
    public required string ProjectName { get; init; }
    public string? SupervisingDepartment { get; init; }
    public string? ImplementingUnit { get; init; }
    public int? Year { get; init; }
    /// <summary>End month M of the period 1–M月 (1…12).</summary>
    public required int Month { get; init; }
    /// <summary>全年预算数, 元.</summary>
    public decimal? AnnualBudget { get; init; }
    /// <summary>1–M月执行数, 元.</summary>
    public decimal? ExpenditureToDate { get; init; }
    /// <summary>预计全年执行数, 元.</summary>
    public decimal? ForecastAnnualExpenditure { get; init; }
    public LightResult? BudgetLight { get; init; }
    public string? BudgetDeviationReason { get; init; }
    public string? BudgetCorrectiveAction { get; init; }
    public IReadOnlyList<MonitoringSheetRow> Rows { get; init; } = [];
    /// <summary>The worst light of the report (<see cref="MonitoringLights.Worst"/>).</summary>
    public Light? ProjectLight { get; init; }

    /// <summary>执行率 = 1–M月执行数 ÷ 全年预算数, percent, 2 dp; null when not computable.</summary>
    public decimal? ExecutionRatePercent => MonitoringEvaluation.ExecutionRate(AnnualBudget, ExpenditureToDate);
}

/// <param name="Progress">1–M月实际完成值.</param>
/// <param name="Forecast">全年预计完成值, or the 达成情况 word of a qualitative row (达成 / 部分达成 / 未达成).</param>
/// <param name="Likelihood">完成目标可能性 (确定能 / 有可能 / 完全不可能).</param>
/// <param name="DeviationCauses">偏差原因分析 categories (经费保障 …), in order.</param>
public sealed record MonitoringSheetRow(
    string Level1,
    string Level2,
    string Name,
    string Target,
    string? Progress,
    string? Forecast,
    string? Likelihood,
    LightResult? Light,
    IReadOnlyList<string> DeviationCauses,
    string? DeviationReason,
    string? CorrectiveAction);
