namespace Jixiao.Domain.Bounds;

/// <summary>
/// Arithmetic for read paths over stored figures, which may predate the entry checks (older data, a restore): it
/// saturates or answers null instead of throwing <see cref="OverflowException"/> or <see cref="DivideByZeroException"/>.
/// Figures inside <see cref="ValueRanges"/> never reach the saturation point (10^5 amounts of 10^13 元 sum to 10^18).
/// </summary>
public static class SafeMath
{
    /// <summary>Σ <paramref name="values"/>, held at ±<see cref="decimal.MaxValue"/> instead of overflowing.</summary>
    public static decimal Sum(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sum = 0m;
        foreach (var v in values) sum = Add(sum, v);
        return sum;
    }

    /// <summary>a + b, held at ±<see cref="decimal.MaxValue"/>.</summary>
    public static decimal Add(decimal a, decimal b)
    {
        // Overflow is only possible when both have the same sign; compare against the room that is left.
        if (a > 0m && b > 0m && b > decimal.MaxValue - a) return decimal.MaxValue;
        if (a < 0m && b < 0m && b < decimal.MinValue - a) return decimal.MinValue;
        return a + b;
    }

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

    /// <summary>x ÷ y, or null when y is 0 or the quotient exceeds decimal's range.</summary>
    public static decimal? Ratio(decimal x, decimal y)
    {
        if (y == 0m) return null;
        try
        {
            return x / y;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>元 → 万元, 2 dp half away from zero (the dashboards' and summaries' conversion); never throws.</summary>
    public static decimal WanYuan(decimal yuan) => new Money.Amount(yuan).WanYuan;
}
