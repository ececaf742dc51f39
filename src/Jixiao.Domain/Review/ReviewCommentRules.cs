using System.Globalization;
using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Review;

/// <summary>
/// What a review comment (审核意见) and its reply (答复) may be, and where a comment may be anchored: the whole form or
/// one indicator row of the version under review.
/// </summary>
public static class ReviewCommentRules
{
    /// <summary>
    /// At most 2,000 characters (Unicode scalar values; a Chinese character counts one). A review opinion is a note
    /// on a form — the printed 审核意见 box holds a few hundred characters — so 2,000 leaves room for a detailed
    /// paragraph while every comment stays readable beside its row and in the printed review.
    /// </summary>
    public const int MaxLength = 2000;

    /// <summary>The anchor of a comment on the whole form (a return's reason is one).</summary>
    public const string FormAnchor = "project";

    private const string IndicatorPrefix = "indicator:";

    public static string IndicatorAnchor(Guid key) => IndicatorPrefix + key.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>Null when the text may be stored; else the Chinese reason. <paramref name="what"/> names it (审核意见, 答复).</summary>
    public static string? TextError(string? text, string what = "审核意见")
    {
        if (string.IsNullOrWhiteSpace(text)) return $"{what}不能为空。";
        var length = text.Trim().EnumerateRunes().Count();
        return length > MaxLength
            ? $"{what}最多 {MaxLength.ToString("N0", CultureInfo.InvariantCulture)} 个字，当前 {length.ToString("N0", CultureInfo.InvariantCulture)} 个字，请精简后再提交。"
            : null;
    }

    /// <summary>
    /// Null when <paramref name="text"/> is blank or within <see cref="MaxLength"/>; else the Chinese reason. For the
    /// notes an action may carry without needing one (an approval's comment, an acknowledgement, a reason): stored in
    /// the audit trail and shown beside the form like a review comment, so capped like one.
    /// </summary>
    public static string? OptionalTextError(string? text, string what = "审核意见") =>
        string.IsNullOrWhiteSpace(text) ? null : TextError(text, what);

    /// <summary>
    /// Null when <paramref name="anchor"/> names the form or an indicator row among <paramref name="indicatorKeys"/>
    /// (the rows of the version the comment is written on); else the Chinese reason.
    /// </summary>
    public static string? AnchorError(string? anchor, IEnumerable<Guid> indicatorKeys)
    {
        if (anchor == FormAnchor) return null;
        if (anchor is not null && anchor.StartsWith(IndicatorPrefix, StringComparison.Ordinal)
            && Guid.TryParseExact(anchor.AsSpan(IndicatorPrefix.Length), "D", out var key) && indicatorKeys.Contains(key))
            return null;
        return "审核意见所指的指标行在当前版本中不存在（可能已被删除或版本已更新），请刷新页面后在现有指标行上填写。";
    }

    /// <summary>
    /// How a role answers a comment that is not resolved, on every form type: the filing unit replies (答复), a
    /// reviewer resolves it (关闭); any other role may not answer (null).
    /// </summary>
    public static CommentAnswer? AnswerOf(Role? role, bool ownForm = false) => ownForm ? CommentAnswer.Reply : role switch
    {
        Role.UnitPreparer => CommentAnswer.Reply,
        Role.SupervisorReviewer or Role.FinanceReviewer or Role.FinanceAdmin => CommentAnswer.Resolve,
        _ => null,
    };

    /// <summary>
    /// Null when <paramref name="role"/> may give <paramref name="answer"/> (the role's own answer when null) to a comment
    /// with <paramref name="reply"/>; else the Chinese reason. Only the unit replies, only a reviewer resolves.
    /// </summary>
    public static string? AnswerError(Role? role, CommentAnswer? answer, bool resolved, string? reply, bool ownForm = false)
    {
        if (resolved) return "该审核意见已解决，不能再答复或关闭。";
        var own = AnswerOf(role, ownForm);
        return (answer ?? own) switch
        {
            CommentAnswer.Reply when own == CommentAnswer.Reply => TextError(reply, "答复"),
            CommentAnswer.Reply => "只有填报单位可以答复审核意见。",
            CommentAnswer.Resolve when own == CommentAnswer.Resolve => null,
            CommentAnswer.Resolve => "只有审核人可以将审核意见标记为已解决。",
            _ => "只有填报单位可以答复审核意见，只有审核人可以将其标记为已解决。",
        };
    }
}

/// <summary>What a user does to a review comment that is still open or answered.</summary>
public enum CommentAnswer
{
    /// <summary>The filing unit writes a reply (答复); the comment becomes answered.</summary>
    Reply,
    /// <summary>A reviewer closes it (标记为已解决).</summary>
    Resolve,
}
