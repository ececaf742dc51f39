using System.Globalization;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// A figure printed in 万元 in the narrative, with the number of decimals printed. Its tolerance against an exact
/// 元 amount is half a unit of the last printed digit (review-rules.md MNY: 2 dp → ±50 元, integer → ±5,000 元).
/// </summary>
public readonly record struct WanYuanFigure(decimal Value, int Decimals, int? Line = null)
{
    public decimal Yuan => Money.Amount.FromWanYuan(Value).Yuan;

    public decimal ToleranceYuan => Value == 0m && Decimals == 0 ? 0m : 5_000m / Pow10(Decimals);

    /// <summary>Reads `1712.17`, `0.3`, `0`; false for anything else (never throws).</summary>
    public static bool TryParse(string? text, out WanYuanFigure figure, int? line = null)
    {
        figure = default;
        var s = text?.Trim() ?? string.Empty;
        if (s.Length == 0 || s.Length > 20 || !s.All(c => char.IsAsciiDigit(c) || c == '.') || s.Count(c => c == '.') > 1 ||
            s[0] == '.' || s[^1] == '.')
        {
            return false;
        }

        var dot = s.IndexOf('.');
        var decimals = dot < 0 ? 0 : s.Length - dot - 1;
        figure = new WanYuanFigure(decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), decimals, line);
        return true;
    }

    public override string ToString() =>
        Value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "万元";

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n && i < 10; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
