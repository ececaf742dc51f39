using Jixiao.Documents.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>Each tricky shape of the seeds on a small made-up form (tabs written as `\t`).</summary>
public sealed class FormShapeTests
{
    private const string Header2024 =
        "财政项目支出绩效目标申报表 1\t\t\t\t\t\n" +
        "(2024 年度)\t\t\t\t\t\n" +
        "项目名称\t测试项目\t项目性质\t其他经常性项目\t项目类别\t特定目标类\n" +
        "主管部门\t甲委员会\t实施单位\t乙中心\t\t\n" +
        "计划开始日期\t2024-01-01\t计划完成日期\t2024-12-31\t\t\n" +
        "项目资金 (元)\t项目资金总额\t1,443,356.00\t年度资金申请总额\t1,443,356.00\t\n" +
        "\t其中：财政资金\t1,443,356.00\t其中：当年财政拨款\t1,443,356.00\t\n" +
        "\t\t\t上年结转资金\t0.00\t\n" +
        "\t其他资金\t\t其他资金\t0.00\t\n" +
        "项目绩效目标\t项目总目标\t\t年度总体目标\t\t\n" +
        "\t\t\t年度目标文字。\t\t\n" +
        "\t一级指标\t二级指标\t三级指标\t年度(/项目)指标值\n";

    private static RawProject Single(string text, out List<ImportWarning> warnings)
    {
        var (result, w) = Seeds.ImportText(text);
        warnings = w;
        return Assert.Single(result.Projects);
    }

