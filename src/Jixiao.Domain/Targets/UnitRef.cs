namespace Jixiao.Domain.Targets;

public enum Dimension
{
    Unknown,
    Currency,
    Percent,
    Duration,
    DataSize,
    Count,
}

/// <summary>
/// A measurement unit as written (`万元/场`) with its dimension, the multiplier to <see cref="Base"/> and the
/// optional per-denominator. Invariant: <see cref="Scale"/> &gt; 0. `万` alone has <see cref="Dimension.Unknown"/>.
/// </summary>
public sealed record UnitRef(string Text, Dimension Dim, decimal Scale, string Base, string? Per);
