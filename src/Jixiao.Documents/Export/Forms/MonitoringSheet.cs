using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// What a 运行监控表 prints (<see cref="MonitoringForm"/>), filled by the caller from its stored report and the lights of
/// <see cref="MonitoringLights"/>: the header, money and analysis texts keyed by the definition, period 1–<see cref="Month"/>月,
/// one row per indicator of the approved version. Texts are as entered; enumerations (完成目标可能性, 偏差原因 categories,
/// 达成情况) arrive as their printed Chinese words so that this record does not repeat the caller's vocabulary.
/// </summary>
public sealed record MonitoringSheet
{
    /// <summary>
    /// Texts of the definition's fields by key (项目名称 and the other fields copied from the declaration, the money, the
    /// budget analysis); the computed ones (监控期间, 执行率, the lights) are worked out, not held here.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    public int? Year { get; init; }

    /// <summary>End month M of the period 1–M月 (1…12).</summary>
    public required int Month { get; init; }

    public LightResult? BudgetLight { get; init; }
    public IReadOnlyList<MonitoringSheetRow> Rows { get; init; } = [];

    /// <summary>The worst light of the report (<see cref="MonitoringLights.Worst"/>).</summary>
    public Light? ProjectLight { get; init; }

    public string ProjectName => Text(MonitoringForm.Keys.Name) ?? "";

    /// <summary>The text of a field, or null when blank.</summary>
    public string? Text(string key) => Fields.GetValueOrDefault(key);

    /// <summary>The amount a money field's text stands for, in 元.</summary>
    public decimal? Money(string key) => FieldText.Money(Text(key));

    /// <summary>执行率 = 1–M月执行数 ÷ 全年预算数, percent, 2 dp; null when not computable.</summary>
    public decimal? ExecutionRatePercent =>
        MonitoringEvaluation.ExecutionRate(Money(MonitoringForm.Keys.AnnualBudget), Money(MonitoringForm.Keys.ExpenditureToDate));
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
