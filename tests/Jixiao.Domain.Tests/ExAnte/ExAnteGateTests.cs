using Jixiao.Domain.ExAnte;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Tests.ExAnte;

public class ExAnteGateTests
{
    private static Project Blank => new() { Name = "新建智慧校园平台", Form = FormKind.DistrictDeclaration, TemplateId = "SH-DIST-2024" };

    /// <summary>A complete assessment whose report is the attached file 评估报告.pdf.</summary>
    public static Project Assessed(Project p)
    {
        var fields = new Dictionary<string, string>(p.Fields);
        foreach (var (key, _) in ExAnteAssessmentForm.Aspects)
        {
            fields[ExAnteAssessmentForm.ScoreKey(key)] = "18";
            fields[ExAnteAssessmentForm.ReasonKey(key)] = "依据区教育发展规划，测算合理。";
        }
        fields[ExAnteAssessmentForm.ConclusionKey] = "予以支持";
        fields[ExAnteAssessmentForm.ReportKey] = "评估报告.pdf";
        return p with { Fields = fields };
    }

    [Theory]
    [InlineData(false, 10_000_000, true)]   // new, exactly the threshold
    [InlineData(false, 9_999_999.99, false)] // new, below
    [InlineData(true, 90_000_000, false)]   // continuing (copied from last year): no assessment
    public void Required_NewProjectAtOrAboveThreshold(bool continuing, double amount, bool expected) =>
        Assert.Equal(expected, ExAnteGate.Required(continuing, (decimal)amount, ExAnteGate.DefaultThresholdYuan));

    [Fact]
    public void Required_ZeroThreshold_SwitchesTheGateOff() => Assert.False(ExAnteGate.Required(false, 1e9m, 0));

    [Fact]
    public void Problems_BlankAssessment_NamesEveryAspectConclusionAndReport()
    {
        var problems = ExAnteGate.Problems(Blank, []);
        foreach (var (_, label) in ExAnteAssessmentForm.Aspects)
        {
            Assert.Contains($"“{label}”未评分", problems);
            Assert.Contains($"“{label}”未填写评估理由", problems);
        }
        Assert.Contains("未选择评估结论", problems);
        Assert.Contains("未附评估报告", problems);
    }

    [Fact]
    public void Problems_CompleteAssessmentWithItsReportAttached_None()
    {
        Assert.Empty(ExAnteGate.Problems(Assessed(Blank), ["测算依据.xlsx", "评估报告.pdf"]));
        Assert.Equal(90m, ExAnteGate.Total(Assessed(Blank)));
    }

    [Fact]
    public void Problems_ReportNotAttached_ScoreOutOfRange_UnknownConclusion_AreNamed()
    {
        var p = Assessed(Blank);
        p = p with
        {
            Fields = new Dictionary<string, string>(p.Fields)
            {
                [ExAnteAssessmentForm.ScoreKey("economy")] = "25",
                [ExAnteAssessmentForm.ConclusionKey] = "同意",
            },
        };
        var problems = ExAnteGate.Problems(p, ["测算依据.xlsx"]);
        Assert.Contains("“投入经济性”得分应为 0 至 20 之间的数字", problems);
        Assert.Contains("评估结论只能是“予以支持”、“部分支持”、“不予支持”", problems);
        Assert.Contains("评估报告“评估报告.pdf”不在本版本的附件中", problems);
    }

    [Fact]
    public void DeclarationSubmit_WithAnExAnteRefusal_IsRefusedWithIt_FromDraftAndReturned()
    {
        var refusal = ExAnteGate.Refusal(true, ExAnteGate.Problems(Blank, []));
        Assert.NotNull(refusal);
        Assert.StartsWith("该项目为新增项目且金额达到事前绩效评估标准", refusal);
        foreach (var from in new[] { FormState.Draft, FormState.Returned })
        {
            var result = FormWorkflow.Declaration.Apply(new TransitionRequest(from, WorkflowAction.Submit, Role.UnitPreparer, ExAnteRefusal: refusal));
            Assert.False(result.Allowed);
            Assert.Equal(refusal, result.Error);
        }
        Assert.True(FormWorkflow.Declaration.Apply(new TransitionRequest(FormState.Draft, WorkflowAction.Submit, Role.UnitPreparer)).Allowed);
    }

    [Fact]
    public void Refusal_NotRequiredOrComplete_IsNull()
    {
        Assert.Null(ExAnteGate.Refusal(false, ["x"]));
        Assert.Null(ExAnteGate.Refusal(true, []));
    }

    [Fact]
    public void Definition_HasAScoreAndAReasonPerAspect_TheConclusionsAndTheReport()
    {
        var d = ExAnteAssessmentForm.Definition;
        Assert.Equal(13, d.Fields.Count);
        Assert.Equal(["予以支持", "部分支持", "不予支持"], d.Field(ExAnteAssessmentForm.ConclusionKey)!.Choices);
        Assert.All(d.Fields, f => Assert.Equal(FieldBinding.Stored, f.Binding));
        // Written through the definition, read back by the gate: the form and the rule agree on where each value lives.
        var texts = d.Fields.ToDictionary(f => f.Key, f => (string?)(f.Kind == FieldKind.Choice ? "部分支持" : f.Key.EndsWith(".score", StringComparison.Ordinal) ? "10" : "理由"));
        texts[ExAnteAssessmentForm.ReportKey] = "r.pdf";
        Assert.Empty(ExAnteGate.Problems(d.WriteAll(Blank, texts), ["r.pdf"]));
    }
}
