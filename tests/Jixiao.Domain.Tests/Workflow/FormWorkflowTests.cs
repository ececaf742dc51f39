using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Tests.Workflow;

public class FormWorkflowTests
{
    private static TransitionResult Declare(FormState from, WorkflowAction action, Role actor,
        int errors = 0, int unacknowledged = 0, int openComments = 0, bool opened = false, string? reason = null,
        bool supervisorIsFinance = false) =>
        FormWorkflow.Declaration.Apply(new TransitionRequest(from, action, actor, errors, unacknowledged, openComments, opened, reason, supervisorIsFinance));

    public static TheoryData<FormState, WorkflowAction, Role, FormState> LegalDeclarationMoves => new()
    {
        { FormState.Draft, WorkflowAction.Submit, Role.UnitPreparer, FormState.Submitted },
        { FormState.Returned, WorkflowAction.Submit, Role.UnitPreparer, FormState.Submitted },
        { FormState.Submitted, WorkflowAction.Withdraw, Role.UnitPreparer, FormState.Draft },
        { FormState.Submitted, WorkflowAction.Open, Role.SupervisorReviewer, FormState.SupervisorReview },
        { FormState.SupervisorReview, WorkflowAction.Pass, Role.SupervisorReviewer, FormState.FinanceReview },
        { FormState.FinanceReview, WorkflowAction.Approve, Role.FinanceReviewer, FormState.Approved },
        { FormState.FinanceReview, WorkflowAction.Reject, Role.FinanceReviewer, FormState.Rejected },
    };

    [Theory]
    [MemberData(nameof(LegalDeclarationMoves))]
    public void Apply_LegalMove_ReachesTargetState(FormState from, WorkflowAction action, Role actor, FormState expected)
    {
        var result = Declare(from, action, actor);
        Assert.True(result.Allowed, result.Error);
        Assert.Equal(expected, result.To);
    }

    [Theory]
    [InlineData(FormState.Draft, WorkflowAction.Approve, Role.FinanceReviewer, "不能执行")]     // not in the table
    [InlineData(FormState.Approved, WorkflowAction.Submit, Role.UnitPreparer, "不能执行")]     // approved is locked
    [InlineData(FormState.FinanceReview, WorkflowAction.Approve, Role.UnitPreparer, "无权")]   // wrong actor
    [InlineData(FormState.SupervisorReview, WorkflowAction.Pass, Role.UnitPreparer, "无权")]
    [InlineData(FormState.FinanceReview, WorkflowAction.Approve, Role.SupervisorReviewer, "无权")] // 谁批复预算，谁批复目标
    public void Apply_IllegalMove_IsRefusedWithReason(FormState from, WorkflowAction action, Role actor, string reasonFragment)
    {
        var result = Declare(from, action, actor);
        Assert.False(result.Allowed);
        Assert.Contains(reasonFragment, result.Error);
    }

    [Fact]
    public void Submit_WithErrorFindings_IsBlocked()
    {
        var result = Declare(FormState.Draft, WorkflowAction.Submit, Role.UnitPreparer, errors: 2);
        Assert.False(result.Allowed);
        Assert.Contains("2 个错误级", result.Error);
    }

    [Fact]
    public void Submit_WithUnacknowledgedWarning_IsBlocked()
    {
        var result = Declare(FormState.Draft, WorkflowAction.Submit, Role.UnitPreparer, unacknowledged: 1);
        Assert.False(result.Allowed);
        Assert.Contains("警告", result.Error);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Return_RequiresAnOpenComment(int openComments, bool allowed)
    {
        var result = Declare(FormState.SupervisorReview, WorkflowAction.Return, Role.SupervisorReviewer, openComments: openComments);
        Assert.Equal(allowed, result.Allowed);
        if (allowed) Assert.Equal(FormState.Returned, result.To);
    }

    [Fact]
    public void Withdraw_AfterReviewerOpened_IsRefused()
    {
        var result = Declare(FormState.Submitted, WorkflowAction.Withdraw, Role.UnitPreparer, opened: true);
        Assert.False(result.Allowed);
    }

    [Fact]
    public void Open_WhenSupervisorIsFinance_GoesStraightToFinanceReview()
    {
        var result = Declare(FormState.Submitted, WorkflowAction.Open, Role.FinanceReviewer, supervisorIsFinance: true);
        Assert.Equal(FormState.FinanceReview, result.To);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("  ", false)]
    [InlineData("批复金额录入错误", true)]
    public void Reopen_ByAdmin_NeedsAReason(string? reason, bool allowed) =>
        Assert.Equal(allowed, Declare(FormState.Approved, WorkflowAction.Reopen, Role.FinanceAdmin, reason: reason).Allowed);

    [Fact]
    public void ActionsFor_UnitOnDraft_OffersSubmitOnly() =>
        Assert.Equal([WorkflowAction.Submit], FormWorkflow.Declaration.ActionsFor(FormState.Draft, Role.UnitPreparer));

    [Fact]
    public void SelfEvaluation_ConfirmAfterVerification_Confirms()
    {
        var opened = FormWorkflow.SelfEvaluation.Apply(new(FormState.Submitted, WorkflowAction.Open, Role.SupervisorReviewer));
        Assert.Equal(FormState.Verification, opened.To);
        var confirmed = FormWorkflow.SelfEvaluation.Apply(new(FormState.Verification, WorkflowAction.Confirm, Role.SupervisorReviewer));
        Assert.Equal(FormState.Confirmed, confirmed.To);
    }

    [Theory]
    [InlineData(FormState.Approved, true)]
    [InlineData(FormState.Confirmed, true)]
    [InlineData(FormState.Published, true)]
    [InlineData(FormState.Imported, true)]
    [InlineData(FormState.Draft, false)]
    [InlineData(FormState.Returned, false)]
    public void IsLocked_MatchesSpecSection7(FormState state, bool locked) =>
        Assert.Equal(locked, FormStateNames.IsLocked(state));
}
