using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Tests.Workflow;

/// <summary>
/// 部门整体 (ADR-064): the 主管部门审核人 declares its own department's form — submits, withdraws, resubmits — and it goes
/// straight to 财政局; it may not submit a unit's form, nor review the form it declared.
/// </summary>
public class DepartmentDeclarationWorkflowTests
{
    private static TransitionResult Move(FormState from, WorkflowAction action, Role actor, bool own, bool opened = false, int errors = 0) =>
        FormWorkflow.Declaration.Apply(new TransitionRequest(from, action, actor, ErrorFindings: errors, OpenedByReviewer: opened,
            SupervisorIsFinance: true, ActorOwnsForm: own));

    [Theory]
    [InlineData(FormState.Draft, WorkflowAction.Submit, FormState.Submitted)]
    [InlineData(FormState.Returned, WorkflowAction.Submit, FormState.Submitted)]
    [InlineData(FormState.Submitted, WorkflowAction.Withdraw, FormState.Draft)]
    public void DepartmentReviewer_OnItsOwnForm_DeclaresLikeAUnit(FormState from, WorkflowAction action, FormState expected) =>
        Assert.Equal(expected, Move(from, action, Role.SupervisorReviewer, own: true).To);

    [Theory]
    [InlineData(FormState.Draft, WorkflowAction.Submit)]
    [InlineData(FormState.Returned, WorkflowAction.Submit)]
    [InlineData(FormState.Submitted, WorkflowAction.Withdraw)]
    public void DepartmentReviewer_OnAUnitsForm_CannotDeclareIt(FormState from, WorkflowAction action)
    {
        var result = Move(from, action, Role.SupervisorReviewer, own: false);

        Assert.False(result.Allowed);
        Assert.Contains("只能提交或撤回本部门的部门整体表", result.Error);
    }

    [Fact]
    public void DepartmentReviewer_CannotOpenItsOwnSubmittedForm_WhileFinanceOpensItIntoFinanceReview()
    {
        var own = Move(FormState.Submitted, WorkflowAction.Open, Role.SupervisorReviewer, own: true);
        var finance = Move(FormState.Submitted, WorkflowAction.Open, Role.FinanceReviewer, own: false);

        Assert.False(own.Allowed);
        Assert.Contains("不能自行审核", own.Error);
        Assert.Equal(FormState.FinanceReview, finance.To);
    }

    [Fact]
    public void Submit_WithErrorFindings_IsBlockedForTheDepartmentToo() =>
        Assert.Contains("错误级", Move(FormState.Draft, WorkflowAction.Submit, Role.SupervisorReviewer, own: true, errors: 1).Error);

    [Fact]
    public void Withdraw_AfterFinanceOpened_IsRefused() =>
        Assert.False(Move(FormState.Submitted, WorkflowAction.Withdraw, Role.SupervisorReviewer, own: true, opened: true).Allowed);

    [Fact]
    public void OfferedActions_FollowWhoseFormItIs()
    {
        var table = FormWorkflow.Declaration;

        Assert.Equal([WorkflowAction.Submit], table.OfferedActions(FormState.Draft, Role.SupervisorReviewer, ownForm: true));
        Assert.Empty(table.OfferedActions(FormState.Draft, Role.SupervisorReviewer, ownForm: false));
        Assert.Equal([WorkflowAction.Withdraw], table.OfferedActions(FormState.Submitted, Role.SupervisorReviewer, supervisorIsFinance: true, ownForm: true));
        // A unit's submitted form: the department opens it with its first act and is offered the review moves.
        Assert.Contains(WorkflowAction.Pass, table.OfferedActions(FormState.Submitted, Role.SupervisorReviewer, ownForm: false));
    }
}
