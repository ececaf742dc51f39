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

    /// <summary>Parses a target (指标值). A quantity needs a comparator (prefix or suffix); a bare number is Unrecognised.</summary>
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
              ?? QuantitativeGrammar.TryParse(body, actual, seed)
              ?? QualitativeGrammar.Parse(body, seed, notes);

        value = actual ? AsActual(value, normalized.LeadingEqualsDropped, notes) : AsTarget(value, notes);
        if (value.Unit is { } unit && Units.IsIncomplete(unit))
        {
            notes.AddOnce(ParseNote.IncompleteUnit);
        }

        if (value.Kind is TargetKind.Quantitative or TargetKind.Comparison && value.Frequency is null && value.Unit is null)
        {
            notes.AddOnce(ParseNote.MissingUnit);
        }

        value = value with { Notes = notes };
        return value with { Canonical = TargetFormatter.Format(value) };
    }

    private static TargetValue AsTarget(TargetValue value, List<ParseNote> notes)
    {
        if (value.Kind == TargetKind.Frequency && value.Op == Comparator.None)
        {
            return value with { Op = Comparator.Eq };
        }

        if (value.Kind == TargetKind.Quantitative && value.Value == 0m)
        {
            notes.AddOnce(ParseNote.ZeroTarget);
        }

        return value;
    }

    private static TargetValue AsActual(TargetValue value, bool leadingEqualsDropped, List<ParseNote> notes)
    {
        if (value.Kind is not (TargetKind.Quantitative or TargetKind.Frequency))
        {
            return value;
        }

        switch (value.Op)
        {
            case Comparator.None:
                if (leadingEqualsDropped)
                {
                    notes.AddOnce(ParseNote.ActualIsComparison);
                }

                return value;
            case Comparator.Eq:
                notes.AddOnce(ParseNote.ActualIsComparison);
                return value with { Op = Comparator.None };
            default:
                notes.AddOnce(ParseNote.ActualIsComparison);
                return value with { Kind = TargetKind.Comparison };
        }
    }
}
