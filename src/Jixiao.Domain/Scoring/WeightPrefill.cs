using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// 分值 proposed when a 自评表 starts (issue 15): each weight pool of the profile (SC-01, e.g. 产出 + 成本 = 50) is split
/// evenly over its rows that have no 分值 yet, rounded to 2 decimals (SC-50) with the remainder on the pool's last blank
/// row, so every pool sums exactly to its weight. Rows already weighted keep their 分值; rows of a level-1 outside every
/// pool stay blank (other templates: the unit decides).
/// </summary>
public static class WeightPrefill
{
    /// <summary>The 分值 of each row of <paramref name="rows"/>, in order.</summary>
    public static IReadOnlyList<decimal?> Of(IReadOnlyList<Indicator> rows, RuleProfile profile)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(profile);
        var weights = rows.Select(r => r.Weight is > 0m ? r.Weight : null).ToArray();
        for (var p = 0; p < profile.WeightPools.Count; p++)
        {
            var pool = profile.WeightPools[p];
            var members = Enumerable.Range(0, rows.Count).Where(i => WeightPools.IndexOf(rows[i].Level1, profile.WeightPools) == p).ToList();
            var blank = members.Where(i => weights[i] is null).ToList();
            var left = pool.Weight - members.Sum(i => weights[i] ?? 0m);
            if (blank.Count == 0 || left <= 0m) continue;
            var share = Numbers.Rounding.Score(left / blank.Count);
            foreach (var i in blank) weights[i] = share;
            weights[blank[^1]] = left - share * (blank.Count - 1);
        }
        return weights;
    }
}
