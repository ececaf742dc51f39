using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

public class SelfEvaluationScopeTests
{
    private static Project Evaluated => TestProjects.Clean with
    {
        Form = FormKind.SelfEvaluation,
        Indicators = TestProjects.Clean.Indicators.Select(i => i with { Actual = T.Qual("完成") }).ToList(),
        Evaluation = new SelfEvaluation { Total = new FundRow(300_000m, 300_000m, 290_000m), ActualOutcome = "全年巡检12次。" },
    };

    [Fact]
    public void LintProject_SelfEvaluationMisplacedLevel2_CAT01Fires()
    {
        var p = Evaluated.WithRow(8, i => i with { Level1 = "效益指标" });

        LintAssert.Fires(p.Lint(), "CAT-01", Severity.Error, "二级指标“服务对象满意度指标”不属于“效益指标”（上海市区级 2024 年绩效目标申报表）。");
    }

    [Fact]
    public void LintProject_SelfEvaluationTypoInActual_TXT04Fires()
    {
        var p = Evaluated.WithRow(7, i => i with { Actual = T.Qual("制度建全", "制度健全") });

        var hit = LintAssert.Fires(p.Lint(), "TXT-04", Severity.Info, "疑似错别字“建全”→“健全”。");
        Assert.Equal("实际完成值", hit.Field);
    }

    [Fact]
    public void LintProject_SelfEvaluationDeclarationOnlyProblems_NotReported()
    {
        var p = Evaluated with { AnnualGoal = "保障系统稳定运行。", Indicators = Evaluated.Indicators.Where(i => i.Level1 != "满意度指标").ToList() };

        var findings = p.Lint();

        LintAssert.Silent(findings, "QNT-05");
        LintAssert.Silent(findings, "CMP-02");
    }
}
