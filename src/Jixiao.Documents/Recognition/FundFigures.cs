using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// The figures of a money grid's row as printed: one figure (`387664.62`, `1,443,356.00`, `100.00%`), a placeholder
/// (`—`, `/`), or several run together where a PDF lost the cell borders (`202010100.00%10`). A run is split only where
/// one reading alone fits the grid's arithmetic (<see cref="FundRowReading"/>); the pieces keep their printed text.
/// </summary>
internal static partial class FundFigures
{
    /// <summary>A percentage above this is no 执行率: its figure ran together with the cells before it.</summary>
    private const decimal MaxPercent = 1000m;

    /// <summary>Longest run tried for splitting (the number of ways grows with it).</summary>
    private const int MaxRun = 24;

    public static bool IsPlaceholder(string text) => text.Trim() is "—" or "——" or "-" or "－" or "–" or "/" or "／";

    public static bool IsPercent(string text) => text.EndsWith('%') || text.EndsWith('％');

    /// <summary>One figure as printed (a placeholder is one too), not several run together.</summary>
    public static bool IsPlain(string text)
    {
        if (IsPlaceholder(text)) return true;
        if (!OneFigure().IsMatch(text)) return false;
        return !IsPercent(text) || Value(text) <= MaxPercent;
    }

    /// <summary>The figure's value (a percentage as printed: `58.33%` → 58.33), or null for a placeholder.</summary>
    public static decimal? Value(string text)
    {
        var digits = text.Trim().TrimEnd('%', '％').Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>Half the last printed digit of a percentage: how far a computed rate may be from it.</summary>
    public static decimal Tolerance(string percent)
    {
        var digits = percent.Trim().TrimEnd('%', '％');
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : digits.Length - dot - 1;
        return 0.5m / (decimal)Math.Pow(10, decimals) + 0.000001m;
    }

    /// <summary>A figure token cut after each inner `%` (`202010100.00%10` → `202010100.00%`, `10`).</summary>
    public static IEnumerable<string> AtPercent(string token)
    {
        var from = 0;
        for (var i = 0; i < token.Length - 1; i++)
            if (token[i] is '%' or '％')
            {
                yield return token[from..(i + 1)];
                from = i + 1;
            }
        yield return token[from..];
    }

    /// <summary>
    /// May <paramref name="token"/> hold several figures? A run that is no one figure, or a whole number (cells of whole
    /// numbers lose the borders between them); a figure with one decimal point is one figure.
    /// </summary>
    public static bool MaySplit(string token) => token.Length <= MaxRun && !IsPlaceholder(token) && (!IsPlain(token) || !token.Contains('.', StringComparison.Ordinal));

    /// <summary>Every way to cut <paramref name="token"/> into <paramref name="pieces"/> figures, each one as printed.</summary>
    public static IEnumerable<List<string>> Splits(string token, int pieces)
    {
        if (pieces == 1)
        {
            if (IsPlain(token) && !IsPlaceholder(token)) yield return [token];
            yield break;
        }
        for (var cut = 1; cut < token.Length; cut++)
        {
            var head = token[..cut];
            if (IsPercent(head) || !IsPlain(head)) continue;
            foreach (var rest in Splits(token[cut..], pieces - 1)) yield return [head, .. rest];
        }
    }

    // One figure: no leading zero before another digit, at most one decimal point, thousands groups, an optional percent.
    [GeneratedRegex(@"^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d{1,6})?[%％]?$")]
    private static partial Regex OneFigure();
}
