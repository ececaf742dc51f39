using Jixiao.Cli.Commands;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao templates list` and `--templates DIR`: a template is added by dropping a file, without code (ADR-026).</summary>
public class TemplatesCommandTests
{
    // A jurisdiction no code knows: its own labels, a 2-level tree and pools of 20 + 40 + 40.
    private const string Added = """
    {
      "format": 1,
      "id": "TEST-ADDED-SE",
      "title": "专项资金绩效自评表",
      "jurisdiction": "测试自治区",
      "kind": "projectSelfEvaluation",
      "moneyUnit": "万元",
      "blocks": [ { "id": "header" }, { "id": "funds", "label": "资金执行情况" } ],
      "fields": [
        { "key": "name", "label": "专项名称", "synonyms": ["资金项目名称"], "kind": "text", "required": true, "place": { "block": "header", "row": 1, "order": 1, "span": 4 } },
        { "key": "implementingUnit", "label": "承担单位", "kind": "text", "place": { "block": "header", "row": 2, "order": 1, "span": 4 } }
      ],
      "moneyGrid": {
        "rows": [ { "key": "total", "label": "资金合计", "role": "total" } ],
        "columns": [
          { "key": "plan", "label": "下达数", "role": "adjustedBudget" },
          { "key": "spent", "label": "支出数", "role": "expenditure" },
          { "key": "rate", "label": "支出率", "role": "rate" }
        ]
      },
      "indicatorColumns": [
        { "key": "level1", "label": "指标类别" },
        { "key": "name", "label": "绩效指标名称" },
        { "key": "target", "label": "目标值" },
        { "key": "actual", "label": "实现值" },
        { "key": "weight", "label": "分数" }
      ],
      "framework": { "levels": 2, "level1": [ { "name": "产出指标" }, { "name": "效益指标" } ] },
      "scoring": { "executionWeight": 20, "pools": [ { "name": "产出", "level1": ["产出指标"], "weight": 40 }, { "name": "效益", "level1": ["效益指标"], "weight": 40 } ] }
    }
    """;

    private static string Directory(params (string Name, string Json)[] files)
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        foreach (var (name, json) in files) File.WriteAllText(Path.Combine(dir, name), json);
        return dir;
    }

    [Fact]
    public void TemplatesList_ShowsTheBuiltInAndShippedTemplates()
    {
        var run = Cli.Invoke("templates", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("SH-DIST-2024", run.Out, StringComparison.Ordinal);
        Assert.Contains("部门预算项目支出绩效自评表", run.Out, StringComparison.Ordinal);
        Assert.Contains("四川省", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AddedTemplate_WithoutCode_IsListed_ItsLabelsAreInTheRegistry_AndAProjectOnItScoresWithItsPools()
    {
        var dir = Directory(("added.json", Added));

        // Listed.
        var list = Cli.Invoke("templates", "list", "--templates", dir, "--json");
        Assert.Equal(0, list.ExitCode);
        var item = list.Json.GetProperty("templates").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "TEST-ADDED-SE");
        Assert.Equal("directory", item.GetProperty("origin").GetString());
        Assert.Equal("added.json", item.GetProperty("file").GetString());
        // Only for that run: the next command without --templates does not see it.
        Assert.DoesNotContain("TEST-ADDED-SE", Cli.Invoke("templates", "list").Out, StringComparison.Ordinal);

        var set = TemplatesCommand.Load(dir, new CliContext(new StringWriter(), new StringWriter(), Interactive: false));
        Assert.NotNull(set);
        using (TemplateRegistry.Use(set))
        {
            // Its labels, synonyms and indicator columns are where the recognisers look for them.
            var form = Assert.Single(FormDefinitions.All, f => f.Id == "TEST-ADDED-SE");
            Assert.Contains(form.Fields, f => f.Label == "专项名称" && f.Synonyms.Contains("资金项目名称"));
            Assert.Equal(["指标类别", "绩效指标名称", "目标值", "实现值", "分数"], form.IndicatorColumns.Select(c => c.Label));

            // A project on it: 下达数 50.00, 支出数 45.00 → 90.00 % × 20 = 18.00; rows 产出 40 + 效益 40 met → 98.00,
            // and the pools balance (the Shanghai 50/30/10 pools would not).
            Indicator Met(string name, string level1, int ordinal) => new()
            {
                Level1 = level1,
                Level2 = "",
                Name = name,
                Ordinal = ordinal,
                Weight = 40m,
                Target = TargetParser.Parse("≥10次"),
                Actual = TargetParser.ParseActual("10次"),
            };
            var project = new Project
            {
                Name = "测试专项",
                Form = FormKind.SelfEvaluation,
                TemplateId = "TEST-ADDED-SE",
                Year = 2024,
                Evaluation = new SelfEvaluation { Total = new FundRow(null, 500_000m, 450_000m), ExecutionWeight = 20m },
                Indicators = [Met("培训场次", "产出指标", 1), Met("受益人次", "效益指标", 2)],
            };
            Assert.Same(form, FormDefinitions.For(project));
            var score = Scorer.Score(project, RuleProfiles.For(project), ScoringMode.Live);
            Assert.Equal("TEST-ADDED-SE@1", score.ProfileTag);
            Assert.Equal(18.00m, score.ExecutionScore);
            Assert.Equal(98.00m, score.ComputedTotal);
            Assert.DoesNotContain(score.AllFindings, f => f.RuleId == "SE-09");
        }
    }

    [Fact]
    public void Import_WithATemplatesDirectory_StillImportsTheSeedAsBefore()
    {
        var seed = Cli.Seed("000");
        var plain = Cli.Invoke("import", seed, "--json");
        var with = Cli.Invoke("import", seed, "--json", "--templates", Directory(("added.json", Added)));

        Assert.Equal(0, with.ExitCode);
        Assert.Equal(plain.Out, with.Out);
    }

    [Fact]
    public void Import_WithABadTemplate_IsRefusedNamingTheFileAndPath_AndImportsNothing()
    {
        var dir = Directory(("bad.json", Added.Replace("\"kind\": \"projectSelfEvaluation\"", "\"kind\": \"budget\"", StringComparison.Ordinal)));

        var run = Cli.Invoke("import", Cli.Seed("000"), "--templates", dir);

        Assert.Equal(ExitCodes.UnreadableInput, run.ExitCode);
        Assert.Contains("模板文件“bad.json”的 $.kind：表单类型应为", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Templates_MissingDirectory_IsRefused()
    {
        var run = Cli.Invoke("templates", "list", "--templates", Path.Combine(Path.GetTempPath(), "jixiao-no-such-dir-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.UnreadableInput, run.ExitCode);
        Assert.Contains("模板目录", run.Error, StringComparison.Ordinal);
    }
}
