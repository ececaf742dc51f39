namespace Jixiao.Domain.Targets.Grammar;

// plain := ['全年'] [symbol] digit+ ['.' digit+] [unit | '(' unit ')']      =139.20(万元), ≥90.00(%), ≤5次, 400册 (actuals)
// symbol := '=' | '≥' | '≤' | '>' | '<'                            unit: a catalogue spelling (Units.TryGetKnown)
// Most targets and actuals are written this way. Such a text needs no §2 normalisation (no space, full-width, LaTeX,
// `>=`, or `=` before a word) and cannot be taken by an earlier grammar of §4: no `每`, `*`, 年/月 date shape, `时，`
// clause, comparator word or reference word (预算, 上年 …) can occur in it. So the general dispatch would reach
// QuantitativeGrammar with this very text; reading it in one pass gives the same model (ParseShortcutTests) at a
// fraction of the cost.
internal readonly record struct PlainQuantity(string? Scope, Comparator Op, decimal Value, UnitRef? Unit)
{
    /// <summary>
    /// The quantity in normalised <paramref name="text"/> before the parser's target/actual step; false when the text
    /// is not of the plain shape.
    /// </summary>
    public static bool TryRead(string text, bool actual, out PlainQuantity quantity)
    {
        quantity = default;
        var span = text.AsSpan();
        var scope = span.StartsWith(QuantitativeGrammar.YearScope, StringComparison.Ordinal) ? QuantitativeGrammar.YearScope : null;
        var at = scope?.Length ?? 0;
        var op = at < span.Length ? SymbolAt(span[at]) : Comparator.None;
        if (op != Comparator.None)
        {
            at++;
        }
        else if (!actual)
        {
            return false; // a target needs a comparator; a bare number is the general path's Unrecognised
        }

        var numberStart = at;
        while (at < span.Length && char.IsAsciiDigit(span[at]))
        {
            at++;
        }

        if (at == numberStart)
        {
            return false;
        }

        if (at + 1 < span.Length && span[at] == '.' && char.IsAsciiDigit(span[at + 1]))
        {
            at++;
            while (at < span.Length && char.IsAsciiDigit(span[at]))
            {
                at++;
            }
        }

        if (!DecimalText.TryParse(span[numberStart..at], out var value))
        {
            return false;
        }

        var rest = span[at..];
        if (rest.Length >= 2 && rest[0] == '(' && rest[^1] == ')')
        {
            rest = rest[1..^1];
        }

        UnitRef? unit = null;
        if (rest.Length > 0 && !Units.TryGetKnown(rest, out unit))
        {
            return false;
        }

        quantity = new PlainQuantity(scope, op, value, unit);
        return true;
    }

    // `>` or `<` followed by `=` is not reached here: the next character is then not a digit.
    private static Comparator SymbolAt(char c) => c switch
    {
        '=' => Comparator.Eq,
        '≥' => Comparator.Ge,
        '≤' => Comparator.Le,
        '>' => Comparator.Gt,
        '<' => Comparator.Lt,
        _ => Comparator.None,
    };
}
