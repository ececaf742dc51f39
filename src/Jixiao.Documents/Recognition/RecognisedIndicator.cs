using Jixiao.Documents.Cells;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// One indicator row found in a grid, every value as its original text: the category levels (merged cells carried down;
/// <see cref="Level0"/> is a level printed above 一级, such as 实施效果指标), the name, target, actual, weight and score,
/// and every other column kept by its printed header (绩效标准, 指标解释, 备注, 度量单位 …) rather than dropped.
/// </summary>
public sealed record RecognisedIndicator(
    string? Level0,
    string? Level1,
    string? Level2,
    string Name,
    string? Target,
    string? Actual,
    string? Weight,
    string? Score,
    IReadOnlyDictionary<string, string> Extra,
    Cell First)
{
    /// <summary>The printed reason a target was missed (偏差原因分析及改进措施, 未完成原因分析), or null.</summary>
    public string? Deviation { get; init; }

    /// <summary>
    /// The texts of the columns the indicator has no member for (绩效标准, 备注, the long-term value, a column no template
    /// knows), by printed header: what the import keeps as <c>Indicator.Columns</c>. Not the parts joined into the target
    /// (指标性质, 度量单位) nor a weight read out of a level label.
    /// </summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();
}
