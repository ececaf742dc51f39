using System.Globalization;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// A grid's weights fill the whole pool (100). Where every row but one prints its weight and that one prints a single
/// bare number where the target stands (its target left empty, run together with nothing to tell the columns apart),
/// and that number is exactly what the pool lacks, it is the row's weight. Nothing else is moved.
/// </summary>
internal static class IndicatorGridWeightPool
{
    private const decimal Pool = 100m;

    public static List<RecognisedIndicator> PlaceMissingWeight(List<RecognisedIndicator> rows)
    {
        var missing = rows.Where(r => r.Weight is null).ToList();
        if (rows.Count < 2 || missing.Count != 1 || missing[0] is not { Actual: null, Score: null, Target: { } target } row
            || Number(target) is not { } lone || rows.Any(r => r.Actual is not null || r.Score is not null))
            return rows;
        var weights = rows.Where(r => r != row).Select(r => Number(r.Weight)).ToList();
        if (weights.Any(w => w is null) || weights.Sum(w => w!.Value) + lone != Pool) return rows;
        return [.. rows.Select(r => r == row ? r with { Target = null, Weight = target } : r)];
    }

    private static decimal? Number(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
