using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Tests.Workflow;

/// <summary>
/// A department's own 部门整体自评 (ADR-065): its 主管部门审核人 fills it in and submits it for the department, 财政局
/// reviews it; the department never reviews its own form, nor submits a unit's.
/// </summary>
public class OwnFormWorkflowTests
{
    private static TransitionResult Apply(FormState from, WorkflowAction action, Role actor, bool own, int openComments = 0) =>
        FormWorkflow.SelfEvaluation.Apply(new TransitionRequest(from, action, actor, OpenComments: openComments, ActorOwnsForm: own));

    [Theory]
    [InlineData(FormState.Draft)]
    [InlineData(FormState.Returned)]
    public void Submit_DepartmentOnItsOwnForm_GoesToFinance(FormState from) =>
        Assert.Equal(FormState.Submitted, Apply(from, WorkflowAction.Submit, Role.SupervisorReviewer, own: true).To);

    [Fact]
    public void Submit_DepartmentOnAUnitsForm_IsRefusedInChinese()
    {
        var result = Apply(FormState.Draft, WorkflowAction.Submit, Role.SupervisorReviewer, own: false);

        Assert.False(result.Allowed);
        Assert.Equal("主管部门只能提交或撤回本部门的部门整体表，所属单位的表由单位填报。", result.Error);
    }

    [Theory]
    [InlineData(FormState.Submitted, WorkflowAction.Open)]
    [InlineData(FormState.Verification, WorkflowAction.Confirm)]
    [InlineData(FormState.Verification, WorkflowAction.Return)]
    public void Review_DepartmentOnItsOwnForm_IsRefused_FinanceAndOtherFormsAreNot(FormState from, WorkflowAction action)
    {
        Assert.Equal("本部门填报的部门整体表由财政局审核，不能自行审核。", Apply(from, action, Role.SupervisorReviewer, own: true, openComments: 1).Error);
        Assert.True(Apply(from, action, Role.FinanceReviewer, own: false, openComments: 1).Allowed);
        Assert.True(Apply(from, action, Role.SupervisorReviewer, own: false, openComments: 1).Allowed);
    }

    [Fact]
    public void Withdraw_DepartmentOnItsOwnUnopenedForm_ReturnsToDraft() =>
        Assert.Equal(FormState.Draft, Apply(FormState.Submitted, WorkflowAction.Withdraw, Role.SupervisorReviewer, own: true).To);

    [Fact]
    public void ActionsFor_OwnSubmittedForm_OffersWithdrawOnly_AUnitsOffersOpenOnly()
    {
        Assert.Equal([WorkflowAction.Withdraw], FormWorkflow.SelfEvaluation.ActionsFor(FormState.Submitted, Role.SupervisorReviewer, actorOwnsForm: true));
        Assert.Equal([WorkflowAction.Open], FormWorkflow.SelfEvaluation.ActionsFor(FormState.Submitted, Role.SupervisorReviewer, actorOwnsForm: false));
    }

    [Fact]
    public void UnitPreparer_SubmitsItsOwnUnitsForm_AsBefore() =>
        Assert.Equal(FormState.Submitted, Apply(FormState.Draft, WorkflowAction.Submit, Role.UnitPreparer, own: true).To);
}
