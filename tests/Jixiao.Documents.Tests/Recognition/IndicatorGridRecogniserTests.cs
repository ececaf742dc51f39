using Jixiao.Documents.Recognition;
using static Jixiao.Documents.Tests.Recognition.GridText;

namespace Jixiao.Documents.Tests.Recognition;

public sealed class IndicatorGridRecogniserTests
{
    [Fact]
    public void Find_ThreeLevelGridWithMergedCells_CarriesLevelsDown()
    {
        var grid = Assert.Single(Grids("""
            | 项目名称 | 示例项目 |
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 产出指标 | 数量指标 | 培训人次 | ≥200人次 |
            | 完成课程 | 12门 |
            | 质量指标 | 合格率 | ≥95% |
            | 效益指标 | 社会效益指标 | 参训满意度 | ≥90% |
            """));

        Assert.Equal(["产出指标 | 数量指标 | 培训人次 | ≥200人次", "产出指标 | 数量指标 | 完成课程 | 12门",
            "产出指标 | 质量指标 | 合格率 | ≥95%", "效益指标 | 社会效益指标 | 参训满意度 | ≥90%"], grid.Rows.Select(Show));
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值"], grid.Columns);
        Assert.Equal(1, grid.HeaderRow);
    }

    [Fact]
    public void Find_NatureValueAndUnitInSeparateCells_JoinsTargetAndKeepsEachCell()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
            | 产出指标 | 数量指标 | 举办培训次数 | ≥ | 4 | 次 | 5 | 10 | 10 | |
            | 满意度指标 | 服务对象满意度指标 | 学员满意度 | 定性 | 满意 | | 基本满意 | 10 | 8 | 部分课程安排过密 |
            """));

        var first = grid.Rows[0];
        Assert.Equal("产出指标 | 数量指标 | 举办培训次数 | ≥4次 | 5 | 10 | 10", Show(first));
        Assert.Equal("≥", first.Extra["指标性质"]);
        Assert.Equal("次", first.Extra["度量单位"]);
        // 定性 is no comparator: it stays out of the target, kept by its header.
        Assert.Equal("满意", grid.Rows[1].Target);
        Assert.Equal("定性", grid.Rows[1].Extra["指标性质"]);
        Assert.Equal("部分课程安排过密", grid.Rows[1].Deviation);
    }

    [Fact]
    public void Find_AnnualAndLongTermColumnsSideBySide_AnnualIsTargetLongTermKeptByHeader()
    {
        var grid = Assert.Single(Grids("""
            一级指标	二级指标	三级指标	实施期指标值	年度指标值	绩效标准	备注
            产出指标	数量指标	新建校舍面积	12000平方米	4000平方米	计划标准	分三年建成
            """));

        var row = Assert.Single(grid.Rows);
        Assert.Equal("4000平方米", row.Target);
        Assert.Equal("12000平方米", row.Extra["实施期指标值"]);
        Assert.Equal("计划标准", row.Extra["绩效标准"]);
        Assert.Equal("分三年建成", row.Extra["备注"]);
        Assert.True(grid.ColumnRoles.Single(c => c.Header == "实施期指标值").LongTerm);
    }

    [Fact]
    public void Find_LongTermAndAnnualLevelColumns_ReadsTheAnnualTree()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标(长期) | 三级指标(长期) | 指标值(长期) | 二级指标(年度) | 三级指标(年度) | 指标值(年度) |
            | 产出指标 | 数量指标 | | | 数量指标 | 完成工程数量 | 2 |
            | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥85% | 服务对象满意度指标 | 学生满意度 | ≥90% |
            """));

        Assert.Equal(["产出指标 | 数量指标 | 完成工程数量 | 2", "满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥90%"], grid.Rows.Select(Show));
        Assert.Equal("群众满意度", grid.Rows[1].Extra["三级指标(长期)"]);
        Assert.Equal("≥85%", grid.Rows[1].Extra["指标值(长期)"]);
    }

    [Fact]
    public void Find_HeaderCellsOfTwoRowsRunTogether_ColumnsInTheOrderRowsPrintThem()
    {
        // The printed header is two rows (年度指标值 spans 指标性质/指标值/度量单位); the text ran them together.
        var grid = Assert.Single(Grids("""
            | 年度总体目标 | 完成资助 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 受资助人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |
            | 质量指标 | 覆盖率 | ═ | 100 | % | 98% | 10 | 9 |
            """));

        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], grid.Columns);
        Assert.Equal(["产出指标 | 数量指标 | 受资助人数 | ≧735人次 | 735 | 10 | 10", "产出指标 | 质量指标 | 覆盖率 | ═100% | 98% | 10 | 9"],
            grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_HeaderSplitOverRowsWithMultiLineCells_IsOneHeader()
    {
        var grid = Assert.Single(Grids("""
            | 一级 指标 | 二级指标 | 三级指标 | 年度 指标值 |
            | 实际 完成值 |
            | 分值 | 得分 | 偏差原因分析及改进措施 | | | |
            | 产出指标 | 数量指标 | 指标1:建设示范村数量 | ≤4 | 4 | 10 | 10 | | | |
            """));

        Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], grid.Columns);
        Assert.Equal("产出指标 | 数量指标 | 指标1:建设示范村数量 | ≤4 | 4 | 10 | 10", Show(Assert.Single(grid.Rows)));
    }

    [Fact]
    public void Find_LevelPrintedAbove一级_IsLevel0AndRowsMayJumpTo三级()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 实施效果指标 | 产出指标 | 建设项目个数 | 1 |
            | 竣工验收合格率 | 100% |
            | 效益指标 | 粪污综合利用率 | ≥90% |
            """));

        Assert.All(grid.Rows, r => Assert.Equal("实施效果指标", r.Level0));
        Assert.Equal(["产出指标 |  | 建设项目个数 | 1", "产出指标 |  | 竣工验收合格率 | 100%", "效益指标 |  | 粪污综合利用率 | ≥90%"], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_TwoLevelTreeWithTypeAndNameColumns_CategoryWordsAreNames()
    {
        var grid = Assert.Single(Grids("""
            | 指标类型 | 指标名称 | 指标值 | 指标描述 |
            | 产出指标 | 数量指标 | 375万平方米 | 完成全市绿地养护 |
            | 质量指标 | 100% | 达到全覆盖 |
            | 满意度指标 | 服务对象满意度指标 | ≥95% | 满意率95%以上 |
            """));

        Assert.Equal(["产出指标 |  | 数量指标 | 375万平方米", "产出指标 |  | 质量指标 | 100%", "满意度指标 |  | 服务对象满意度指标 | ≥95%"], grid.Rows.Select(Show));
        Assert.Equal("达到全覆盖", grid.Rows[1].Extra["指标描述"]);
    }

    [Fact]
    public void Find_TwoLevelTreeWithoutNameColumn_DeepestLevelColumnHoldsTheName()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 指标值 |
            | 产出指标 | 完成改造户数 | 300户 |
            """));

        Assert.Equal("产出指标 |  | 完成改造户数 | 300户", Show(Assert.Single(grid.Rows)));
    }

    [Theory]
    [InlineData("项目决策(10分)", "项目目标", "目标完整性")]
    [InlineData("项目完成指标", "数量指标", "扶助人数")]
    [InlineData("产出(70分)", "数量指标", "安装水标尺")]
    [InlineData("成本指标", "经济成本指标", "单位造价")]
    public void Find_Level1OfOtherFrameworks_IsRecognisedAsCategory(string level1, string level2, string name)
    {
        var grid = Assert.Single(Grids($"""
            | 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 全年实际值 | 得分 |
            | {level1} | {level2} | {name} | 4 | 达标 | 达标 | 4 |
            | 验收合格率 | 5 | ≥1 | 1 | 5 |
            """));

        Assert.Equal([$"{level1} | {level2} | {name} | 达标 | 达标 | 4 | 4", $"{level1} | {level2} | 验收合格率 | ≥1 | 1 | 5 | 5"], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_WeightInsideLevel1Label_StaysInLabelAndIsGivenApart()
    {
        var row = Assert.Single(Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 产出指标(70分) | 数量指标 | 安装水标尺 | ≥266米 |
            """)).Rows);

        Assert.Equal("产出指标(70分)", row.Level1);
        Assert.Equal("70分", row.Extra[IndicatorGridRowBuilder.Level1WeightKey]);
    }

    [Fact]
    public void Find_OneCellPerLine_CutsRowsByTheColumnsAndKeepsEmptyCells()
    {
        var grid = Assert.Single(OneCellPerLine(
            "年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "绩效标准",
            "产出指标", "数量指标", "配备车辆数", "10", "计划标准",
            "车辆射程", "80M", "计划标准",
            "效益指标", "经济效益指标", " ", " ", " ",
            "可持续影响", "指标", " ", " ", " ",
            "服务对象满意度指标", "满意度", "90%", "计划标准",
            "其他需说明的问题"));

        Assert.Equal(["产出指标 | 数量指标 | 配备车辆数 | 10", "产出指标 | 数量指标 | 车辆射程 | 80M", "效益指标 | 服务对象满意度指标 | 满意度 | 90%"],
            grid.Rows.Select(Show));
        Assert.All(grid.Rows, r => Assert.Equal("计划标准", r.Extra["绩效标准"]));
        Assert.Empty(grid.Warnings);
    }

    [Fact]
    public void Find_SpaceAlignedRowsWithCategoryBrokenOverLines_JoinsTheLabelAndCarriesItDown()
    {
        // Merged 一级/二级 cells printed on lines of their own (`项目完成` / `指标`) in a space-aligned grid.
        var grid = Assert.Single(Grids("""
            一级指标 二级指标 三级指标 指标值
            项目完成
            指标
            数量指标 培训人数 120人
            培训课时 40课时
            培训场次 6场
            质量指标 合格率 100%
            结业率 95%
            时效指标 完成时间 12月底
            成本指标 人均成本 50元
            项目效益
            指标
            社会效益
            指标
            群众知晓率 90%
            """));

        Assert.Equal(["项目完成指标 | 数量指标 | 培训人数 | 120人", "项目完成指标 | 数量指标 | 培训课时 | 40课时", "项目完成指标 | 数量指标 | 培训场次 | 6场",
            "项目完成指标 | 质量指标 | 合格率 | 100%", "项目完成指标 | 质量指标 | 结业率 | 95%", "项目完成指标 | 时效指标 | 完成时间 | 12月底",
            "项目完成指标 | 成本指标 | 人均成本 | 50元", "项目效益指标 | 社会效益指标 | 群众知晓率 | 90%"], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_OcrScrambledHeaderLabel_ReadAsTheLabelWithTheSameCharacters()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 考值参分 | 指标值 | 得分 |
            | 产出指标 | 数量指标 | 维修路灯 | 5 | 30盏 | 5 |
            """));

        Assert.Equal(IndicatorGridColumnRole.Weight, grid.ColumnRoles[3].Role);
        Assert.Equal("产出指标 | 数量指标 | 维修路灯 | 30盏 |  | 5 | 5", Show(Assert.Single(grid.Rows)));
    }

    [Fact]
    public void Find_RowWhoseValuesWrapOntoLaterPrintedRows_TakesThemAsItsValues()
    {
        // The long name pushed the qualitative target and the rest of the row onto two printed rows of their own.
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |
            | 产出指标 | 数量指标 | 培训人数 | ≧ | 100 | 人 | 100人 | 10 | 10 |
            | 效益指标 | 社会效益 指标 | 带动周边群众参与文明创建活动 |
            | 明显 |
            | 明显 | 10 | 9 |
            | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≧ | 90 | % | 95% | 10 | 10 |
            """));

        Assert.Equal([
            "产出指标 | 数量指标 | 培训人数 | ≧100人 | 100人 | 10 | 10",
            "效益指标 | 社会效益 指标 | 带动周边群众参与文明创建活动 | 明显 | 明显 | 10 | 9",
            "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≧90% | 95% | 10 | 10",
        ], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_RowOfNameOnlyFollowedByAFullRow_StaysARowWithoutValues()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |
            | 产出指标 | 数量指标 | 培训人数 |
            | 培训场次 | 4场 | 4场 | 10 | 10 |
            """));

        Assert.Equal(["产出指标 | 数量指标 | 培训人数", "产出指标 | 数量指标 | 培训场次 | 4场 | 4场 | 10 | 10"], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_OneRowPrintsOnlyTheNumberThePoolLacks_ItIsTheWeight()
    {
        // 30 + 20 + 50 = 100: the second row's lone number is its weight, its target not printed.
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 |
            | 产出指标 | 数量指标 | 培训人数 | 100人 | 30 |
            | 产出指标 | 质量指标 | 制度健全 | 20 |
            | 效益指标 | 社会效益指标 | 知晓率 | 90% | 50 |
            """));

        Assert.Equal("产出指标 | 质量指标 | 制度健全 |  |  | 20", Show(grid.Rows[1]));
    }

    [Fact]
    public void Find_LoneNumberThePoolDoesNotLack_StaysTheTarget()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 |
            | 产出指标 | 数量指标 | 培训人数 | 100人 | 30 |
            | 产出指标 | 质量指标 | 制度健全 | 20 |
            | 效益指标 | 社会效益指标 | 知晓率 | 90% | 40 |
            """));

        Assert.Equal("产出指标 | 质量指标 | 制度健全 | 20", Show(grid.Rows[1]));
    }

    [Fact]
    public void Find_HeaderLabelsOutOfOrderAndNumberedRowsOnOneLine_EachNumberedNameStartsARow()
    {
        // xlsx→PDF text: the header's labels among other cells, the first row's target among them and its other values
        // after the last label, and every later row on one printed line, each begun by its `指标N:`.
        var grid = Assert.Single(Grids(
            "项目名称 示例项目 指标值 完成值 指标1:植树面积 300人 二级指标 三级指标 指标2:补植株数 分值 得分 280人 5 5 800株 760株 4 3.5 "
            + "指标3:成活率 ≥90% 93% 4 4 指标4:养护人次 120人次 130人次 2 2 质量指标 指标1:验收合格"));

        Assert.Equal([
            " |  | 指标1:植树面积 | 300人 | 280人 | 5 | 5",
            " |  | 指标2:补植株数 | 800株 | 760株 | 4 | 3.5",
            " |  | 指标3:成活率 | ≥90% | 93% | 4 | 4",
            " |  | 指标4:养护人次 | 120人次 | 130人次 | 2 | 2",
            " | 质量指标 | 指标1:验收合格",
        ], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_DamagedValues_KeptAsPrintedWithAWarningOnTheirLine()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |
            | 产出指标(50分) | 数量指标 | ★★★低保发放人数(≥**人) | 5 | >=21933人 | 21980人 | 5 |
            | 质量指标 | 验收合格率 | 10 | ≧ % | 100% | 10 |
            | 新建堤防长度 | 10 | 公里 | 12公里 | 10 |
            | 总分 | 100 |
            """));

        Assert.Equal("★★★低保发放人数(≥**人)", grid.Rows[0].Name);
        Assert.Equal("≧ %", grid.Rows[1].Target);
        Assert.Equal("公里", grid.Rows[2].Target);
        Assert.Equal([2, 3, 4], grid.Warnings.Select(w => w.Line));
        Assert.Contains("“**”", grid.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("★", grid.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("“≧”", grid.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("只有单位", grid.Warnings[2].Message, StringComparison.Ordinal);
        Assert.All(grid.Warnings, w => Assert.Contains("已按原文保留", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_TextEndsInsideTheGrid_KeepsTheRowsAndSaysWhereItEnds()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
            | 产出指标 | 数量指标 | 接种率 | ≥90% | 95% | 10 | 10 |
            | 健康管理率 | ≥85% |
            """));

        Assert.Equal(2, grid.Rows.Count);
        var warning = Assert.Single(grid.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains("第 3 行结束", warning.Message, StringComparison.Ordinal);
        Assert.Contains("“健康管理率”不完整", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_EmptyRowsCategoryOnlyRowsAndPlaceholders_AreNotIndicators()
    {
        var grid = Assert.Single(Grids("""
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
            | 产出指标 | 数量指标 | 指标1:建设村庄数量 | ≥200 | 202 |
            | 指标2: | | |
            | | | | | |
            | 效益指标 | 生态效益指标 | | | |
            | …… |
            | 社会效益指标 | 知晓率 | | |
            | 备注: 无 |
            """));

        Assert.Equal(["产出指标 | 数量指标 | 指标1:建设村庄数量 | ≥200 | 202", "效益指标 | 社会效益指标 | 知晓率"], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_LongTermBlockThenAnnualBlock_TwoGrids()
    {
        var grids = Grids("""
            长期绩效指标
            | 一级指标 | 二级指标 | 指标值 |
            | 产出指标 | 数量指标 | 88 |
            年度绩效指标
            | 一级指标 | 二级指标 | 指标值 |
            | 产出指标 | 质量指标 | 100% |
            | 效益指标 | 社会效益指标 | 68 |
            """);

        Assert.Equal(2, grids.Count);
        Assert.Equal(["产出指标 |  | 数量指标 | 88"], grids[0].Rows.Select(Show));
        Assert.Equal(2, grids[1].Rows.Count);
        Assert.Empty(grids[0].Warnings);
    }

    [Fact]
    public void Find_NoIndicatorHeader_NoGrid()
    {
        Assert.Empty(Grids("""
            | 项目名称 | 示例项目 |
            | 指标值 | 100% |
            | 年度总体目标 | 完成培训 |
            """));
    }
}
