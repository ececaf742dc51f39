using System.Text;
using System.Text.Json;

namespace Jixiao.Cli.Tests;

/// <summary>
/// `jixiao score` on a form of another template (issue 14): a Sichuan 部门预算项目支出绩效自评表 scores with its own pools
/// (绩效指标 90 in one pool) and 预算执行率 = 预算执行数 ÷ 调整后预算数, without `--profile`.
/// </summary>
public class TemplateScoreTests
{
    // Made up in the Sichuan layout: 年初预算 50.00, 调整后预算数 40.00, 预算执行数 36.00 (万元); rows 产出 60, 效益 20, 满意度 10.
    private const string Sichuan = """
    部门预算项目支出绩效自评表(2024年度) | | | | | | | | | | |
    项目名称 | | 测试市林业防火巡护经费 | | | | | | | | |
    主管部门 | | 测试市林业局 | | | | | 实施单位(盖章) | 测试市森林防火中心 | | |
    预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |
    | 总额 | 50.00 | 40.00 | 36.00 | | | 90.00% | 10 | 9 | |
    | 其中:财政资金 | 50.00 | 40.00 | 36.00 | | | 90.00% | / | / | |
    绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
    | 产出指标 | 数量指标 | 巡护次数 | ≥ | 10 | 次 | 10 | 30 | 30 | |
    | 产出指标 | 质量指标 | 火情处置及时率 | ≥ | 95 | % | 95 | 30 | 30 | |
    | 效益指标 | 社会效益指标 | 森林火灾受害率 | ≤ | 1 | ‰ | 1 | 20 | 20 | |
    | 满意度指标 | 服务对象满意度指标 | 周边群众满意度 | ≥ | 90 | % | 90 | 10 | 10 | |
    """;

    private static JsonElement Only(Cli.Run run)
    {
        Assert.Equal(0, run.ExitCode);
        return Assert.Single(run.Json.GetProperty("projects").EnumerateArray());
    }

    private static IEnumerable<string?> RuleIds(JsonElement project) =>
        project.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString());

    [Fact]
    public void Score_SichuanSelfEvaluation_UsesItsPools_AndDividesByTheAdjustedBudget()
    {
        var file = Cli.TempFile("sichuan.txt", Encoding.UTF8.GetBytes(Sichuan));

        var project = Only(Cli.Invoke("score", file, "--json"));

        Assert.Equal("测试市林业防火巡护经费", project.GetProperty("project").GetString());
        Assert.Equal("SC-PROJ-SE@1", project.GetProperty("profile").GetString());
        // 36.00 ÷ 40.00 = 90.00 % (÷ 年初预算 50.00 would be 72 %) → 0.9 × 10 = 9.00.
        Assert.Equal(0.9m, project.GetProperty("executionRate").GetDecimal());
        Assert.Equal(9.00m, project.GetProperty("executionScore").GetDecimal());
        Assert.Contains(project.GetProperty("explanation").EnumerateArray(),
            l => l.GetProperty("text").GetString()!.Contains("360,000 ÷ 400,000 = 90.00%", StringComparison.Ordinal));
        // One pool of 90: 60 + 20 + 10 balances (the Shanghai 50/30/10 pools would not).
        Assert.DoesNotContain("SE-09", RuleIds(project));
        Assert.Equal(99.00m, project.GetProperty("computedTotal").GetDecimal());
    }

    [Fact]
    public void Score_SameFormWithTheShanghaiProfile_FindsItsPoolsUnbalanced()
    {
        var file = Cli.TempFile("sichuan.txt", Encoding.UTF8.GetBytes(Sichuan));

        var project = Only(Cli.Invoke("score", file, "--json", "--profile", "SH-DISTRICT"));

        Assert.Equal("SH-DISTRICT@1", project.GetProperty("profile").GetString());
        Assert.Contains("SE-09", RuleIds(project));
    }

    [Fact]
    public void Score_DevCorpusSichuanSelfEvaluation_ScoresWithTheSichuanProfile()
    {
        var source = Directory.GetFiles(Path.Combine(RepoRoot(), "tests", "fixtures", "devcorpus"), "18_*.txt").Single();
        var lines = File.ReadAllLines(source);
        var file = Cli.TempFile("18.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines.Skip(1)))); // without its `source:` line

        var project = Only(Cli.Invoke("score", file, "--json"));

        Assert.Equal("SC-PROJ-SE@1", project.GetProperty("profile").GetString());
        // 预算执行数 5.00 ÷ 调整后预算数 5.00 (万元) = 100 %.
        Assert.Equal(1.0m, project.GetProperty("executionRate").GetDecimal());
        Assert.Contains(project.GetProperty("explanation").EnumerateArray(),
            l => l.GetProperty("text").GetString()!.Contains("50,000 ÷ 50,000 = 100.00%", StringComparison.Ordinal));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
