namespace Jixiao.Documents.Recognition;

/// <summary>What a printed indicator-grid column holds, whatever its header says.</summary>
public enum IndicatorGridColumnRole
{
    /// <summary>A label over other headers (绩效指标, 年度绩效指标): not a column of its own.</summary>
    Group,
    Level1,
    Level2,
    Name,
    Target,
    /// <summary>指标性质 (≥, ≤, =) printed in its own cell, joined into the target text.</summary>
    Comparator,
    /// <summary>度量单位 / 计量单位 printed in its own cell, joined into the target text.</summary>
    Unit,
    Actual,
    Weight,
    Score,
    Deviation,
    /// <summary>A known column the indicator has no member for (绩效标准, 指标解释, 备注): kept by its header.</summary>
    Other,
}
