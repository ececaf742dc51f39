using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Tests.Workflow;

/// <summary>Superseded is reached only by the system move of the tables (workflow.md §3, §6, §9), never by a user.</summary>
public class SupersedeTests
{
    public static TheoryData<string, FormState> SystemMoves => new()
    {
        { "绩效目标申报", FormState.Approved },   // adjustment n+1 approved: n is kept read-only
        { "绩效目标申报", FormState.Draft },      // import of a new version replaces the editable one
        { "绩效目标申报", FormState.Returned },
        { "单位预算公开", FormState.Published },  // correction published: the old package stays visible
    };

    [Theory]
    [MemberData(nameof(SystemMoves))]
    public void ApplySystem_Supersede_FromTableState_ReachesSuperseded(string workflow, FormState from)
    {
        var result = Of(workflow).ApplySystem(from, WorkflowAction.Supersede);
        Assert.True(result.Allowed, result.Error);
        Assert.Equal(FormState.Superseded, result.To);
    }

    [Theory]
    [InlineData("绩效目标申报", FormState.Submitted)]     // under review: not replaced behind the reviewer's back
    [InlineData("绩效目标申报", FormState.Imported)]      // a historical record stays as it was
    [InlineData("单位预算公开", FormState.Approved)]      // only a published package is superseded
    [InlineData("绩效自评", FormState.Confirmed)]         // self-evaluations have no versions
    [InlineData("运行监控", FormState.Confirmed)]
    public void ApplySystem_Supersede_OutsideTable_IsRefusedWithReason(string workflow, FormState from)
    {
        var result = Of(workflow).ApplySystem(from, WorkflowAction.Supersede);
        Assert.False(result.Allowed);
        Assert.Contains("不能执行“由新版本取代”", result.Error);
    }

    [Theory]
    [InlineData(Role.FinanceAdmin)]
    [InlineData(Role.UnitPreparer)]
    public void Apply_UserAsksToSupersede_IsRefused(Role actor)
    {
        var result = FormWorkflow.Declaration.Apply(new TransitionRequest(FormState.Approved, WorkflowAction.Supersede, actor));
        Assert.False(result.Allowed);
        Assert.Contains("无权", result.Error);
        Assert.DoesNotContain(WorkflowAction.Supersede, FormWorkflow.Declaration.ActionsFor(FormState.Approved, actor));
    }

    [Fact]
    public void ApplySystem_UserMove_IsNotASystemMove() =>
        Assert.False(FormWorkflow.Declaration.ApplySystem(FormState.FinanceReview, WorkflowAction.Approve).Allowed);

    private static FormWorkflow Of(string name) =>
        new[] { FormWorkflow.Declaration, FormWorkflow.SelfEvaluation, FormWorkflow.Monitoring, FormWorkflow.Disclosure }.Single(w => w.Name == name);
}
