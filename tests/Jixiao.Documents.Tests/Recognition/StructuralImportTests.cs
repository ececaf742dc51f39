using System.Text;
using Jixiao.Documents.Text;
using Jixiao.Domain.Projects;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>Forms of layouts no seed prints, imported through the public importer by their structure.</summary>
public sealed class StructuralImportTests
{
    private static ImportOutcome Import(string text) => DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(text));

    [Fact]
    public void ImportLines_PartialCellPerLineDeclaration_ImportsHeaderAndFunds_AndSaysWhereTheTextEnds()
    {
        var outcome = Import("示例项目支出绩效目标表\n\n(2022年度)\n\n项目名称\n\n示例道路养护\n\n实施单位\n\n示例公路中心\n\n项目资金(万元)\n\n资金总额\n\n12.5\n\n总体目标\n\n完成示例道路养护");

        var doc = Assert.IsType<ImportedDocument>(outcome.Document);
        var project = Assert.Single(doc.Package.Projects);
        Assert.Equal("示例道路养护", project.Name);
        Assert.Equal("示例公路中心", doc.UnitName);
        Assert.Equal(2022, doc.Year);
        Assert.Equal(125_000m, project.Funds.ProjectFundsTotal);
        Assert.Equal("12.5", project.Fields["projectFundsTotal"]);
        Assert.Contains(doc.Warnings, w => w.Line == 21 && w.Message.Contains("第 21 行结束", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportLines_UnknownHeaderLabels_AreKeptAsFieldsByTheirPrintedLabel()
    {
        var doc = Import("项目名称 | 示例项目 | 归口业务科室 | 示例站 | ||\n是否政府采购 | 是 | 实施单位 | 示例镇 | ||").Document!;

        var project = Assert.Single(doc.Package.Projects);
        Assert.Equal("示例站", project.Fields["归口业务科室"]);
        Assert.Equal("是", project.Fields["是否政府采购"]);
    }

    [Fact]
    public void ImportLines_PlaceholderInAHeaderValue_IsKeptAsPrinted_WithAWarning()
    {
        var doc = Import("项目名称 | 示例项目 | ||\n实施单位 | 示例中心(≥**人) | ||").Document!;

        Assert.Equal("示例中心(≥**人)", doc.Package.Projects[0].ImplementingUnit);
        Assert.Contains(doc.Warnings, w => w.Message.Contains("“示例中心(≥**人)”", StringComparison.Ordinal) && w.Message.Contains("已按原文保留", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportLines_FormWithoutAPrintedName_IsNamedByItsTitle_AndSaysSo()
    {
        var doc = Import("2021年度示例助学金项目绩效评价指标表\n\n一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 资助人数 | 100人").Document!;

        var project = Assert.Single(doc.Package.Projects);
        Assert.Equal("示例助学金项目", project.Name);
        Assert.Equal("资助人数", Assert.Single(project.Indicators).Name);
        Assert.Contains(doc.Warnings, w => w.Line == 1 && w.Message.Contains("未印项目名称", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportLines_TextWithoutAForm_IsStillRefused()
    {
        var outcome = Import("关于做好示例工作的通知\n\n请各单位按时报送。");

        Assert.Null(outcome.Document);
        Assert.Contains("未识别出", outcome.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string?, string, decimal?> CorpusFiles => new()
    {
        // file, project name, unit, a field key, its amount in 元 (null: only the name is asserted)
        { "01_hubei-wuhan-qingshan_2020_target.txt", "教育系统基础设施建设和设备购置", "武汉市青山区教育局", "annualRequestTotal", 100_000_000m },
        { "03_hunan-xiangtan_2024_target.txt", "雾炮车抑尘降尘服务", "湘潭市环境卫生管理处", "projectFundsTotal", 2_500_000m },
        { "12_shaanxi-baoji-chencang_2020_target-transfer.txt", "农村饮水安全巩固提升工程专项", null, "name", null },
        { "02_shanxi-yangquan_2021_target.txt", "“四好农村路”、“三个一号旅游路”工作经费", "阳泉市公路服务中心", "annualRequestTotal", 250_000m },
        { "07_chongqing-banan-jielong_2021_target.txt", "重庆市巴南区接龙镇2020-2021年度松材线虫病除治", "重庆市巴南区接龙镇人民政府", "annualRequestTotal", 1_799_000m },
        { "25_anhui-jinzhai_2023_dept-selfeval.txt", "金寨县茶谷和美丽乡村建设服务中心", "金寨县茶谷和美丽乡村建设服务中心", "name", null },
        { "08_sichuan-guangyuan-zhaohua_2021_target.txt", "特困家庭再扶助(独生子女死亡再扶助)", "区卫生健康局", "fiscalFunds", 63_000m },
        { "22_fujian-ningde_2019_dept-target.txt", "中共宁德市委党史和地方志研究室", "中共宁德市委党史和地方志研究室", "projectFundsTotal", 1_714_100m },
        { "14_sichuan-zhongjiang_2022_selfeval.txt", "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装", null, "name", null },
    };

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ImportBytes_DevCorpusDocument_YieldsItsNamedProjectAndKeyAmount(string file, string name, string? unit, string key, decimal? amount)
    {
        var text = File.ReadAllLines(Path.Combine(RepositoryFiles.RepositoryRoot, "tests", "fixtures", "devcorpus", file)).Skip(1);

        var doc = DocumentImporter.ImportBytes(file, Encoding.UTF8.GetBytes(string.Join("\n", text))).Document;

        Assert.NotNull(doc);
        var project = Assert.Single(doc.Package.Projects);
        Assert.Equal(name, project.Name);
        if (unit is not null) Assert.Equal(unit, doc.UnitName);
        if (amount is not null) Assert.Equal(amount, Jixiao.Domain.Forms.FormDefinitions.All.SelectMany(d => d.Fields).First(f => f.Key == key).Read(project).Money);
    }

    [Fact]
    public void ImportLines_EvaluationTitle_IsASelfEvaluation_NamedByTheTitle_OfTheUnitBeforeItsYear()
    {
        var doc = Import("示例市示例局2030年度示例改革资金绩效评价表\n\n主管部门 | 示例厅 | 联系人 | 某某 | ||").Document!;

        Assert.Equal(DocumentKind.SelfEvaluation, doc.Kind);
        Assert.Equal("示例改革资金", Assert.Single(doc.Package.Projects).Name);
        Assert.Equal("示例市示例局", doc.UnitName);
    }

    [Fact]
    public void ImportLines_EvaluationIndicatorTable_StaysADeclaration()
    {
        var doc = Import("2030年度示例助学金项目绩效评价指标表\n\n一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 资助人数 | 100人").Document!;

        Assert.Equal(DocumentKind.Declaration, doc.Kind);
    }

    [Fact]
    public void ImportLines_NoNameAndNoTitle_IsNamedByTheProjectASentenceQuotes_AndSaysSo()
    {
        var doc = Import("委托示例所对“2030年示例低保资金项目”进行绩效评价。\n\n一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值\n产出指标 | 数量指标 | 保障人数 | ≥100人 | 已完成").Document!;

        Assert.Equal("示例低保资金项目", Assert.Single(doc.Package.Projects).Name);
        Assert.Contains(doc.Warnings, w => w.Message.Contains("引号内的“示例低保资金项目”", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportLines_NarrativeSectionsOfTheHeader_AreKeptInTheNarrative()
    {
        var project = Import("项目名称 | 示例项目 | ||\n实施单位 | 示例中心 | ||\n项目概况 | 示例概况文字 | ||\n立项依据 | 示例依据文字 | ||").Document!.Package.Projects[0];

        Assert.Equal("示例概况文字", project.Narrative[NarrativeSection.Overview]);
        Assert.Equal("示例依据文字", project.Narrative[NarrativeSection.Basis]);
    }

    [Fact]
    public void ImportLines_CellsHoldingLabelAndValue_AreSplitAtTheColon_AndAnUnknownLabelIsKeptByItsText()
    {
        var project = Import("项目名称\n\n示例项目\n\n实施单位\n\n示例中心\n\n资金总额: 25\n\n一、示例预算资金:25\n\n其中:示例专户资金:0").Document!.Package.Projects[0];

        Assert.Equal("25", project.Fields["示例预算资金"]);
        Assert.Equal("0", project.Fields["示例专户资金"]);
    }

    [Fact]
    public void ImportLines_AFieldPrintedTwice_KeepsTheValueOfItsOwnLabel_AndTheSynonymsByItsPrintedLabel()
    {
        var doc = Import("2030年度项目支出绩效自评表 | 部门:示例学校 | ||\n项目名称 | 示例专项资金 | 实施单位 | 示例学校 | ||").Document!;

        var project = Assert.Single(doc.Package.Projects);
        Assert.Equal("示例专项资金", project.Name);
        Assert.Equal("示例学校", project.Fields["部门"]);
    }

    [Fact]
    public void ImportLines_LabelsOnLinesOfTheirOwn_FollowedByAsManyValues_PairInOrder()
    {
        var project = Import("项目名称\n\n示例项目\n\n实施单位\n\n示例中心\n\n中期目标\n\n年度目标\n\n示例中期文字\n\n示例年度文字").Document!.Package.Projects[0];

        Assert.Equal("示例年度文字", Jixiao.Domain.Forms.FormDefinitions.Texts(project).GetValueOrDefault("annualGoal"));
        Assert.Equal("示例中期文字", Jixiao.Domain.Forms.FormDefinitions.Texts(project).GetValueOrDefault("overallGoal"));
    }

    [Fact]
    public void ImportLines_ALabelInsideANoticeAboveTheForm_IsNoField_AndQiZhongBelongsToTheLabelAfterIt()
    {
        var doc = Import("请各单位确保财政资金安全有效，按时报送，附件:示例绩效目标表(2030年度)项目名称示例补助实施单位示例中心资金情况(万元)资金总额:35其中:财政拨款35其他资金总体目标示例目标").Document!;

        var project = Assert.Single(doc.Package.Projects);
        Assert.Equal("35", project.Fields["projectFundsTotal"]);
        Assert.Equal(350_000m, project.Funds.FiscalFunds);
    }
}
