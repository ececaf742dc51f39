using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Review;

/// <summary>Why a reviewer set a finding aside (issue 18): the rule was wrong here, does not apply, or the unit explained it.</summary>
public enum DismissalReason
{
    /// <summary>误报: the rule misread the form.</summary>
    FalsePositive,
    /// <summary>不适用: right in general, not for this project.</summary>
    NotApplicable,
    /// <summary>已说明: the unit's explanation (说明) settles it.</summary>
    Explained,
}

/// <summary>
/// Who may dismiss or answer a review finding, and what a dismissal's reason and a unit's 说明 may be. One rule for
/// every page and API: only a reviewer of the form in review dismisses; only the filing unit answers its own form, and
/// only findings that ask for an explanation; an approved version changes no more.
/// </summary>
public static class FindingDismissals
{
    public static string Chinese(DismissalReason reason) => reason switch
    {
        DismissalReason.FalsePositive => "误报",
        DismissalReason.NotApplicable => "不适用",
        DismissalReason.Explained => "已说明",
        _ => reason.ToString(),
    };

    /// <summary>
    /// A finding asks for an explanation when it is a warning: review-rules.md has a warning acknowledged with a note,
    /// so the unit's 说明 is that note. Errors are fixed, not explained; information needs no answer.
    /// </summary>
    public static bool AsksForExplanation(Finding finding) => finding.Severity == Severity.Warning;

    /// <summary>Null when <paramref name="role"/> may dismiss findings of a form in <paramref name="state"/>; else the Chinese reason.</summary>
    /// <param name="reviewing">The role reviews the form in this state (the caller's workflow answers this).</param>
    public static string? DismissError(Role? role, FormState state, bool reviewing)
    {
        if (role is not (Role.SupervisorReviewer or Role.FinanceReviewer or Role.FinanceAdmin))
            return "只有审核人可以忽略审核问题。";
        if (FormStateNames.IsLocked(state))
            return $"当前版本状态为“{FormStateNames.Chinese(state)}”，已不能修改，不能忽略审核问题。";
        return reviewing ? null : $"当前状态为“{FormStateNames.Chinese(state)}”，不在审核中，不能忽略审核问题。";
    }

    /// <summary>Null when the reason and its optional note may be stored; else the Chinese reason.</summary>
    public static string? ReasonError(string? reason, string? note) =>
        ParseReason(reason) is null
            ? "请选择忽略原因（误报、不适用或已说明）。"
            : ReviewCommentRules.OptionalTextError(note, "忽略说明");

    public static DismissalReason? ParseReason(string? reason) =>
        Enum.TryParse<DismissalReason>(reason, ignoreCase: false, out var r) && Enum.IsDefined(r) ? r : null;

    /// <summary>Null when the unit may answer the finding with <paramref name="text"/>; else the Chinese reason.</summary>
    /// <param name="ownForm">The form belongs to the user's own unit.</param>
    public static string? AnswerError(Role? role, bool ownForm, FormState state, Finding finding, string? text)
    {
        if (role != Role.UnitPreparer || !ownForm) return "只有填报单位可以对本单位的审核问题作出说明。";
        if (FormStateNames.IsLocked(state)) return $"当前版本状态为“{FormStateNames.Chinese(state)}”，已不能修改，不能再作说明。";
        if (!AsksForExplanation(finding)) return "该审核问题无需说明（只有警告需要说明）。";
        return ReviewCommentRules.TextError(text, "说明");
    }
}
