using System.Globalization;

namespace Jixiao.Domain.Targets;

/// <summary>
/// A forward cursor over normalised target text. A copy is a save point: grammars back-track by keeping the old copy.
/// Every Try* method leaves the position unchanged when it fails.
/// </summary>
internal ref struct TextCursor
{
    private readonly ReadOnlySpan<char> _text;

    public TextCursor(ReadOnlySpan<char> text)
    {
        _text = text;
        Position = 0;
    }

    public int Position { get; private set; }

    public readonly bool AtEnd => Position >= _text.Length;

    public readonly ReadOnlySpan<char> Rest => _text[Position..];

    public bool TryConsume(string expected)
    {
        if (!Rest.StartsWith(expected, StringComparison.Ordinal))
        {
            return false;
        }

        Position += expected.Length;
        return true;
    }

    public bool TryConsumeAny(ReadOnlySpan<string> options)
    {
        foreach (var option in options)
        {
            if (TryConsume(option))
            {
                return true;
            }
        }

        return false;
    }

    public bool TryReadComparator(out Comparator op)
    {
        var length = Comparators.MatchAt(Rest, out op);
        Position += length;
        return length > 0;
    }

    /// <summary>Between <paramref name="minDigits"/> and <paramref name="maxDigits"/> ASCII digits, not followed by another digit.</summary>
    public bool TryReadInt(int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var rest = Rest;
        var count = 0;
        while (count < rest.Length && char.IsAsciiDigit(rest[count]))
        {
            count++;
        }

        if (count < minDigits || count > maxDigits)
        {
            return false;
        }

        value = int.Parse(rest[..count], NumberStyles.None, CultureInfo.InvariantCulture);
        Position += count;
        return true;
    }

    // number := ['-'|'+'] digit+ (',' digit{3})* ['.' digit+]      (`152,919.8`)
    public bool TryReadDecimal(out decimal value)
    {
        value = 0;
        var rest = Rest;
        var i = 0;
        if (i < rest.Length && rest[i] is '-' or '+')
        {
            i++;
        }

        var integerStart = i;
        while (i < rest.Length && char.IsAsciiDigit(rest[i]))
        {
            i++;
        }

        if (i == integerStart)
        {
            return false;
        }

        while (i < rest.Length && rest[i] == ',' && IsDigitGroup(rest, i + 1))
        {
            i += 4;
        }

        if (i + 1 < rest.Length && rest[i] == '.' && char.IsAsciiDigit(rest[i + 1]))
        {
            i++;
            while (i < rest.Length && char.IsAsciiDigit(rest[i]))
            {
                i++;
            }
        }

        var number = rest[..i];
        var parsed = decimal.TryParse(number.ToString().Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        if (!parsed)
        {
            return false;
        }

        Position += i;
        return true;
    }

    /// <summary>A count written in digits or as a Chinese numeral up to 99 (`一`, `两`, `十二`, `二十四`), §2 step 5.</summary>
    public bool TryReadCount(out decimal value)
    {
        if (TryReadDecimal(out value))
        {
            return true;
        }

        var rest = Rest;
        var units = 0;
        var tens = 0;
        var i = 0;
        if (i < rest.Length && Digit(rest[i]) is { } first)
        {
            units = first;
            i++;
        }

        if (i < rest.Length && rest[i] == '十')
        {
            tens = i == 0 ? 1 : units;
            units = 0;
            i++;
            if (i < rest.Length && Digit(rest[i]) is { } last)
            {
                units = last;
                i++;
            }
        }

        if (i == 0)
        {
            return false;
        }

        value = tens * 10 + units;
        Position += i;
        return true;
    }

    private static bool IsDigitGroup(ReadOnlySpan<char> text, int start) =>
        start + 3 <= text.Length
        && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
        && (start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]));

    private static int? Digit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => null,
    };
}
