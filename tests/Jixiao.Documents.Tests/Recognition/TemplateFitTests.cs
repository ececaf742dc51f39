using System.Text;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// Which template a form read by its structure is imported on (ADR-047): the one whose labels, grid columns and
/// framework words the form prints; a tie goes to the template whose jurisdiction the form names, else to the generic
/// template of its kind, never to Shanghai's by default. Synthetic texts.
/// </summary>
public class TemplateFitTests
{
    private static ImportedDocument Import(string text) =>
        DocumentImporter.ImportBytes("form.txt", Encoding.UTF8.GetBytes(text)).Document!;

    // A 申报表 printing only labels every template shares (the Shanghai form knows 项目支出名称 and 年度资金总额 only as
    // synonyms of its own fields): the tie goes to the generic template.
    private const string SharedLabels = """
        项目支出绩效目标表
        项目名称 | 乡村道路养护
        主管部门及代码 | 交通运输局
        实施单位 | 公路服务中心
        年度资金总额 | 120
        其他资金 | 0
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 养护里程 | ≥30公里
        效益指标 | 社会效益指标 | 通行条件改善 | 明显改善
        """;

    [Fact]
    public void Import_OnlySharedLabels_TieGoesToTheGenericTemplate()
    {
        var document = Import(SharedLabels);

        Assert.Equal("GENERIC-PROJ-TARGET", Assert.Single(document.Package.Projects).TemplateId);
        var shanghai = Assert.Single(document.Template!.Ranking, e => e.Form.Id == "SH-DIST-2024");
        Assert.True(shanghai.Score <= document.Template.Ranking[0].Score, document.Template.Reason);
    }

    [Fact]
    public void Import_ShanghaiOwnLabels_ChoosesTheShanghaiForm()
    {
        // 项目性质, 项目类别, 计划开始日期 and 计划完成日期 are the Shanghai form's own labels: evidence, not a default.
        var document = Import(SharedLabels.Replace("实施单位 | 公路服务中心", "实施单位 | 公路服务中心\n项目性质 | 经常性项目\n项目类别 | 其他运转类\n计划开始日期 | 2024-01-01\n计划完成日期 | 2024-12-31", StringComparison.Ordinal));

        Assert.Equal("SH-DIST-2024", Assert.Single(document.Package.Projects).TemplateId);
        Assert.Contains("其他模板符合得更少", document.Template!.Reason, StringComparison.Ordinal);
    }

    // A 自评表 with no label of its own template: the tie goes to the template whose jurisdiction the form names.
    private const string BareSelfEvaluation = """
        {0}项目支出绩效自评表
        项目名称 | 退耕还林工程
        主管部门 | 林业局
        """;

    [Theory]
    [InlineData("四川省雅安市", "SC-PROJ-SE")]
    [InlineData("", "MOF-PROJ-SE")]
    public void Import_SelfEvaluationTie_GoesToTheNamedJurisdictionElseTheGenericOne(string place, string template)
    {
        var document = Import(string.Format(System.Globalization.CultureInfo.InvariantCulture, BareSelfEvaluation, place));

        Assert.Equal(template, Assert.Single(document.Package.Projects).TemplateId);
        Assert.NotEqual("SH-DIST-SE-2023", document.Template!.Form.Id);
    }

    [Theory]
    [InlineData("四川省", "四川")]
    [InlineData("宁夏回族自治区（银川市本级）", "宁夏")]
    [InlineData("上海市区级", "上海")]
    [InlineData("重庆市（区县通用）", "重庆")]
    [InlineData("财政部", null)]
    [InlineData("财政部（各地通用）", null)]
    [InlineData("通用", null)]
    public void Place_OfAJurisdiction_IsItsProvinceOrNone(string jurisdiction, string? place) =>
        Assert.Equal(place, Jixiao.Documents.Recognition.TemplateFit.Place(jurisdiction));
}
