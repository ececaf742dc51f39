using System.Globalization;

namespace Jixiao.Domain.Scoring;

/// <summary>SC-50 rounding and the number format used in trails.</summary>
internal static class ScoreMath
{
    /// <summary>Each score is rounded once: 2 dp, half away from zero (2.625 → 2.63).</summary>
    public static decimal Round2(decimal value) => Numbers.Rounding.Score(value);

    /// <summary>x ÷ y, or null when the quotient exceeds decimal's range (absurd figures must not throw).</summary>
    public static decimal? Ratio(decimal x, decimal y)
    {
        try
        {
            return x / y;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// x ÷ y × w with one division (x × w ÷ y), so a score whose exact value sits on a rounding midpoint is seen as
    /// one (SC-50: 5.40 ÷ 6.16 × 3.85 = 3.375 → 3.38; dividing first gives 3.3749…9 → 3.37). When x × w exceeds
    /// decimal's range the ratio is taken first (the caller's x ÷ y is at most 1 there, so this cannot overflow).
    /// </summary>
    public static decimal ScaledRatio(decimal x, decimal y, decimal w) =>
        Product(x, w) is { } product ? product / y : x / y * w;

    /// <summary>x × y, or null when the product exceeds decimal's range.</summary>
    public static decimal? Product(decimal x, decimal y)
    {
        try
        {
            return x * y;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static decimal Clamp(decimal value, decimal weight) => Math.Min(Math.Max(value, 0m), weight);

    /// <summary>Exact value, trailing zeros dropped: 4.1666666666666666666666666667, 2.625 (28 places, decimal's maximum scale, so never rounded).</summary>
    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Two decimals, rounding half away from zero: 4.17, 5.00.</summary>
    public static string F2(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