    private static (string? L1, string? L2, string Name, string? Target)[] Rows(RawProject p) =>
        p.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.TargetText)).ToArray();

    [Fact]
    public void Parse_DistrictForm_ReadsHeaderFundsAndGoal()
    {
        var p = Single(Header2024 + "绩效指标\t产出指标\t数量指标\t次数\t=1次\n", out _);

        Assert.Equal(FormKind.DistrictDeclaration, p.Form);
        Assert.Equal(TemplateCatalog.District2024, p.TemplateId);
        Assert.Equal(1, p.FormNumber);
        Assert.Equal(("测试项目", "其他经常性项目", "特定目标类", "甲委员会", "乙中心"), (p.Name, p.Text("nature"), p.Text("category"), p.Text("supervisingDepartment"), p.Text("implementingUnit")));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (p.Value("plannedStart")!.Value.Date!.Value, p.Value("plannedEnd")!.Value.Date!.Value));
        Assert.Equal(1_443_356.00m, p.Value("projectFundsTotal")?.Money);
        Assert.Null(p.Value("otherFunds"));
        Assert.Equal(0.00m, p.Value("annualOtherFunds")?.Money);
        Assert.Null(p.Text("overallGoal"));
        Assert.Equal("年度目标文字。", p.Text("annualGoal"));
    }

    public static TheoryData<string, string, (string?, string?, string, string?)[]> Grids => new()
    {
        {
            "blank category cells carry down",
            "绩效指标\t产出指标\t数量指标\t甲\t=1次\n\t\t\t乙\t=2次\n\t\t质量指标\t丙\t合格\n",
            [("产出指标", "数量指标", "甲", "=1次"), ("产出指标", "数量指标", "乙", "=2次"), ("产出指标", "质量指标", "丙", "合格")]
        },
        {
            "a level-2 in the level-1 column finds its level-1 through the template",
            "绩效指标\t效益指标\t社会效益指标\t甲\t提升\n\t时效指标\t及时性\t及时\t\n",
            [("效益指标", "社会效益指标", "甲", "提升"), ("产出指标", "时效指标", "及时性", "及时")]
        },
        {
            "letter-spaced labels and names",
            "绩 效 指 标\t产 出 指 标\t数 量 指 标\t定 期 巡 检 次 数\t=12.00(次)\n满 意 度 指 标\t服 务 对 象 满 意 度 指 标\t用 户 满 意 度\t满 意\n",
            [("产出指标", "数量指标", "定期巡检次数", "=12.00(次)"), ("满意度指标", "服务对象满意度指标", "用户满意度", "满 意")]
        },
        {
            "a label cut in two rows (`产` / `出 指 标`) and a value that is a piece of a label (`满意`)",
            "绩\t产\t数量\t甲\t=100.00(%)\n\n效 指 标\t出 指 标\t指标\t乙\t=2.00(个)\n满意度指标\t服务对象满意度指标\t丙\t满意\n",
            [("产出指标", "数量指标", "甲", "=100.00(%)"), ("产出指标", "数量指标", "乙", "=2.00(个)"), ("满意度指标", "服务对象满意度指标", "丙", "满意")]
        },
        {
            "a page break cuts a name and a level-2 label: tails join the row above",
            "绩效指标\t效益指标\t可持续影\t\t制度健\t健全\n\n\t\t响指标\t全性\t\n\t\t\t长效管理\t健全\n",
            [("效益指标", "可持续影响指标", "制度健全性", "健全"), ("效益指标", "可持续影响指标", "长效管理", "健全")]
        },
        {
            "the tail of a name that is spelled like the current level-2 (`数量`)",
            "绩效指标\t产出指标\t数量指标\t月度报告\t=12.00(篇)\n\n指 标\t\t数量\t\n\t\t完成率\t=100.00(%)\n",
            [("产出指标", "数量指标", "月度报告数量", "=12.00(篇)"), ("产出指标", "数量指标", "完成率", "=100.00(%)")]
        },
        {
            "categories printed in the name/value columns head the rows below",
            "绩效指标\t成本指标\t经济成本指标\t服务费用\t控制于预算内\n\t\t\t产出指标\t数量指标\n\t\t\t渗透性测试\t=2.00(次)\n",
            [("成本指标", "经济成本指标", "服务费用", "控制于预算内"), ("产出指标", "数量指标", "渗透性测试", "=2.00(次)")]
        },
        {
            "a name spelled like a level-2 without `指标` is a name when the row has only a value",
            "绩效指标\t满意度指标\t服务对象满意度指标\t用人企业满意度\t满意\n\t\t服务对象满意度\t满意\t\n",
            [("满意度指标", "服务对象满意度指标", "用人企业满意度", "满意"), ("满意度指标", "服务对象满意度指标", "服务对象满意度", "满意")]
        },
    };

    [Theory]
    [MemberData(nameof(Grids))]
    public void Parse_GridShape_ResolvesRows(string reason, string grid, (string?, string?, string, string?)[] expected)
    {
        var p = Single(Header2024 + grid, out _);

        Assert.True(expected.SequenceEqual(Rows(p)), $"{reason}: {string.Join(" / ", Rows(p))}");
    }

    [Fact]
    public void Parse_CategoryInNameColumn_KeepsRowWithoutValueAndWarns()
    {
        var p = Single(Header2024 + "绩效指标\t产出指标\t数量指标\t甲\t=1次\n\t\t效益指标\t社会效益指标\t支撑平台稳定运行\n", out var warnings);

        var row = p.Indicators[1];
        Assert.Equal(("效益指标", "社会效益指标", "支撑平台稳定运行", (string?)null), (row.Level1, row.Level2, row.Name, row.TargetText));
        Assert.Contains(warnings, w => w.Line == row.SourceLine && w.Message.Contains("缺少指标值", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RowWithoutCategory_KeepsRowAndWarns()
    {
        var p = Single(Header2024 + "\t\t\t孤立指标\t=1次\n", out var warnings);

        var row = Assert.Single(p.Indicators);
        Assert.False(row.CategoriesResolved);
        Assert.Contains(warnings, w => w.Line == row.SourceLine && w.Message.Contains("孤立指标", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HeaderCutByPageBreak_JoinsLabelsAndValues()
    {
        const string text =
            "<b>财政项目支出绩效目标申报表</b>\n------\n\n<b>(2024 年度)</b>\n------\n\n" +
            "项目名称\t测试项目\t项目性质\t其他\t项目\t特定目标类\n\n\t\t\t经常性项目\t类别\t\n" +
            "主管\t上海市松江\t实施单位\t上海市松江区科技创新\t\t\n\n部门\t区科学技术委员会\t\t服务中心\t\n" +
            "计划开始日期\t2024-01-01\t计划完成日期\t2024-12-31\t\t\n" +
            "项目资金(元)\t项目资金总额\t213500\t年度资金申请总额\t213500\t\n" +
            "\t其中：财政资金\t213500\t其中：当年财政\t213500\t\n\n\t\t\t拨款\t\n" +
            "\t一级指标\t二级指标\t三级指标\t年度(/项目)指标值\n绩效指标\t产出指标\t数量指标\t甲\t=1次\n";
        var p = Single(text, out _);

        Assert.Null(p.FormNumber);
        Assert.Equal(2024, p.Year);
        Assert.Equal(("其他经常性项目", "特定目标类"), (p.Text("nature"), p.Text("category")));
        Assert.Equal(("上海市松江区科学技术委员会", "上海市松江区科技创新服务中心"), (p.Text("supervisingDepartment"), p.Text("implementingUnit")));
        Assert.Equal(213_500m, p.Value("currentYearAppropriation")?.Money);
    }

    public static TheoryData<string, string, decimal?> Money => new()
    {
        { "thousands separators", "1,443,356.00", 1_443_356.00m },
        { "plain integer", "213500", 213_500m },
        { "one decimal with separators", "152,919.8", 152_919.8m },
        { "plain decimal", "12761296.38", 12_761_296.38m },
        { "blank", "", null },
        { "ideographic space only", "\u3000", null },
    };

    [Theory]
    [MemberData(nameof(Money))]
    public void Parse_MoneyCell_AcceptsPrintedFormats(string reason, string printed, decimal? expected)
    {
        var text = Header2024.Replace("1,443,356.00\t年度资金申请总额", printed + "\t年度资金申请总额", StringComparison.Ordinal) + "绩效指标\t产出指标\t数量指标\t甲\t=1次\n";
        var p = Single(text, out _);

        Assert.True(expected == p.Value("projectFundsTotal")?.Money, reason);
    }

    [Fact]
    public void Parse_CellPerLineFilingForm_ReadsRowsSeparatedByBlankLines()
    {
        const string text =
            "2021年度，本单位编报绩效目标的项目共1个，涉及项目预算资金21.35万元。\n" +
            "\t1、财政项目支出绩效目标填报表\n\n\t（2021年度）\n\n" +
            "\t项目名称\n\t市民服务\n\t项目类别\n\t经常性项目\n\n" +
            "\t主管部门\n\t甲中心\n\t实施单位\n\t\u3000\n\n" +
            "\t计划开始日期\n\t2021-01-01\n\t计划完成日期\n\t2021-12-31\n\n" +
            "\t项目资金\n（元）\n\t项目资金总额\n\t213500\n\t年度资金申请总额\n\t213500\n\n" +
            "\t项目绩效目标\n\t项目总目标\n（2021 年- 2021年）\n\t年度总目标\n\n" +
            "\t\n\t1、总目标第一行\n2、总目标第二行\n\t年度目标\n\n" +
            "\t绩效指标\n\t一级指标\n\t二级指标\n\t三级指标\n\t年度指标值\n\n" +
            "\t\n\t产出指标\n\t数量指标\n\t甲\n\t=100%\n\n" +
            "\t\n\t\n\t\n\t乙\n\t=2次\n\n\n" +
            "五、其他说明\n";
        var (result, _) = Seeds.ImportText(text);

        var p = Assert.Single(result.Projects);
        Assert.Equal(FormKind.DistrictFilingForm, p.Form);
        Assert.Equal(TemplateCatalog.District2021, p.TemplateId);
        Assert.Equal(new StatedSummary(null, 1, 21.35m, 1), result.Stated);
        Assert.Equal(("市民服务", "经常性项目", "甲中心", (string?)null), (p.Name, p.Text("category"), p.Text("supervisingDepartment"), p.Text("implementingUnit")));
        Assert.Equal(213_500m, p.Value("annualRequestTotal")?.Money);
        Assert.Equal((2021, 2021), p.OverallGoalYears);
        Assert.Equal("1、总目标第一行\n2、总目标第二行", p.Text("overallGoal"));
        Assert.Equal("年度目标", p.Text("annualGoal"));
        Assert.Equal([("产出指标", "数量指标", "甲", "=100%"), ("产出指标", "数量指标", "乙", "=2次")], Rows(p));
    }

    [Fact]
    public void Parse_MunicipalForm_ReadsStarredLabelsSubProjectsAndFloatingLevel1()
    {
        const string text =
            "财政项目支出绩效目标申报表 (2020)年度 申报单位名称：丙中心\t\t\t\n" +
            "项目名称*：\t系统运维\t项目类别*：\t经常性专项业务费\n" +
            "计划开始日期*：\t2020-01-01\t计划完成日期*：\t2020-12-31\n" +
            "联系人*：\t张三\t联系电话*：\t123\n" +
            "项目概况*：\t<p>概况文字</p>\t\t\n" +
            "总目标及阶段性目标：\t<p>总目标文字</p>\t\t\n" +
            "项目总预算（元）：\t300.00\t项目当年预算（元）：\t300.00\n" +
            "同名项目上年预算额（元）：\t\t同名项目上年预算执行数（元）：\t\n" +
            "项目资金投入构成\n\n子项目名称\t\t预算金额（元）\t\n子项目甲\t\t100.00\t\n子项目乙\t\t200.00\t\n" +
            "2020年绩效目标\t\t\t\n一级目标\t二级目标\t三级目标\t指标目标值\n" +
            "\t投入管理\t预算执行率\t>=95%\n\t\t资金到位率\t=100%\n投入与管理\t财务管理\t制度健全性\t健全\n" +
            "满意度\t工作人员满意度\t>=95%\t\n";
        var (result, _) = Seeds.ImportText(text);

        var p = Assert.Single(result.Projects);
        Assert.Equal("丙中心", result.UnitName);
        Assert.Equal(FormKind.MunicipalDeclaration, p.Form);
        Assert.Equal(TemplateCatalog.Municipal2020, p.TemplateId);
        Assert.Equal(("系统运维", "经常性专项业务费", "张三", "123"), (p.Name, p.Text("category"), p.Text("contactName"), p.Text("contactPhone")));
        Assert.Equal("概况文字", p.Narrative[NarrativeSection.Overview]);
        Assert.Equal("总目标文字", p.Text("overallGoal")); // HTML fragments are removed from cells
        Assert.Equal((300.00m, 300.00m), (p.Value("projectFundsTotal")!.Value.Money!.Value, p.Value("annualRequestTotal")!.Value.Money!.Value));
        Assert.Null(p.Value("priorYearBudget")?.Money);
        Assert.Equal([("子项目甲", 100.00m), ("子项目乙", 200.00m)], p.SubProjects.Select(s => (s.Name, s.Amount.Value!.Value)));
        Assert.Equal(
            [("投入与管理", "投入管理", "预算执行率", ">=95%"), ("投入与管理", "投入管理", "资金到位率", "=100%"), ("投入与管理", "财务管理", "制度健全性", "健全"), ("效果目标", "满意度", "工作人员满意度", ">=95%")],
            Rows(p));
    }

    public static TheoryData<string, string, int?, int, string> StatedSentences => new()
    {
        { "variant 1 (000)", "按照本市预算绩效管理工作的总体要求，本单位编报绩效目标的项目 11 个，涉及项目预算资金 1194.62 万元。", null, 11, "1194.62" },
        { "variant 2 (001)", "按照本市预算绩效管理工作的总体要求，本单位 1 个预算单位开展了 2024 年项目预算绩效目标编报工作，编报绩效目标的项目 4 个，涉及项目预算资金 1808.10 万元。", 1, 4, "1808.10" },
        { "2021 disclosure variant (003)", "2021年度，本单位编报绩效目标的项目共3个，涉及项目预算资金1059.08万元。  ", null, 3, "1059.08" },
    };

    [Theory]
    [MemberData(nameof(StatedSentences))]
    public void Parse_StatedSentence_ReadsAllVariants(string reason, string sentence, int? units, int projects, string wanYuan)
    {
        var (result, _) = Seeds.ImportText(sentence);

        Assert.True(result.Stated is not null, reason);
        Assert.Equal((units, projects, decimal.Parse(wanYuan, System.Globalization.CultureInfo.InvariantCulture)), (result.Stated.SubUnitCount, result.Stated.ProjectCount, result.Stated.TotalWanYuan));
        Assert.Equal(FormDocumentKind.None, result.Kind);
    }

    [Fact]
    public void Parse_Narrative_AttachesSectionsToTheFollowingForm()
    {
        const string text =
            "甲中心 2024 年 财政支出项目绩效目标申报表\n\n项目经费情况说明 1--测试项目\n\n一、项目概述\n\n概述文字\n\n五、实施周期\n\n2024年8月-2025年7月\n\n七、绩效目标\n\n详见单位的项目绩效目标表\n\n";
        var (result, _) = Seeds.ImportText(text + Header2024 + "绩效指标\t产出指标\t数量指标\t甲\t=1次\n");

        var p = Assert.Single(result.Projects);
        Assert.Equal(("甲中心", 2024), (result.UnitName, result.Year));
        Assert.Equal("项目经费情况说明 1--测试项目", p.NarrativeTitle);
        Assert.Equal("概述文字", p.Narrative[NarrativeSection.Overview]);
        Assert.Equal("2024年8月-2025年7月", p.Narrative[NarrativeSection.Period]);
        Assert.Equal("详见单位的项目绩效目标表", p.Narrative[NarrativeSection.TargetsRef]);
    }

    [Fact]
    public void Parse_PdfSelfEvaluation_AnchorsRowsOnWeightAndScore()
    {
        const string text =
            " 财政项目支出绩效自评表 \n\n(2023 年度) \n\n项目名称 测试项目 \n\n主管部门 \n甲委员\n\n会 \n实施单位 \n乙中心 \n" +
            "项目资金 \n（元） \n 年初预算数 全年预算数 全年执行数 分值 执行率 得分 \n" +
            "年度资金总额 1000.00 800.00 800 10 100.00% 10 \n其中：当年财政拨款 1000 800 800 —   \n上年结转资金 0 0  —   \n其他资金 0 0  —   \n" +
            "年 度 \n总 体 \n目标 \n预期目标 实际完成情况 \n\n预期文字 \n\n实际文字 \n\n" +
            "一级指标 二级指标 三级指标 \n年度 \n指标值 \n实际 \n完成值 \n分值 得分 \n偏差原因分析及 \n改进措施 \n\n" +
            "数量指标 \n\n每月发送量 \n\n=3 万条/月 \n\n=3 万条/月 \n\n50 \n\n50 \n\n无 \n\n" +
            "- 2 -\n\n产出指标 \n\n质量指标 \n\n参与人次 \n\n>=101 人次/ \n\n场 \n\n0 \n\n1 \n\n0 \n\n活动延期举办 \n\n" +
            "绩 \n效 \n指 \n标 \n服务对象满意度指标 \n\n满意度 \n\n=99% 95% 29 28 无 \n\n总分 100 98 \n";
        var (result, warnings) = Seeds.ImportText(text);

        var p = Assert.Single(result.Projects);
        Assert.Equal(FormDocumentKind.SelfEvaluation, result.Kind);
        Assert.Equal(TemplateCatalog.District2023, p.TemplateId);
        Assert.Equal(("测试项目", "甲委员会", "乙中心"), (p.Name, p.Text("supervisingDepartment"), p.Text("implementingUnit")));
        Assert.Equal(("预期文字", "实际文字"), (p.Evaluation?.ExpectedGoal, p.Evaluation?.ActualOutcome));
        Assert.Equal(("100", "98"), (p.Evaluation?.PrintedWeightTotalText, p.Evaluation?.PrintedTotalText));
        Assert.Equal(
            [
                ("产出指标", "数量指标", "每月发送量", "=3 万条/月", "=3 万条/月", 50m, 50m, "无"),
                ("产出指标", "质量指标", "参与人次", ">=101 人次/场", "0", 1m, 0m, "活动延期举办"),
                ("满意度指标", "服务对象满意度指标", "满意度", "=99%", "95%", 29m, 28m, "无"),
            ],
            p.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.TargetText, i.ActualText, i.Weight!.Value, i.Score!.Value, i.DeviationReason)));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("总分", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TabbedSelfEvaluation_ReadsFundsGoalsRowsAndTotal()
    {
        const string text =
            "财政项目支出绩效自评表\n（2022年度）\n" +
            "项目名称\t测试项目\t\t\t\t\t\t\t\n主管部门\t甲委员会\t\t\t实施单位\t乙中心\t\t\t\n" +
            "项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t\n" +
            "\t年度资金总额\t1,000.00\t800.00\t760.00\t10\t95.00%\t9.5\t\n" +
            "\t其中：当年财政拨款\t1,000.00\t800.00\t760.00\t—\t\t\t\n\t上年结转资金\t\t\t\t—\t\t\t\n" +
            "年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t\t\n\t目标文字\t\t\t完成文字\t\t\t\t\n" +
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
            "\t产出指标\t数量指标\t巡检次数\t=12次\t11次\t20\t18.33\t一次巡检因故延期\n" +
            "\t\t成本指标\t服务费用\t控制于预算内\t控制于预算内\t70\t70\t无\n" +
            "总分\t\t\t\t\t\t100\t97.83\t\n";
        var (result, _) = Seeds.ImportText(text);

        var p = Assert.Single(result.Projects);
        Assert.Equal((FormKind.SelfEvaluation, TemplateCatalog.District2023, 2022), (p.Form, p.TemplateId, p.Year!.Value));
        var e = p.Evaluation!;
        Assert.Equal((1_000.00m, 800.00m, 760.00m), (e.Total!.InitialBudget!.Value!.Value, e.Total.AdjustedBudget!.Value!.Value, e.Total.Expenditure!.Value!.Value));
        Assert.Equal(("10", "95.00%", "9.5"), (e.Total.WeightText, e.Total.RateText, e.Total.ScoreText));
        Assert.Null(e.Funds["priorYearCarryover"].InitialBudget);
        Assert.Equal(("目标文字", "完成文字", "100", "97.83"), (e.ExpectedGoal, e.ActualOutcome, e.PrintedWeightTotalText, e.PrintedTotalText));
        Assert.Equal(
            [("数量指标", "巡检次数", "=12次", "11次", 20m, 18.33m, "一次巡检因故延期"), ("成本指标", "服务费用", "控制于预算内", "控制于预算内", 70m, 70m, "无")],
            p.Indicators.Select(i => (i.Level2, i.Name, i.TargetText, i.ActualText, i.Weight!.Value, i.Score!.Value, i.DeviationReason)));
    }

    [Fact]
    public void Parse_PdfSelfEvaluation_UsesLineGapsForWrappedCells()
    {
        // Cells are three blank lines apart; a wrapped cell continues after one blank line.
        static string Cells(params string[] cells) => string.Join("\n\n\n\n", cells) + "\n\n\n\n";
        var text =
            "财政项目支出绩效自评表\n(2023 年度)\n项目名称 测试项目\n主管部门 甲\n实施单位 乙\n项目资金\n" +
            "年度资金总额 100 100 100 10 100.00% 10\n年 度\n总 体\n目标\n预期目标 实际完成情况\n\n预期\n\n实际\n\n" +
            "一级指标 二级指标 三级指标 年度\n指标值\n实际\n完成值\n分值 得分 偏差原因分析及\n改进措施\n\n" +
            Cells("质量指标", "驻场人员的专业\n\n背景", "有相关技术经验", "部分人员经验不足", "45", "40", "因人员流动，\n\n新进人员经验不足") +
            Cells("人员到岗率", "=100%", "=100%", "45", "45", "无") +
            "总分 100 95\n";
        var (result, _) = Seeds.ImportText(text);

        var p = Assert.Single(result.Projects);
        Assert.Equal(
            [
                ("驻场人员的专业背景", "有相关技术经验", "部分人员经验不足", "因人员流动，新进人员经验不足"),
                ("人员到岗率", "=100%", "=100%", "无"),
            ],
            p.Indicators.Select(i => (i.Name, i.TargetText, i.ActualText, i.DeviationReason)));
    }

    [Fact]
    public void Parse_Declaration2023_UsesTheTreeWithCostUnderOutput()
    {
        var text = Header2024.Replace("(2024 年度)", "(2023 年度)", StringComparison.Ordinal) + "绩效指标\t产出指标\t成本指标\t服务费用\t控制于预算内\n";
        var p = Single(text, out _);

        Assert.Equal(TemplateCatalog.District2023, p.TemplateId);
        Assert.Equal(("产出指标", "成本指标"), (p.Indicators[0].Level1, p.Indicators[0].Level2));
    }

    [Fact]
    public void Parse_LabelAndValueInOneCell_AreSplitAtTheColon()
    {
        var text = Header2024.Replace("主管部门\t甲委员会\t实施单位\t乙中心", "主管部门：甲委员会\t实施单位:乙中心", StringComparison.Ordinal) + "绩效指标\t产出指标\t数量指标\t甲\t=1次\n";
        var p = Single(text, out var warnings);

        Assert.Equal(("甲委员会", "乙中心"), (p.Text("supervisingDepartment"), p.Text("implementingUnit")));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_UnplaceableHeaderCell_IsReported()
    {
        var text = Header2024.Replace("主管部门\t甲委员会\t实施单位\t乙中心", "主管部门\t甲委员会\t实施单位\t乙中心\t多余的说明文字", StringComparison.Ordinal) + "绩效指标\t产出指标\t数量指标\t甲\t=1次\n";
        Single(text, out var warnings);

        Assert.Contains(warnings, w => w.Line == 4 && w.Message.Contains("多余的说明文字", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DocumentWithoutForms_ReportsNone()
    {
        var (result, warnings) = Seeds.ImportText("一段与表格无关的文字。\n另一行。");

        Assert.Equal(FormDocumentKind.None, result.Kind);
        Assert.Empty(result.Projects);
        Assert.Single(warnings);
    }
}
