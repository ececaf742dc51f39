using Jixiao.Domain.Text;

namespace Jixiao.Domain.Rectification;

/// <summary>The moves on a 整改事项.</summary>
public enum RectificationAction
{
    /// <summary>The owner unit answers (text, attachments).</summary>
    Answer,
    /// <summary>The reviewer accepts the answer: 销号.</summary>
    Close,
    /// <summary>The reviewer finds the answer insufficient: back to 待整改, with a reason.</summary>
    Reopen,
}

/// <summary>
/// The rules of a 整改事项 (rectification item): its transition table (待整改 →答复→ 已答复 →销号→ 已销号, or →重新整改→
/// 待整改), what raising, answering and reopening need, and when it is overdue. Pure: the caller passes today's date.
/// </summary>
public static class RectificationRules
{
    private static readonly (RectificationState From, RectificationAction Action, RectificationState To)[] Table =
    [
        (RectificationState.Open, RectificationAction.Answer, RectificationState.Answered),
        // A unit may add to its answer before the reviewer has decided.
        (RectificationState.Answered, RectificationAction.Answer, RectificationState.Answered),
        (RectificationState.Answered, RectificationAction.Close, RectificationState.Closed),
        (RectificationState.Answered, RectificationAction.Reopen, RectificationState.Open),
    ];

    public static string Chinese(RectificationAction action) => action switch
    {
        RectificationAction.Answer => "答复",
        RectificationAction.Close => "销号",
        _ => "重新整改",
    };

    /// <summary>The state after <paramref name="action"/>, or the Chinese reason it is refused (text: the answer or the reopening reason).</summary>
    public static (RectificationState? To, string? Refusal) Move(RectificationState from, RectificationAction action, string? text)
    {
        var move = Table.FirstOrDefault(t => t.From == from && t.Action == action);
        if (move == default)
            return (null, $"整改事项当前状态“{RectificationNames.Chinese(from)}”不能执行“{Chinese(action)}”。");
        if (action != RectificationAction.Close && CheckText(text, action == RectificationAction.Answer ? "整改答复" : "重新整改理由") is { } refusal)
            return (null, refusal);
        return (move.To, null);
    }

    /// <summary>Null when a new item may be raised with this requirement and due date on <paramref name="today"/>, else why not.</summary>
    public static string? CheckNew(string? requirement, DateOnly due, DateOnly today) =>
        CheckText(requirement, "整改要求") ?? (due < today ? "整改期限不能早于今天。" : null);

    /// <summary>
    /// Overdue: still waiting for the unit (待整改, raised or reopened) after its due date (an item due today is not yet
    /// overdue). An answered item waits for the reviewer, not the unit, so it is not the unit's overdue item.
    /// </summary>
    public static bool IsOverdue(RectificationState state, DateOnly due, DateOnly today) => state == RectificationState.Open && due < today;

    private static string? CheckText(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? $"请填写{field}。"
        : !TextHygiene.IsClean(text) ? $"{field}含有不可见或控制字符，请删除后再保存。"
        : TextLimits.Check(text, TextKind.Narrative, field);
}
