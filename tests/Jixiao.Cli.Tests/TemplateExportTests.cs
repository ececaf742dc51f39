using Jixiao.Cli.Commands;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao export --template`: a declaration printed in another template's layout, also one added as a file (ADR-032).</summary>
public class TemplateExportTests
{
    // A template no code knows: an extra header field and an extra indicator column.
    private const string Added = """
    {
      "format": 1, "id": "TEST-CLI-TARGET", "title": "专项项目绩效目标表", "jurisdiction": "测试县", "kind": "projectDeclaration",
      "blocks": [ { "id": "header" }, { "id": "funds", "label": "资金（元）" }, { "id": "goals", "label": "目标" } ],
      "fields": [
        { "key": "name", "label": "项目名称", "kind": "text", "required": true, "place": { "block": "header", "row": 1, "order": 1, "span": 4 } },
        { "key": "approvalNumber", "label": "立项批文文号", "kind": "text", "place": { "block": "header", "row": 2, "order": 1, "span": 4 } },
        { "key": "projectFundsTotal", "label": "资金总额", "kind": "money", "place": { "block": "funds", "row": 1, "order": 1 } },
        { "key": "annualGoal", "label": "年度目标", "kind": "narrative", "place": { "block": "goals", "row": 1, "order": 1 } }
      ],
      "indicatorColumns": [ { "key": "level1", "label": "一级指标" }, { "key": "level2", "label": "二级指标" }, { "key": "name", "label": "三级指标" },
                            { "key": "target", "label": "指标值" }, { "key": "checkMethod", "label": "核查方式" } ],
      "framework": { "levels": 3, "level1": [ { "name": "产出指标", "level2": [ { "name": "数量指标" } ] } ] }
    }
    """;

    private static string Out() => Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Export_WithAnAddedTemplate_PrintsItsFieldsAndColumns()
    {
        var dir = Path.GetDirectoryName(Cli.TempFile("added.json", System.Text.Encoding.UTF8.GetBytes(Added)))!;
        var output = Out();

        var run = Cli.Invoke("export", Cli.Seed("000"), "--to", "html", "--out", output, "--templates", dir, "--template", "TEST-CLI-TARGET");

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(Directory.GetFiles(output, "*短信平台月租费*.html").Single());
        foreach (var text in new[] { "专项项目绩效目标表", "立项批文文号", "核查方式", "短信平台月租费", "三级指标" })
            Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("项目类别", html, StringComparison.Ordinal); // a Shanghai field this template does not print
    }

    [Fact]
    public void Export_WithoutTemplate_IsTheShanghaiLayoutAsBefore()
    {
        var output = Out();

        Assert.Equal(0, Cli.Invoke("export", Cli.Seed("000"), "--to", "html", "--out", output).ExitCode);

        var html = File.ReadAllText(Directory.GetFiles(output, "*短信平台月租费*.html").Single());
        Assert.Contains("财政项目支出绩效目标申报表", html, StringComparison.Ordinal);
        Assert.Contains("项目类别", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WithAnUnknownTemplateOrOneOfAnotherKind_IsRefusedInChinese_AndWritesNothing()
    {
        var output = Out();

        var unknown = Cli.Invoke("export", Cli.Seed("000"), "--to", "html", "--out", output, "--template", "NO-SUCH");
        var selfEvaluation = Cli.Invoke("export", Cli.Seed("000"), "--to", "html", "--out", output, "--template", "SC-PROJ-SE");

        Assert.Equal(ExitCodes.UnreadableInput, unknown.ExitCode);
        Assert.Contains("未知的模板“NO-SUCH”", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UnreadableInput, selfEvaluation.ExitCode);
        Assert.Contains("所给的表中没有绩效自评表", selfEvaluation.Error, StringComparison.Ordinal); // seed 000 holds 申报表 only
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Export_SelfEvaluationWithTheSichuanTemplate_PrintsItsLayoutAndScoresWithItsPools()
    {
        var output = Out();

        var run = Cli.Invoke("export", Cli.Seed("004"), "--to", "html", "--out", output, "--template", "SC-PROJ-SE");

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(Directory.GetFiles(output, "*.html").First());
        foreach (var text in new[] { "部门预算项目支出绩效自评表", "预算执行情况(10分)", "财政专户管理资金", "指标性质", "度量单位", "未完成原因分析" })
            Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("财政项目支出绩效自评表", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_SelfEvaluationWithTheMinistryTemplate_PrintsMoneyInWanYuan()
    {
        var output = Out();
        var shanghai = Out();

        Assert.Equal(0, Cli.Invoke("export", Cli.Seed("004"), "--to", "html", "--out", output, "--template", "MOF-PROJ-SE").ExitCode);
        Assert.Equal(0, Cli.Invoke("export", Cli.Seed("004"), "--to", "html", "--out", shanghai).ExitCode);

        var html = File.ReadAllText(Directory.GetFiles(output, "*.html").First());
        Assert.Contains("项目支出绩效自评表", html, StringComparison.Ordinal);
        Assert.Contains("项目资金（万元）", html, StringComparison.Ordinal);
        Assert.Contains("项目资金（元）", File.ReadAllText(Directory.GetFiles(shanghai, "*.html").First()), StringComparison.Ordinal);
    }
}
