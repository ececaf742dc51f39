using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Domain.Targets;

namespace Jixiao.Bench.Data;

/// <summary>
/// Deterministic variations of seed texts: amounts and counts scaled, percentages moved inside [50, 100], dates,
/// periods and ordinals kept, so the varied text keeps the seed's shape (comparator, unit, wording).
/// </summary>
public static partial class TextVariation
{
    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    private const string Calendar = "年月日号时周天期季";

    /// <summary>Scales every amount in <paramref name="text"/> by <paramref name="factor"/>, keeping each number's decimals.</summary>
    public static string Vary(string text, decimal factor, decimal percentShift)
    {
        var percent = text.Contains('%') || text.Contains('％');
        return Number().Replace(text, m =>
        {
            var end = m.Index + m.Length;
            var next = end < text.Length ? text[end] : '\0';
            var before = m.Index > 0 ? text[m.Index - 1] : '\0';
            if (Calendar.Contains(next) || before is '第' or '周' or '-' || next == '-') return m.Value;
            if (!decimal.TryParse(m.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return m.Value;
            var decimals = m.Value.Contains('.') ? m.Value.Length - m.Value.IndexOf('.') - 1 : 0;
            decimal varied;
            if (percent && value <= 100m)
                varied = value >= 100m ? value : Math.Clamp(value + percentShift, 50m, 100m);
            else if (value is 0m or 1m && decimals == 0)
                varied = value; // zero targets and "1 项" keep their meaning
            else
                varied = Math.Max(value * factor, decimals == 0 ? 1m : 0.01m);
            return Math.Round(varied, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);
        });
    }

    /// <summary>
    /// An actual for a parsed target, as a unit would type it: quantities met, over- or under-achieved; dates and
    /// frequencies as done; words repeated (a self-declared 达成, the commonest actual in the seeds).
    /// </summary>
    public static string Actual(TargetValue target, Random rng)
    {
        switch (target.Kind)
        {
            case TargetKind.Quantitative when target.Value is { } t:
                var r = rng.NextDouble();
                var reverse = target.Op is Comparator.Le or Comparator.Lt;
                var f = r < 0.65 ? 1m
                    : r < 0.82 ? 1m + (decimal)rng.Next(5, 60) / 100m
                    : 1m - (decimal)rng.Next(3, 40) / 100m;
                if (reverse) f = 2m - f;
                var a = t * f;
                if (target.Unit?.Text is "%" && target.Op is Comparator.Ge or Comparator.Gt or Comparator.Eq) a = Math.Min(a, 100m);
                var scale = Math.Max((int)t.Scale, a == Math.Round(a) ? 0 : 2);
                var number = Math.Round(a, scale, MidpointRounding.AwayFromZero).ToString("F" + scale, CultureInfo.InvariantCulture);
                return number + (target.Unit?.Text ?? "");
            case TargetKind.Boolean:
                return rng.NextDouble() < 0.9 ? "是" : "否";
            case TargetKind.Empty:
                return "";
            default:
                return StripComparators(target.OriginalText);
        }
    }

    private static string StripComparators(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if ("≥≤=<>＞＜≧≦＝".IndexOf(c) < 0) builder.Append(c);
        return builder.ToString().Replace("至少", "", StringComparison.Ordinal).Replace("不超过", "", StringComparison.Ordinal)
            .Replace("底前", "底", StringComparison.Ordinal).Trim();
    }
}
