namespace Jixiao.Domain.Targets;

/// <summary>
/// The normalised model of one 指标值 or 实际完成值 (target-grammar.md §1).
/// Invariants: <see cref="OriginalText"/> is the verbatim input, never modified; <see cref="Canonical"/> is
/// <c>TargetFormatter.Format(this)</c>. Equality ignores <see cref="OriginalText"/>, <see cref="Canonical"/> and
/// <see cref="Notes"/> (RT-3: `>=85%` and `≥85.00(%)` are one model).
/// Created only by <see cref="TargetParser"/>; parsing never throws.
/// </summary>
public sealed record TargetValue
{
    public required TargetKind Kind { get; init; }
    public Comparator Op { get; init; } = Comparator.None;
    public decimal? Value { get; init; }
    public UnitRef? Unit { get; init; }
    /// <summary>Period prefix such as `全年` (compares as Per 年).</summary>
    public string? Scope { get; init; }
    /// <summary>Measured quantity named inside the value, e.g. `稳定运行率`.</summary>
    public string? Subject { get; init; }
    public DeadlineSpec? Deadline { get; init; }
    public FrequencySpec? Frequency { get; init; }
    public bool? Bool { get; init; }
    public IReadOnlyList<string>? Words { get; init; }
    /// <summary>Bare relative qualitative word (提升, 减少 …) → PriorYear.</summary>
    public RefKind? Reference { get; init; }
    /// <summary>Ordinal qualitative word such as `合格及以上`.</summary>
    public bool Ordinal { get; init; }
    public ConditionalSpec? Cond { get; init; }
    public required string OriginalText { get; init; }
    public required string Canonical { get; init; }
    public IReadOnlyList<ParseNote> Notes { get; init; } = [];

    public bool HasNote(ParseNote note) => Notes.Contains(note);

    public bool Equals(TargetValue? other) =>
        other is not null
        && Kind == other.Kind
        && Op == other.Op
        && Value == other.Value
        && Equals(Unit, other.Unit)
        && Scope == other.Scope
        && Subject == other.Subject
        && Equals(Deadline, other.Deadline)
        && Equals(Frequency, other.Frequency)
        && Bool == other.Bool
        && SequenceEqual(Words, other.Words)
        && Reference == other.Reference
        && Ordinal == other.Ordinal
        && Equals(Cond, other.Cond);

    public override int GetHashCode() => HashCode.Combine(Kind, Op, Value, Unit, Scope, Subject, Bool, Reference);

    private static bool SequenceEqual(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        a is null || b is null ? a is null && b is null : a.SequenceEqual(b);

    public override string ToString() => Canonical;
}
