namespace Jixiao.Domain.Text;

/// <summary>One field of a form that is longer than <see cref="TextLimits"/> allows.</summary>
/// <param name="Field">Where it is, in the stored form's or the API body's terms (`name`, `rows[…].deviationReason`), for API clients.</param>
/// <param name="Message">The Chinese refusal naming the field (and its row or line).</param>
/// <param name="Name">The field's Chinese name with its row or line (`第 2 行指标“培训人次”·偏差原因分析`).</param>
public sealed record TextLimitViolation(string Field, string Message, string Name);

/// <summary>Collects the over-long fields of one form, in form order.</summary>
internal sealed class TextLimitList : List<TextLimitViolation>
{
    /// <param name="where">What precedes the message: the row or line (`第 3 行指标“培训人次”：`), or empty.</param>
    public void Check(string? text, TextKind kind, string key, string label, string where = "")
    {
        if (TextLimits.Check(text, kind, label) is { } message) Add(new TextLimitViolation(key, where + message,
            where.Length == 0 ? label : where.TrimEnd('：', ':', ' ') + "·" + label));
    }
}
