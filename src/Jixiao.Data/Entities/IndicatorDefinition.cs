using Jixiao.Domain.Projects;

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

    // Derived columns (ADR-056): the entry's identity and search keys, stored so the 指标库 list joins the indicator facts
    // and filters in SQL. They follow the columns above whatever writes them: the getters compute, the setters ignore what
    // EF reads back (EF snapshots through the getters, so a change of Name or a label updates them too). A row stored
    // before the columns existed holds NULLs until IndicatorDefinitionKeys.EnsureCurrentAsync writes them on start.

    /// <summary>The identity's name key (<see cref="IndicatorIdentity.NameKey"/> of <see cref="NormalizedName"/>).</summary>
    public string? IdentityName { get => IndicatorIdentity.NameKey(NormalizedName); private set { } }
    /// <summary>The identity's level-1 key (<see cref="IndicatorIdentity.LevelKey"/>: `产出指标` ≡ `产出`).</summary>
    public string? IdentityLevel1 { get => IndicatorIdentity.LevelKey(Level1); private set { } }
    public string? IdentityLevel2 { get => IndicatorIdentity.LevelKey(Level2); private set { } }
    /// <summary>
    /// <see cref="NormalizedName"/> in upper case (invariant, char by char): a search matches it ignoring case as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> does, with the query upper-cased the same way.
    /// </summary>
    public string? SearchName { get => NormalizedName?.ToUpperInvariant(); private set { } }
    /// <summary>The name keys of the two categories, one line each (a query holds no whitespace, so it never spans both).</summary>
    public string? SearchLevels { get => $"{IndicatorIdentity.NameKey(Level1)}\n{IndicatorIdentity.NameKey(Level2)}"; private set { } }
}
