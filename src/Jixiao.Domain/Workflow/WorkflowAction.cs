namespace Jixiao.Domain.Workflow;

public enum WorkflowAction
{
    Submit,
    Withdraw,
    Open,
    Pass,
    Return,
    Approve,
    Reject,
    Confirm,
    Publish,
    Reopen,
    /// <summary>System action: a newer version takes the place of this one (never chosen by a user).</summary>
    Supersede,
}

public static class WorkflowActionNames
{
    public static string Chinese(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "提交",
        WorkflowAction.Withdraw => "撤回",
        WorkflowAction.Open => "开始审核",
        WorkflowAction.Pass => "通过",
        WorkflowAction.Return => "退回",
        WorkflowAction.Approve => "批复",
        WorkflowAction.Reject => "不予安排",
        WorkflowAction.Confirm => "确认",
        WorkflowAction.Publish => "公开",
        WorkflowAction.Reopen => "重新打开",
        WorkflowAction.Supersede => "由新版本取代",
        _ => action.ToString(),
    };
}
