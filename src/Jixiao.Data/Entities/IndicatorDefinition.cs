namespace Jixiao.Data.Entities;

/// <summary>
/// An entry of the 指标库: one indicator identity reused across stages and years. Indicator rows in form
/// content carry its <see cref="Id"/> as their key.
/// </summary>
public class IndicatorDefinition
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Whitespace-free name used for search and de-duplication.</summary>
    public required string NormalizedName { get; set; }
    public required string Level1 { get; set; }
    public required string Level2 { get; set; }
    public string? UnitText { get; set; }
    public int FirstYear { get; set; }
    public int LastYear { get; set; }
}
