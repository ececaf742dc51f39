using System.Text.Json;

namespace Jixiao.Cli.Tests;

public class ScoreCommandTests
{
    [Fact]
    public void ScoreJson_SelfEvaluations_PrintedBesideComputed()
    {
        var run = Cli.Invoke("score", Cli.Seed("004"), "--json");
        Assert.Equal(0, run.ExitCode);
        var projects = run.Json.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(4, projects.Count);
        Assert.Equal([94m, 100m, 100m, 100m], projects.Select(p => p.GetProperty("printedTotal").GetDecimal()));
        Assert.All(projects, p => Assert.Equal("SH-DISTRICT@1", p.GetProperty("profile").GetString()));

        var first = projects[0];
        Assert.Equal(1.0m, first.GetProperty("executionRate").GetDecimal());
        Assert.Equal(10m, first.GetProperty("executionScore").GetDecimal());
        var rows = first.GetProperty("rows").EnumerateArray().ToList();

        // `<=200 册` with 400 册: TemplateRatio 200 ÷ 400 × 8 = 4.00, although the form printed 8.
        var books = rows.Single(r => r.GetProperty("indicator").GetString() == "政策宣传品制作数量");
        Assert.Equal(8m, books.GetProperty("printedScore").GetDecimal());
        Assert.Equal(4.00m, books.GetProperty("computedScore").GetDecimal());
        Assert.Equal("SC-13/TemplateRatio", books.GetProperty("rule").GetString());
        Assert.Contains("得分 = 200 ÷ 400 × 8 = 4.00", books.GetProperty("explanation").GetString());

        // An actual written as a comparison cannot be scored automatically and says why (SC-10).
        var comparison = rows.Single(r => r.GetProperty("indicator").GetString() == "大型宣传活动举办场次");
        Assert.Equal(JsonValueKind.Null, comparison.GetProperty("computedScore").ValueKind);
        Assert.Equal("comparison", comparison.GetProperty("notScoredReason").GetString());
        Assert.Contains(comparison.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "SE-01");
    }

    [Fact]
    public void Score_OtherProfile_ChangesTheReverseFormula()
    {
        var run = Cli.Invoke("score", Cli.Seed("004"), "--json", "--profile", "FASP-VENDOR");
        var books = run.Json.GetProperty("projects")[0].GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("indicator").GetString() == "政策宣传品制作数量");
        // VendorLinear: a ≥ 2t → 0.
        Assert.Equal(0.00m, books.GetProperty("computedScore").GetDecimal());
        Assert.Equal("SC-13/VendorLinear", books.GetProperty("rule").GetString());
    }

    [Fact]
    public void Score_DeclarationOnly_SaysThereIsNothingToScore()
    {
        var run = Cli.Invoke("score", Cli.Seed("000"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("没有绩效自评表", run.Out);
    }
}
