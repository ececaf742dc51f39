using System.Text.Json;

namespace Jixiao.Cli.Tests;

public class ImportCommandTests
{
    [Fact]
    public void ImportJson_AllSeeds_MatchesThePrintedFigures()
    {
        var run = Cli.Invoke(["import", .. Cli.AllSeeds(), "--json"]);
        Assert.Equal(0, run.ExitCode);
        var docs = run.Json.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(5, docs.Count);

        // kind, project count, and the figures each document prints
        Assert.Equal(["declaration", "declaration", "declaration", "budget-disclosure", "self-evaluation"],
            docs.Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal([11, 4, 4, 3, 4], docs.Select(d => d.GetProperty("projects").GetArrayLength()));
        Assert.Equal(1194.62m, docs[0].GetProperty("stated").GetProperty("totalWanYuan").GetDecimal());
        Assert.Equal(1194.62m, docs[0].GetProperty("summary").GetProperty("totalWanYuan").GetDecimal());
        Assert.Equal(11_946_156.00m, docs[0].GetProperty("summary").GetProperty("totalYuan").GetDecimal());
        Assert.Equal(1808.10m, docs[1].GetProperty("summary").GetProperty("totalWanYuan").GetDecimal());
        Assert.Equal(1059.08m, docs[3].GetProperty("summary").GetProperty("totalWanYuan").GetDecimal());
        Assert.Equal(18_963_662.79m, docs[3].GetProperty("disclosure").GetProperty("summary").GetProperty("income").GetProperty("total").GetDecimal());
        Assert.Equal([94m, 100m, 100m, 100m], docs[4].GetProperty("projects").EnumerateArray()
            .Select(p => p.GetProperty("evaluation").GetProperty("printedTotal").GetDecimal()));
    }

    [Fact]
    public void ImportJson_Contract_UsesCamelCaseNumbersAndUnescapedChinese()
    {
        var run = Cli.Invoke("import", Cli.Seed("000"), "--json");
        Assert.Contains("\"unit\": \"上海市松江区科技创新服务中心\"", run.Out); // not \u4E0A…
        var project = run.Json.GetProperty("documents")[0].GetProperty("projects")[0];
        Assert.Equal("编外人员工作经费", project.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Number, project.GetProperty("funds").GetProperty("totalYuan").ValueKind);
        Assert.Equal("2024-01-01", project.GetProperty("plannedStart").GetString());
        var indicator = project.GetProperty("indicators")[0];
        Assert.Equal("产出指标", indicator.GetProperty("level1").GetString());
        Assert.Equal("数量指标", indicator.GetProperty("level2").GetString());
        var target = indicator.GetProperty("target");
        Assert.Equal("=139.20(万元)", target.GetProperty("text").GetString());
        Assert.Equal("quantitative", target.GetProperty("kind").GetString());
        Assert.Equal("=", target.GetProperty("comparator").GetString());
        Assert.Equal(139.20m, target.GetProperty("value").GetDecimal());
        Assert.Equal("万元", target.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("actual").ValueKind);
    }

    [Fact]
    public void ImportJson_SelfEvaluation_CarriesActualsWeightsScoresAndReasons()
    {
        var run = Cli.Invoke("import", Cli.Seed("004"), "--json");
        var rows = run.Json.GetProperty("documents")[0].GetProperty("projects")[0].GetProperty("indicators").EnumerateArray().ToList();
        var delayed = rows.Single(r => r.GetProperty("name").GetString() == "大型宣传活动举办场次");
        Assert.Equal("<=1 次", delayed.GetProperty("actual").GetProperty("text").GetString());
        Assert.Equal("comparison", delayed.GetProperty("actual").GetProperty("kind").GetString());
        Assert.Equal(1m, delayed.GetProperty("weight").GetDecimal());
        Assert.Equal(0m, delayed.GetProperty("score").GetDecimal());
        Assert.Equal("活动延期举办", delayed.GetProperty("deviationReason").GetString());
    }

    [Fact]
    public void ImportText_IsAnAlignedChineseReport()
    {
        var run = Cli.Invoke("import", Cli.Seed("001"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("文中声明：项目 4 个，资金 1808.10 万元", run.Out);
        Assert.Contains("导入结果：项目 4 个，资金 1,808.10 万元", run.Out);
        Assert.Contains("项目名称", run.Out);
        Assert.Contains("10,180,000.00", run.Out);
    }

    [Fact]
    public void Import_FinalAccountsTable_IsReportedAsFinalAccounts_NeverAsABudgetDisclosure()
    {
        var file = Cli.TempFile("示例决算.txt", System.Text.Encoding.UTF8.GetBytes(
            "2030年示例站收入支出决算总表\n金额单位:元\n项目 | 金额 |\n一、教育支出 | 1,000.00 |\n"));

        var json = Cli.Invoke("import", file, "--json");
        var text = Cli.Invoke("import", file);

        Assert.Equal(0, json.ExitCode);
        var doc = json.Json.GetProperty("documents")[0];
        Assert.Equal("final-accounts", doc.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("disclosure").ValueKind);
        var table = doc.GetProperty("tables")[0];
        Assert.Equal("finalAccounts", table.GetProperty("stage").GetString());
        Assert.Equal(1000.00m, table.GetProperty("rows")[0].GetProperty("amounts")[0].GetDecimal());
        Assert.Contains("部门决算公开", text.Out);
        Assert.Contains("决算表：2030年示例站收入支出决算总表，1 行，金额单位：元", text.Out);
        Assert.DoesNotContain("预算", text.Out.Replace("收入支出决算总表", "", StringComparison.Ordinal));
    }
}
