namespace Jixiao.Domain.Numbers;

/// <summary>
/// The one rounding of every figure the system prints or stores: half away from zero on <see cref="decimal"/>
/// (scoring.md SC-50; E9: 2.625 → 2.63, banker's rounding would give 2.62). Code outside the domain rounds only
/// through these functions (a convention test refuses <c>MidpointRounding</c> elsewhere).
/// </summary>
public static class Rounding
{
    /// <summary>Half away from zero to <paramref name="decimals"/> places (0…28).</summary>
    public static decimal HalfAwayFromZero(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>An amount in 元 to the fen, 2 dp (forms.md: money is 元, 2 dp).</summary>
    public static decimal Yuan(decimal yuan) => HalfAwayFromZero(yuan, 2);

    /// <summary>SC-50: a score (分值, 得分, 总分 parts), rounded once to 2 dp.</summary>
    public static decimal Score(decimal score) => HalfAwayFromZero(score, 2);

    /// <summary>A percentage as displayed, 2 dp (SC-50 "rates are displayed with 2 dp", <c>RateDisplayRounding</c> default).</summary>
    public static decimal Percent(decimal percent) => HalfAwayFromZero(percent, 2);
}
