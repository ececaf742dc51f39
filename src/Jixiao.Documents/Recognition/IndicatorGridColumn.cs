namespace Jixiao.Documents.Recognition;

/// <summary>
/// One column of a recognised grid: its role, the header as printed, and whether the header names the long-term or
/// whole-period value (长期 / 实施期 / 实施周期) rather than the year's.
/// </summary>
public sealed record IndicatorGridColumn(IndicatorGridColumnRole Role, string Header, bool LongTerm)
{
    public bool IsLevel => Role is IndicatorGridColumnRole.Level1 or IndicatorGridColumnRole.Level2;

    /// <summary>The level number of a level column (1 or 2), 3 for the name; 0 otherwise.</summary>
    public int Depth => Role switch
    {
        IndicatorGridColumnRole.Level1 => 1,
        IndicatorGridColumnRole.Level2 => 2,
        IndicatorGridColumnRole.Name => 3,
        _ => 0,
    };
}
