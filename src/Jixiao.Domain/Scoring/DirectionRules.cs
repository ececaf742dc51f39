using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Scoring;

/// <summary>SC-11 direction and the OP-01 output-quantity test, driven by keyword lists.</summary>
internal static class DirectionRules
{
    /// <summary>Name keywords that make an `=` indicator lower-is-better (SC-11).</summary>
    public static IReadOnlyList<string> ReverseKeywords { get; } = ["成本", "费用", "投诉", "事故", "故障次数", "发生率", "差错"];

    /// <summary>Name keywords of an output quantity (OP-01).</summary>
    public static IReadOnlyList<string> OutputQuantityKeywords { get; } = ["次数", "场次", "数量", "个数", "篇", "份", "人次"];

    /// <summary>The direction and why: explicit override, then the comparator, then the `=` defaults.</summary>
    public static (Direction Direction, string Why) Of(Indicator indicator, Comparator op)
    {
        if (indicator.Direction is { } explicitDirection)
            return (explicitDirection, "explicit Direction set in review");
        switch (op)
        {
            case Comparator.Ge or Comparator.Gt:
                return (Direction.Positive, OpWhy(op));
            case Comparator.Le or Comparator.Lt:
                return (Direction.Reverse, OpWhy(op));
        }
        if (IsCostCategory(indicator))
            return (Direction.Reverse, "op =, 成本 category");
        var keywords = ReverseKeywords;
        for (var i = 0; i < keywords.Count; i++)
            if (indicator.Name.Contains(keywords[i], StringComparison.Ordinal))
                return (Direction.Reverse, $"op =, name contains {keywords[i]}");
        return (Direction.Positive, "op =, default");
    }

    private static readonly string?[] OpWhyTexts = new string?[Enum.GetValues<Comparator>().Length];

    // `op ≥` and the like, built once per comparator (every numeric row's trail has one).
    private static string OpWhy(Comparator op) => OpWhyTexts[(int)op] ??= $"op {op.Symbol()}";

    public static bool IsOutputQuantity(Indicator indicator) =>
        IndicatorTemplate.LabelKey(indicator.Level2) == "数量"
        || OutputQuantityKeywords.Any(k => indicator.Name.Contains(k, StringComparison.Ordinal));

    private static bool IsCostCategory(Indicator indicator) => KeyContainsCost(indicator.Level1) || KeyContainsCost(indicator.Level2);

    private static bool KeyContainsCost(string label) => IndicatorTemplate.LabelKey(label).Contains("成本", StringComparison.Ordinal);
}
