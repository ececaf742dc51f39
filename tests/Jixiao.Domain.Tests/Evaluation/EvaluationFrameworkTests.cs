using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Tests.Evaluation;

public sealed class EvaluationFrameworkTests
{
    private static EvaluationFramework Ningxia => EvaluationFramework.Find(TemplateRegistry.Current, EvaluationFramework.DefaultId)!;

    [Fact]
    public void Ningxia_Template_IsTheDecisionManagementOutputBenefitFramework()
    {
        var f = Ningxia;
        Assert.Equal(["项目决策", "项目管理", "项目产出", "项目效益"], f.Dimensions.Select(d => d.Name));
        Assert.Equal([10m, 25m, 30m, 35m], f.Dimensions.Select(d => d.Weight));
        Assert.Equal(100m, f.TotalWeight);
        Assert.Equal(["项目目标", "项目立项", "资金投入"], f.Dimensions[0].Indicators);
    }

    [Fact]
    public void TemplateWithExecutionShare_IsNoFramework()
    {
        // The MoF self-evaluation pools carry 90 points beside 10 for 预算执行率: a self-evaluation, not an evaluation framework.
        var mof = TemplateRegistry.Current.Templates.Single(t => t.Id == "MOF-PROJ-SE");
        Assert.Null(EvaluationFramework.From(mof));
        Assert.DoesNotContain(EvaluationFramework.All(TemplateRegistry.Current), f => f.Id == "MOF-PROJ-SE");
    }

    [Fact]
    public void Sheet_AllScored_TotalAndGradeByTheDomainBands()
    {
        var sheet = new EvaluationSheet([new("项目决策", 9m, null), new("项目管理", 20m, "资金拨付滞后。"), new("项目产出", 25m, null), new("项目效益", 26m, null)], "总体较好。");
        Assert.Equal(80m, sheet.Total(Ningxia));
        Assert.Equal(Grade.Good, sheet.Grade(Ningxia));
        Assert.Equal([new EvaluationFinding("项目管理", "资金拨付滞后。")], sheet.Findings(Ningxia));
    }

    [Fact]
    public void Sheet_NotAllScored_NoTotalAndSubmitNamesWhatIsMissing()
    {
        var sheet = new EvaluationSheet([new("项目决策", 9m, null)], null);
        Assert.Null(sheet.Total(Ningxia));
        Assert.Equal(["“项目管理”尚未打分。", "“项目产出”尚未打分。", "“项目效益”尚未打分。", "请填写评价结论。", "请上传评价报告。"],
            sheet.SubmitErrors(Ningxia, reportAttached: false));
    }

    [Theory]
    [InlineData(10.5, "“项目决策”得分应在 0 到 10 分之间，填写的是 10.5。")]
    [InlineData(-1, "“项目决策”得分应在 0 到 10 分之间，填写的是 -1。")]
    [InlineData(9.125, "“项目决策”得分最多保留两位小数。")]
    public void Sheet_ScoreOutsideItsWeight_RefusedNamingTheDimension(decimal score, string error) =>
        Assert.Equal([error], new EvaluationSheet([new("项目决策", score, null)], null).SaveErrors(Ningxia));

    [Fact]
    public void Normalised_DropsDimensionsOutsideTheFramework()
    {
        var sheet = new EvaluationSheet([new("不存在的维度", 5m, "x"), new("项目决策", 5m, "  ")], "  ").Normalised(Ningxia);
        Assert.Equal(["项目决策", "项目管理", "项目产出", "项目效益"], sheet.Scores.Select(s => s.Dimension));
        Assert.Null(sheet.Of("项目决策")!.Finding);
        Assert.Null(sheet.Conclusion);
    }

    [Theory]
    [InlineData(FormState.Draft, WorkflowAction.Submit, Role.ThirdPartyEvaluator, FormState.Submitted)]
    [InlineData(FormState.Returned, WorkflowAction.Submit, Role.ThirdPartyEvaluator, FormState.Submitted)]
    [InlineData(FormState.Submitted, WorkflowAction.Approve, Role.FinanceReviewer, FormState.Approved)]
    [InlineData(FormState.Draft, WorkflowAction.Submit, Role.UnitPreparer, null)]
    [InlineData(FormState.Submitted, WorkflowAction.Approve, Role.ThirdPartyEvaluator, null)]
    [InlineData(FormState.Approved, WorkflowAction.Submit, Role.ThirdPartyEvaluator, null)]
    public void Workflow_OnlyTheEvaluatorSubmitsAndOnlyFinanceAccepts(FormState from, WorkflowAction action, Role actor, FormState? to) =>
        Assert.Equal(to, FormWorkflow.ExternalEvaluation.Apply(new TransitionRequest(from, action, actor)).To);

    [Fact]
    public void Workflow_ReturnWithoutReason_Refused()
    {
        Assert.Equal("请填写原因。", FormWorkflow.ExternalEvaluation.Apply(new TransitionRequest(FormState.Submitted, WorkflowAction.Return, Role.FinanceReviewer)).Error);
        Assert.Equal(FormState.Returned, FormWorkflow.ExternalEvaluation.Apply(new TransitionRequest(FormState.Submitted, WorkflowAction.Return, Role.FinanceReviewer, Reason: "评分依据不足")).To);
    }
}
