namespace Jixiao.Domain.Targets.Grammar;

// quantity := prefix comparator number [unit]                ≥90.00(%), 全年稳定运行率≥95%, 不超过10分钟
//           | prefix number [unit] suffix                    48小时内
//           | prefix number unit                             target, catalogue unit: `=` assumed (12场, 100%), note OperatorAssumed
//           | prefix number [unit]                           actuals: 400册, 152,919.8, 100%
// prefix   := ['全年'] [subject]                              subject: letters only (稳定运行率)
// unit     := '(' [unitText] ')' | unitText                   unitText per Units.Parse
// suffix   := '以内' | '内' | '以下' (≤) | '以上' (≥)          after a comparator only when it agrees (≤48小时内)
internal static class QuantitativeGrammar
{
    public const string YearScope = "全年";

    private static readonly (string Spelling, Comparator Op)[] Suffixes =
    [
        ("以内", Comparator.Le), ("以下", Comparator.Le), ("以上", Comparator.Ge), ("内", Comparator.Le),
    ];

    public static TargetValue? TryParse(string text, bool actual, TargetValue seed, List<ParseNote> notes)
    {
        var opAt = Comparators.FindFirst(text, out var opLength, out var op);
        var numberAt = opAt >= 0 ? opAt + opLength : FirstNumberStart(text);
        if (numberAt < 0 || !TrySplitPrefix(text[..(opAt >= 0 ? opAt : numberAt)], out var scope, out var subject))
        {
            return null;
        }

        var cursor = new TextCursor(text.AsSpan(numberAt));
        if (!cursor.TryReadDecimal(out var value))
        {
            return null;
        }

        var rest = cursor.Rest.ToString();
        var suffixOp = StripSuffix(ref rest);
        if (op != Comparator.None && suffixOp != Comparator.None && suffixOp != op)
        {
            return null;
        }

        if (!TryReadUnit(rest, out var unit))
        {
            return null;
        }

        if (op == Comparator.None)
        {
            op = suffixOp;
            // A bare number with a unit is what people type for "exactly": `12场` → `=12.00(场)` (ADR-033).
            // Without a catalogue unit (`12`, `2024`, `-1上一年度`) it stays unrecognised: too likely to be something else.
            if (op == Comparator.None && !actual)
            {
                if (unit is null || unit.Dim == Dimension.Unknown)
                {
                    return null;
                }

                op = Comparator.Eq;
                notes.AddOnce(ParseNote.OperatorAssumed);
            }
        }

        return seed with
        {
            Kind = TargetKind.Quantitative,
            Op = op,
            Value = value,
            Unit = unit,
            Scope = scope,
            Subject = subject,
        };
    }

    private static int FirstNumberStart(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                return i > 0 && text[i - 1] is '-' or '+' ? i - 1 : i;
            }
        }

        return -1;
    }

    private static bool TrySplitPrefix(string prefix, out string? scope, out string? subject)
    {
        scope = null;
        subject = null;
        if (prefix.StartsWith(YearScope, StringComparison.Ordinal))
        {
            scope = YearScope;
            prefix = prefix[YearScope.Length..];
        }

        if (prefix.Length == 0)
        {
            return true;
        }

        subject = prefix;
        return prefix.All(char.IsLetter);
    }

    private static Comparator StripSuffix(ref string rest)
    {
        foreach (var (spelling, op) in Suffixes)
        {
            if (rest.EndsWith(spelling, StringComparison.Ordinal))
            {
                rest = rest[..^spelling.Length];
                return op;
            }
        }

        return Comparator.None;
    }

    private static bool TryReadUnit(string rest, out UnitRef? unit)
    {
        if (rest.Length >= 2 && rest[0] == '(' && rest[^1] == ')')
        {
            rest = rest[1..^1];
            if (rest.Contains('(') || rest.Contains(')'))
            {
                unit = null;
                return false;
            }
        }

        unit = Units.Parse(rest);
        return rest.Length == 0 || unit is not null;
    }
}
