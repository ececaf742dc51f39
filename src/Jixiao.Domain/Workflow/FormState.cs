namespace Jixiao.Domain.Workflow;

/// <summary>
/// States of every reviewed form (workflow.md §2–§6). Each form kind uses a subset, fixed by its transition table.
/// </summary>
public enum FormState
{
    Draft,
    Submitted,
    SupervisorReview,
    FinanceReview,
    Approved,
    Returned,
    Rejected,
    Superseded,
    Verification,
    Confirmed,
    Published,
    Imported,
}

public static class FormStateNames
{
    public static string Chinese(FormState state) => state switch
    {
        FormState.Draft => "草稿",
        FormState.Submitted => "已提交",
        FormState.SupervisorReview => "主管部门审核",
        FormState.FinanceReview => "财政审核",
        FormState.Approved => "已批复",
        FormState.Returned => "已退回",
        FormState.Rejected => "不予安排",
        FormState.Superseded => "已调整",
        FormState.Verification => "复核",
        FormState.Confirmed => "已确认",
        FormState.Published => "已公开",
        FormState.Imported => "历史导入",
        _ => state.ToString(),
    };

    /// <summary>States in which the unit may edit the form (everything else is read-only for it, §7).</summary>
    public static bool IsEditableByUnit(FormState state) => state is FormState.Draft or FormState.Returned;

    /// <summary>Immutable states: change only through a new version (§7).</summary>
    public static bool IsLocked(FormState state) =>
        state is FormState.Approved or FormState.Superseded or FormState.Confirmed or FormState.Published or FormState.Imported or FormState.Rejected;
}
