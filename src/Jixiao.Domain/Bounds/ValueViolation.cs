namespace Jixiao.Domain.Bounds;

/// <summary>
/// A figure outside its <see cref="ValueRange"/>: the field's Chinese label (`项目资金总额`, `第 3 行“培训人次”·分值`),
/// a stable <see cref="Key"/> for the editor field or API member it came from, the 1-based row when it belongs to one,
/// and the full Chinese message naming the field, the value and the allowed range.
/// </summary>
public sealed record ValueViolation(string Field, string Key, decimal Value, ValueRange Range, RangeProblem Problem, int? Row = null, string? Indicator = null)
{
    public string Message => $"{Field}“{Range.Format(Value)}”{Range.Reason(Problem)}（允许范围：{Range.Describe()}）。";

    /// <summary>The violation of <paramref name="value"/> against <paramref name="range"/>, or null (blank is never a violation).</summary>
    public static ValueViolation? Of(ValueRange range, decimal? value, string field, string key, int? row = null, string? indicator = null) =>
        value is { } v && range.Problem(v) is { } problem ? new ValueViolation(field, key, v, range, problem, row, indicator) : null;
}

/// <summary>Collects violations of one form.</summary>
internal sealed class ViolationList : List<ValueViolation>
{
    public void Check(ValueRange range, decimal? value, string field, string key, int? row = null, string? indicator = null)
    {
        if (ValueViolation.Of(range, value, field, key, row, indicator) is { } v) Add(v);
    }
}
