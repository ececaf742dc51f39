using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Integration;

/// <summary>Money cells of project forms go through the one money grammar, and a bad cell says why.</summary>
public class MoneyCellTests
{
    private static string Form(string total) => string.Join('\n',
        "财政项目支出绩效目标申报表",
        "(2024 年度)",
        "项目名称\t测试项目\t项目性质\t其他经常性项目\t项目类别\t特定目标类",
        "主管部门\t上海市松江区科学技术委员会\t实施单位\t上海市松江区科技创新服务中心",
        "计划开始日期\t2024-01-01\t计划完成日期\t2024-12-31",
        $"项目资金 (元)\t项目资金总额\t{total}\t年度资金申请总额\t100,000.00",
        "\t其中：财政资金\t100,000.00\t其中：当年财政拨款\t100,000.00",
        "\t\t\t上年结转资金\t0.00",
        "\t其他资金\t\t其他资金\t0.00",
        "\t一级指标\t二级指标\t三级指标\t年度(/项目)指标值",
        "绩效指标\t产出指标\t数量指标\t培训场次\t≥4.00(场)",
        "\t效益指标\t社会效益指标\t政策知晓度\t提升",
        "\t满意度指标\t服务对象满意度指标\t企业满意度\t≥90.00(%)");

    [Theory]
    [InlineData("100,000.00", 100_000.00)]
    [InlineData("100000", 100_000)]
    [InlineData("１００，０００．００", 100_000.00)] // full-width digits and separators
    public void ValidMoney_IsRead(string cell, decimal expected)
    {
        var outcome = DocumentImporter.ImportLines("t.txt", TextDocumentReader.SplitLines(Form(cell)));
        Assert.Equal(expected, outcome.Document!.Package.Projects.Single().Funds.ProjectFundsTotal);
    }

    [Theory]
    [InlineData("-5.00")]
    [InlineData("12.345")]
    public void InvalidMoney_IsBlankWithAReasonedWarning(string cell)
    {
        var outcome = DocumentImporter.ImportLines("t.txt", TextDocumentReader.SplitLines(Form(cell)));
        var doc = outcome.Document!;
        Assert.Null(doc.Package.Projects.Single().Funds.ProjectFundsTotal);
        var warning = Assert.Single(doc.Warnings, w => w.Message.Contains("项目资金总额"));
        Assert.Equal(6, warning.Line);
        Assert.Contains("金额格式错误", warning.Message);
    }
}
