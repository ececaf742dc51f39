using System.Text;
using Jixiao.Domain.Scoring;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Scoring;

/// <summary>
/// Issue 14's done-means on real text: a Sichuan 部门预算项目支出绩效自评表 (dev corpus 18, OCR pipe text) imported as
/// `jixiao import` reads it, then scored, uses its own template's pools (one 绩效指标 pool of 90) and divides 预算执行数
/// by 调整后预算数.
/// </summary>
public class SichuanSelfEvaluationScoringTests
{
    private static string Corpus18()
    {
        var path = Directory.GetFiles(Path.Combine(RepositoryFiles.RepositoryRoot, "tests", "fixtures", "devcorpus"), "18_*.txt").Single();
        var text = File.ReadAllText(path, Encoding.UTF8);
        return text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
    }

    private static ProjectScore ImportAndScore(string text)
    {
        var document = DocumentImporter.ImportBytes("18.txt", Encoding.UTF8.GetBytes(text)).Document!;
        var project = Assert.Single(document.Package.Projects);
        Assert.Equal("SC-PROJ-SE", project.TemplateId);
        return Scorer.Score(project, RuleProfiles.For(project), ScoringMode.Live);
    }

    [Fact]
    public void ImportAndScore_Corpus18_ScoresWithTheSichuanPoolsAndItsExecutionRate()
    {
        var score = ImportAndScore(Corpus18());

        Assert.Equal("SC-PROJ-SE@1", score.ProfileTag);
        Assert.Equal(["绩效指标"], RuleProfiles.Get("SC-PROJ-SE").WeightPools.Select(p => p.Name));
        // 总额: 年初预算 5.00, 调整后预算数 5.00, 预算执行数 5.00 → 100 %, 10 of the 10 points.
        Assert.Equal(1m, score.ExecutionRate);
        Assert.Equal(10.00m, score.ExecutionScore);
        // The Shanghai pools (产出 50 / 效益 30 / 满意度 10) are not asked of it.
        Assert.DoesNotContain(score.AllFindings, f => f.RuleId == "SE-09" && f.Field is "产出" or "效益" or "满意度");
    }

    [Fact]
    public void ImportAndScore_Corpus18WithAnAdjustedBudget_DividesTheExecutionByTheAdjustedBudget()
    {
        // The same form with the budget cut during the year: 年初预算 5.00, 调整后预算数 4.00, 预算执行数 3.60.
        var text = Corpus18().Replace("| 总额 | 5.00 | 5.00 | 5.00 |", "| 总额 | 5.00 | 4.00 | 3.60 |", StringComparison.Ordinal);
        Assert.Contains("| 总额 | 5.00 | 4.00 | 3.60 |", text, StringComparison.Ordinal);

        var score = ImportAndScore(text);

        // 3.60 ÷ 4.00 = 90 % (not 3.60 ÷ 5.00 = 72 %) → 9.00 points.
        Assert.Equal(0.9m, score.ExecutionRate);
        Assert.Equal(9.00m, score.ExecutionScore);
    }
}
