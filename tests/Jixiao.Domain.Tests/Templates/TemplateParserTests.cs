using System.Text.Json.Nodes;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Templates;

/// <summary>Template files (ADR-026): a file maps to a form, a tree and a profile; a bad file is refused naming its JSON path.</summary>
public class TemplateParserTests
{
    private static JurisdictionTemplate Parsed(string json)
    {
        var result = TemplateParser.Parse(json, "test.json");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Template!;
    }

    [Fact]
    public void Parse_ValidFile_GivesFormTreeAndProfileUnderOneId()
    {
        var t = Parsed(TemplateFiles.Minimal);

        Assert.Equal(("TEST-SE", "TEST-SE", "TEST-SE"), (t.Form.Id, t.Tree.Id, t.Profile.Id));
        Assert.Equal(TemplateKind.ProjectSelfEvaluation, t.Kind);
        Assert.Equal(FormKind.SelfEvaluation, t.Form.Form);
        Assert.Equal(["实施单位"], t.Form.Field("implementingUnit")!.Synonyms);
        Assert.Equal(["年度指标值"], t.Form.Column("target")!.Synonyms);
        Assert.Equal((2, "实施效果指标"), (t.Tree.Levels, t.Tree.TopLevel));
        Assert.Equal("数量指标", t.Tree.FindLevel2("数量")!.Value.Child.Name);
        Assert.Equal(20m, t.Profile.ExecutionWeight);
        Assert.Equal([("产出", 40m), ("效益", 40m)], t.Profile.WeightPools.Select(p => (p.Name, p.Weight)));
        // The 原因 column is kept with its role but is not a stored money column; the un-roled row reads nothing.
        Assert.Equal(["initialBudget", "adjustedBudget", "expenditure"], t.Form.MoneyGrid!.Columns.Select(c => c.Key));
        Assert.Equal("note", t.Money!.Columns[^1].Role);
        Assert.Null(t.Form.MoneyGrid.Row("unitFunds")!.Read(new SelfEvaluation { Total = new FundRow(1m, 1m, 1m) }));
    }

    [Fact]
    public void Parse_FieldWithABuiltInKey_LandsOnTheSameProperty_OtherKeysAreKeptByKey()
    {
        var form = Parsed(TemplateFiles.Minimal).Form;
        var project = new Project { Name = "", Form = FormKind.SelfEvaluation, TemplateId = "TEST-SE" };

        project = form.Field("implementingUnit")!.Write(project, "南充市林业局");
        project = form.Field("fundSource")!.Write(project, "省级补助");

        Assert.Equal("南充市林业局", project.ImplementingUnit);
        Assert.Equal("省级补助", project.Fields["fundSource"]);
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "no id", TemplateFiles.With(o => o.Remove("id")), "$.id" },
        { "unknown form kind", TemplateFiles.With(o => o["kind"] = "budget"), "$.kind" },
        { "unknown field kind", TemplateFiles.With(o => o["fields"]![2]!["kind"] = "number"), "$.fields[2].kind" },
        { "built-in key with another kind", TemplateFiles.With(o => o["fields"]![1]!["kind"] = "money"), "$.fields[1].kind" },
        { "two fields on one place", TemplateFiles.With(o => o["fields"]![2]!["place"]!["order"] = 1), "$.fields[2].place" },
        { "header row wider than the grid", TemplateFiles.With(o => o["fields"]![0]!["place"]!["span"] = 9), "$.fields" },
        { "pool names a level-1 the framework lacks", TemplateFiles.With(o => o["scoring"]!["pools"]![0]!["level1"] = new JsonArray("成本指标")), "$.scoring.pools[0].level1[0]" },
        { "pools and execution do not make 100", TemplateFiles.With(o => o["scoring"]!["executionWeight"] = 10), "$.scoring.pools" },
        { "self-evaluation without a money grid", TemplateFiles.With(o => o.Remove("moneyGrid")), "$.moneyGrid" },
        { "no 执行数 column", TemplateFiles.With(o => o["moneyGrid"]!["columns"]!.AsArray().RemoveAt(2)), "$.moneyGrid.columns" },
        { "rate on an unknown budget", TemplateFiles.With(o => o["moneyGrid"]!["rateBudget"] = "expenditure"), "$.moneyGrid.rateBudget" },
        { "no 指标值 column", TemplateFiles.With(o => o["indicatorColumns"]!.AsArray().RemoveAt(2)), "$.indicatorColumns" },
        { "levels 4", TemplateFiles.With(o => o["framework"]!["levels"] = 4), "$.framework.levels" },
        { "misspelt member", TemplateFiles.With(o => o["fields"]![0]!["lable"] = "项目名称"), "$.fields[0].lable" },
        { "not JSON", "{ \"format\": 1, ", "$" },
        { "newer format", TemplateFiles.With(o => o["format"] = 2), "$.format" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Parse_BadFile_IsRefusedInChinese_NamingTheJsonPath(string reason, string json, string path)
    {
        var result = TemplateParser.Parse(json, "bad.json");

        Assert.False(result.Success, reason);
        var error = Assert.Single(result.Errors, e => e.Path.StartsWith(path, StringComparison.Ordinal));
        Assert.Contains(error.Message, c => c >= '\u4e00' && c <= '\u9fff');
        Assert.StartsWith("模板文件“bad.json”的 ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RateOnTheInitialBudget_SetsTheProfilesExecutionBudget()
    {
        var t = Parsed(TemplateFiles.With(o => o["moneyGrid"]!["rateBudget"] = "initialBudget"));

        Assert.Equal(ExecutionBudget.Initial, t.Profile.ExecutionBudget);
        Assert.Equal(ExecutionBudget.Adjusted, Parsed(TemplateFiles.Minimal).Profile.ExecutionBudget);
    }
}
