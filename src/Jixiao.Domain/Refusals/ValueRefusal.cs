using Jixiao.Domain.Bounds;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Refusals;

/// <summary>
/// Why values were refused: figures outside <see cref="ValueRanges"/>, texts longer than <see cref="TextLimits"/>, or
/// entries the form cannot take (a field it does not have, a text that does not read as the field's kind).
/// </summary>
public enum RefusalKind
{
    OutOfRange,
    TooLong,
    Unreadable,
}

/// <summary>One refused value.</summary>
/// <param name="Key">Where it is in the form or the API body (`funds.projectFundsTotal`, `rows[…].weight`), for clients.</param>
/// <param name="Name">The field's Chinese name with its row (`第 1 行指标“培训人次”·分值`).</param>
/// <param name="Message">The Chinese refusal naming the field, its value and what is allowed.</param>
public sealed record RefusedField(string Key, string Name, string Message);

/// <summary>
/// Values a form refused; nothing was written (ADR-021). The one refusal every service returns for bad figures and
/// over-long texts, on every form type; pages show <see cref="Summary"/>, the API answers one problem shape from it.
/// </summary>
public sealed record ValueRefusal(RefusalKind Kind, IReadOnlyList<RefusedField> Fields)
{
    public string Title => Kind switch
    {
        RefusalKind.OutOfRange => "数值超出允许范围",
        RefusalKind.TooLong => "内容过长",
        _ => "填报内容有误",
    };

    /// <summary>
    /// One Chinese sentence listing every refused value: `以下数值超出允许范围，未保存：项目资金总额“…”不能超过 …。` or
    /// `未保存：第 2 行指标“培训人次”：“偏差原因分析”最多 20,000 个字符，现有 25,000 个。`
    /// </summary>
    /// <param name="outcome">What did not happen: 未保存 (a save), 未导入 (an import).</param>
    public string Summary(string outcome = "未保存") => Kind == RefusalKind.OutOfRange
        ? $"以下数值超出允许范围，{outcome}：" + string.Concat(Fields.Select(f => f.Message))
        : $"{outcome}：" + string.Join("；", Fields.Select(f => f.Message));

    public static ValueRefusal OutOfRange(IEnumerable<ValueViolation> violations) =>
        new(RefusalKind.OutOfRange, violations.Select(v => new RefusedField(v.Key, v.Field, v.Message)).ToList());

    public static ValueRefusal TooLong(IEnumerable<TextLimitViolation> violations) =>
        new(RefusalKind.TooLong, violations.Select(v => new RefusedField(v.Field, v.Name, v.Message)).ToList());

    /// <summary>
    /// Entries a form cannot take; a text that is only too long among them keeps its message. All of them
    /// <see cref="RefusalKind.TooLong"/> when every one is (so the title says so), else <see cref="RefusalKind.Unreadable"/>.
    /// </summary>
    public static ValueRefusal Of(IReadOnlyList<RefusedField> unreadable, IReadOnlyList<RefusedField> tooLong)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        ArgumentNullException.ThrowIfNull(tooLong);
        return new(unreadable.Count == 0 ? RefusalKind.TooLong : RefusalKind.Unreadable, [.. unreadable, .. tooLong]);
    }
}
