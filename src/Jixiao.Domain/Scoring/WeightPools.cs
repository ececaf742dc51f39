using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Scoring;

/// <summary>Which weight pool (SC-01) a row's level-1 belongs to, and how a pool is named to people.</summary>
public static class WeightPools
{
    /// <summary>The first pool holding a label with the row's level-1 <see cref="IndicatorTemplate.LabelKey"/>, or −1.</summary>
    public static int IndexOf(string level1, IReadOnlyList<WeightPool> pools)
    {
        ArgumentNullException.ThrowIfNull(pools);
        var rowKey = IndicatorTemplate.LabelKey(level1);
        for (var i = 0; i < pools.Count; i++)
            if (pools[i].Level1Labels.Any(label => IndicatorTemplate.LabelKey(label) == rowKey))
                return i;
        return -1;
    }

    /// <summary>`产出指标、成本指标`: the level-1 labels of the pool as the form prints them.</summary>
    public static string DisplayName(WeightPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return string.Join("、", pool.Level1Labels.Select(l => IndicatorTemplate.LabelKey(l) + "指标"));
    }
}
