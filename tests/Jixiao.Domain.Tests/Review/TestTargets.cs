using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// Builds <see cref="TargetValue"/> models as the parser would (target-grammar.md §1, §5), without the parser.
/// </summary>
internal static class T
{
    private static readonly Dictionary<string, UnitRef> Units = new()
    {
        ["%"] = new("%", Dimension.Percent, 1m, "%", null),
        ["元"] = new("元", Dimension.Currency, 1m, "元", null),
        ["万元"] = new("万元", Dimension.Currency, 10_000m, "元", null),
        ["万元/场"] = new("万元/场", Dimension.Currency, 10_000m, "元", "场"),
        ["元/册"] = new("元/册", Dimension.Currency, 1m, "元", "册"),
        ["元/月"] = new("元/月", Dimension.Currency, 1m, "元", "月"),
        ["万"] = new("万", Dimension.Unknown, 10_000m, "万", null),
        ["分钟"] = new("分钟", Dimension.Duration, 60m, "秒", null),
        ["小时"] = new("小时", Dimension.Duration, 3600m, "秒", null),
        ["MB"] = new("MB", Dimension.DataSize, 1_048_576m, "B", null),
        ["人次/场"] = new("人次/场", Dimension.Count, 1m, "人次", "场"),
        ["万条/月"] = new("万条/月", Dimension.Count, 10_000m, "条", "月"),
    };

    public static UnitRef Unit(string text) =>
        Units.TryGetValue(text, out var u) ? u : new UnitRef(text, Dimension.Count, 1m, text, null);

    public static TargetValue Quant(Comparator op, decimal value, string? unit, string? original = null, params ParseNote[] notes)
    {
        var opText = op switch { Comparator.Ge => "≥", Comparator.Le => "≤", Comparator.Gt => ">", Comparator.Lt => "<", _ => "=" };
        var canonical = $"{opText}{value:0.00}" + (unit is null ? "" : $"({unit})");
        return new TargetValue
        {
            Kind = TargetKind.Quantitative,
            Op = op,
            Value = value,
            Unit = unit is null ? null : Unit(unit),
            OriginalText = original ?? canonical,
            Canonical = canonical,
            Notes = unit is null ? [.. notes, ParseNote.MissingUnit] : notes,
        };
    }

    public static TargetValue Ge(decimal value, string? unit, string? original = null) => Quant(Comparator.Ge, value, unit, original);
    public static TargetValue Le(decimal value, string? unit, string? original = null) => Quant(Comparator.Le, value, unit, original);
    public static TargetValue Eq(decimal value, string? unit, string? original = null) => Quant(Comparator.Eq, value, unit, original);

    public static TargetValue Qual(string text, params string[] words) => new()
    {
        Kind = TargetKind.Qualitative,
        Words = words.Length > 0 ? words : [text],
        OriginalText = text,
        Canonical = text,
    };

    public static TargetValue Unrecognised(string text) => new()
    {
        Kind = TargetKind.Qualitative,
        Words = [text],
        OriginalText = text,
        Canonical = text,
        Notes = [ParseNote.Unrecognised],
    };

    public static TargetValue Deadline(string text, int? year, int? month, DeadlineAnchor anchor, Recurrence recurrence = Recurrence.None) => new()
    {
        Kind = TargetKind.Deadline,
        Deadline = new DeadlineSpec(recurrence, year, month, null, anchor),
        OriginalText = text,
        Canonical = text,
    };

    public static TargetValue Frequency(string text, decimal count, string per) => new()
    {
        Kind = TargetKind.Frequency,
        Op = Comparator.Eq,
        Frequency = new FrequencySpec(count, per, null, null),
        OriginalText = text,
        Canonical = text,
    };

    public static TargetValue Empty(string text = "") => new() { Kind = TargetKind.Empty, OriginalText = text, Canonical = "" };
}
