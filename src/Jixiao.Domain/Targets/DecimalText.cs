using System.Globalization;

namespace Jixiao.Domain.Targets;

/// <summary>
/// Culture-free decimal text of the grammar: reading `[-+]digits['.'digits]` and writing the canonical
/// `max(2, scale)` decimals. Numbers whose digits fit a 64-bit mantissa (every figure a form holds) are read and
/// written digit by digit, because the general BCL routines were most of the cost of a bulk parse; anything longer
/// goes through <see cref="decimal"/>'s own parsing and formatting, which define the result (DecimalTextTests).
/// </summary>
internal static class DecimalText
{
    private const int MaxFastDigits = 19; // 10^19 − 1 < 2^64
    private static readonly string[] FixedFormats = Enumerable.Range(0, 29).Select(d => "F" + d.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Same result as <c>decimal.TryParse(text, AllowLeadingSign | AllowDecimalPoint, Invariant)</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        var negative = text.Length > 0 && text[0] == '-';
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var sawPoint = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && !sawPoint)
            {
                sawPoint = true;
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++digits > MaxFastDigits)
            {
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out value);
            }

            mantissa = mantissa * 10 + (ulong)(c - '0');
            scale += sawPoint ? 1 : 0;
        }

        // No digit at all, or a negative zero (whose sign the BCL decides): the general routine answers.
        if (digits == 0 || (negative && mantissa == 0))
        {
            return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value);
        }

        value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative, (byte)scale);
        return true;
    }

    /// <summary>The number with max(2, its scale) decimals, invariant culture: `139.20`, `10000.00`, `1.125`.</summary>
    public static string Format(decimal number)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var written = Write(number, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>Longest text <see cref="Write"/> produces: sign, 29 digits, point, and a leading `0.`.</summary>
    public const int MaxLength = 40;

    /// <summary>Writes <see cref="Format"/>'s text into <paramref name="destination"/> (≥ <see cref="MaxLength"/>) and returns its length.</summary>
    public static int Write(decimal number, Span<char> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        var decimals = Math.Max(2, scale);
        var mantissa = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        if (bits[2] != 0 || (negative && mantissa == 0))
        {
            number.TryFormat(destination, out var formatted, FixedFormats[decimals], CultureInfo.InvariantCulture);
            return formatted;
        }

        Span<char> digits = stackalloc char[20];
        var count = 0;
        do
        {
            digits[digits.Length - ++count] = (char)('0' + (int)(mantissa % 10));
            mantissa /= 10;
        }
        while (mantissa != 0);

        var significant = digits[^count..];
        var at = 0;
        if (negative)
        {
            destination[at++] = '-';
        }

        var integerDigits = count - scale;
        if (integerDigits <= 0)
        {
            destination[at++] = '0';
        }
        else
        {
            significant[..integerDigits].CopyTo(destination[at..]);
            at += integerDigits;
        }

        destination[at++] = '.';
        for (var zero = integerDigits; zero < 0; zero++)
        {
            destination[at++] = '0';
        }

        var fraction = significant[Math.Max(0, integerDigits)..];
        fraction.CopyTo(destination[at..]);
        at += fraction.Length;
        for (var pad = scale; pad < decimals; pad++)
        {
            destination[at++] = '0';
        }

        return at;
    }
}
