using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Tests;

/// <summary>Each form entity is an aggregate: its state moves only through its table, and a refused move changes nothing.</summary>
public class FormAggregateTests
{
    [Fact]
    public void Move_LegalMove_ChangesState()
    {
        var version = new DeclarationVersion { Content = "{}" };
        var result = version.Move(new TransitionRequest(FormState.Draft, WorkflowAction.Submit, Role.UnitPreparer));
        Assert.True(result.Allowed, result.Error);
        Assert.Equal(FormState.Submitted, version.State);
    }

    [Fact]
    public void Move_IllegalMove_KeepsStateAndSaysWhyInChinese()
    {
        var evaluation = new SelfEvaluationEntity { ProfileId = "sh-district", Content = "{}" };
        var result = evaluation.Move(new TransitionRequest(FormState.Draft, WorkflowAction.Confirm, Role.SupervisorReviewer));
        Assert.False(result.Allowed);
        Assert.Equal("绩效自评：当前状态“草稿”不能执行“确认”。", result.Error);
        Assert.Equal(FormState.Draft, evaluation.State);
    }

    [Fact]
    public void Move_RequestNamingAnotherState_UsesTheFormsOwnState()
    {
        // A caller holding an outdated state cannot talk the aggregate into a move its real state does not allow.
        var report = new MonitoringReportEntity { Content = "{}" };
        var result = report.Move(new TransitionRequest(FormState.SupervisorReview, WorkflowAction.Confirm, Role.SupervisorReviewer));
        Assert.False(result.Allowed);
        Assert.Equal(FormState.Draft, report.State);
    }

    [Fact]
    public void Supersede_PublishedPackage_BecomesSuperseded()
    {
        var package = new DisclosureEntity(FormState.Published) { Content = "{}" };
        Assert.True(package.Supersede().Allowed);
        Assert.Equal(FormState.Superseded, package.State);
    }

    [Fact]
    public void Supersede_VersionUnderReview_IsRefusedAndKeepsState()
    {
        var version = new DeclarationVersion(FormState.Submitted) { Content = "{}" };
        var result = version.Supersede();
        Assert.False(result.Allowed);
        Assert.Equal(FormState.Submitted, version.State);
        Assert.Throws<InvalidOperationException>(result.EnsureAllowed);
    }

    [Fact]
    public void Supersede_FormWhoseTableHasNoSystemMove_IsRefusedAndKeepsState()
    {
        // The shared base moves through the form's own table: the 自评表's has no supersede.
        var evaluation = new SelfEvaluationEntity(FormState.Confirmed) { ProfileId = "sh-district", Content = "{}" };
        var result = evaluation.Supersede();
        Assert.False(result.Allowed);
        Assert.Equal("绩效自评：当前状态“已确认”不能执行“由新版本取代”。", result.Error);
        Assert.Equal(FormState.Confirmed, evaluation.State);
    }

    public static TheoryData<IForm, FormWorkflow> EachFormWithItsTable => new()
    {
        { new DeclarationVersion { Content = "{}" }, FormWorkflow.Declaration },
        { new SelfEvaluationEntity { ProfileId = "sh-district", Content = "{}" }, FormWorkflow.SelfEvaluation },
        { new MonitoringReportEntity { Content = "{}" }, FormWorkflow.Monitoring },
        { new DisclosureEntity { Content = "{}" }, FormWorkflow.Disclosure },
    };

    [Theory]
    [MemberData(nameof(EachFormWithItsTable))]
    public void Move_EachForm_AnswersExactlyAsItsOwnTable(IForm form, FormWorkflow table)
    {
        var aggregate = (FormAggregate)form;
        foreach (var action in Enum.GetValues<WorkflowAction>())
            foreach (var role in Enum.GetValues<Role>())
            {
                var expected = table.Apply(new TransitionRequest(aggregate.State, action, role));
                var before = aggregate.State;
                var actual = aggregate.Move(new TransitionRequest(aggregate.State, action, role));
                Assert.Equal(expected, actual);
                if (actual.Allowed) Assert.Equal(actual.To, aggregate.State);
                else Assert.Equal(before, aggregate.State);
            }
    }
}
