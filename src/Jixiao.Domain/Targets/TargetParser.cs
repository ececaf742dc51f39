using Jixiao.Domain.Targets.Grammar;

namespace Jixiao.Domain.Targets;

/// <summary>
/// Parses 指标值 (targets) and 实际完成值 (actuals) per target-grammar.md. Never throws: any text, including null,
/// gives a <see cref="TargetValue"/> (unknown text is Qualitative with note <see cref="ParseNote.Unrecognised"/>).
/// <see cref="TargetValue.OriginalText"/> is the input verbatim; <see cref="TargetValue.Canonical"/> is
/// <see cref="TargetFormatter.Format"/> of the result.
/// </summary>
public static class TargetParser
{
    // Precedence (§4), first match wins:
    // 1 Empty · 2 Boolean (是|否) · 3 Deadline · 4 Frequency/coverage · 5 Conditional · 6 Quantitative
    // · 7 Qualitative words · 8 Unrecognised (inside QualitativeGrammar).
    // So `当年内` is a deadline and `控制于预算内` a conditional, never `≤`.

    /// <summary>Parses a target (指标值). A quantity has a comparator (prefix or suffix); a bare number with a unit means `=` (note OperatorAssumed); a bare number without a unit is Unrecognised.</summary>
    public static TargetValue Parse(string? text, TargetParseOptions? options = null) =>
        Run(text, options ?? TargetParseOptions.Default, actual: false);

    /// <summary>
    /// Parses an actual (实际完成值, §8). A plain value has Op None; a leading/only `=` gives a plain value with note
    /// ActualIsComparison (AV-1); any other comparator gives Kind Comparison with Op set and the same note (AV-2).
    /// The target's kind decides what the scorer makes of it.
    /// </summary>
    public static TargetValue ParseActual(string? text, TargetParseOptions? options = null) =>
        Run(text, options ?? TargetParseOptions.Default, actual: true);

    private static TargetValue Run(string? text, TargetParseOptions options, bool actual)
    {
        var original = text ?? "";
        var notes = new List<ParseNote>();
        var normalized = TargetNormalizer.Normalize(original, options.Typos, notes);
        var body = normalized.Text;
        var seed = new TargetValue { Kind = TargetKind.Empty, OriginalText = original, Canonical = "" };
        var value = body.Length == 0 ? seed
            : body is "是" or "否" ? seed with { Kind = TargetKind.Boolean, Bool = body == "是" }
            : DeadlineGrammar.TryParse(body, seed)
              ?? FrequencyGrammar.TryParse(body, seed)
              ?? ConditionalGrammar.TryParse(body, seed)
              ?? QuantitativeGrammar.TryParse(body, actual, seed, notes)
              ?? QualitativeGrammar.Parse(body, seed, notes);

        return Finish(value, notes, actual, normalized.LeadingEqualsDropped);
    }

    // Target/actual reading (§8), unit notes, canonical form: one step after any grammar, with a single copy.
    private static TargetValue Finish(TargetValue value, List<ParseNote>? notes, bool actual, bool leadingEqualsDropped)
    {
        var (kind, op) = Reading(value.Kind, value.Op, value.Value, actual, leadingEqualsDropped, ref notes);
        UnitNotes(kind, value.Unit, value.Frequency, ref notes);
        return value with
        {
            Kind = kind,
            Op = op,
            Notes = notes is { Count: > 0 } ? notes : [],
            Canonical = TargetFormatter.Format(value, kind, op),
        };
    }

    private static (TargetKind, Comparator) Reading(TargetKind kind, Comparator op, decimal? value, bool actual,
        bool leadingEqualsDropped, ref List<ParseNote>? notes) =>
        actual ? AsActual(kind, op, leadingEqualsDropped, ref notes) : AsTarget(kind, op, value, ref notes);

    private static void UnitNotes(TargetKind kind, UnitRef? unit, FrequencySpec? frequency, ref List<ParseNote>? notes)
    {
        if (unit is not null && Units.IsIncomplete(unit))
        {
            Note(ref notes, ParseNote.IncompleteUnit);
        }

        if (kind is TargetKind.Quantitative or TargetKind.Comparison && frequency is null && unit is null)
        {
            Note(ref notes, ParseNote.MissingUnit);
        }
    }

    private static (TargetKind, Comparator) AsTarget(TargetKind kind, Comparator op, decimal? value, ref List<ParseNote>? notes)
    {
        if (kind == TargetKind.Frequency && op == Comparator.None)
        {
            return (kind, Comparator.Eq);
        }

        if (kind == TargetKind.Quantitative && value == 0m)
        {
            Note(ref notes, ParseNote.ZeroTarget);
        }

        return (kind, op);
    }

    private static (TargetKind, Comparator) AsActual(TargetKind kind, Comparator op, bool leadingEqualsDropped, ref List<ParseNote>? notes)
    {
        if (kind is not (TargetKind.Quantitative or TargetKind.Frequency))
        {
            return (kind, op);
        }

        switch (op)
        {
            case Comparator.None:
                if (leadingEqualsDropped)
                {
                    Note(ref notes, ParseNote.ActualIsComparison);
                }

                return (kind, op);
            case Comparator.Eq:
                Note(ref notes, ParseNote.ActualIsComparison);
                return (kind, Comparator.None);
            default:
                Note(ref notes, ParseNote.ActualIsComparison);
                return (TargetKind.Comparison, op);
        }
    }

    private static void Note(ref List<ParseNote>? notes, ParseNote note) => (notes ??= []).AddOnce(note);
}
