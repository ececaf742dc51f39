using static Jixiao.Documents.Tests.Recognition.GridText;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>Grids whose cells ran together (PDF, docx or OCR text without separators).</summary>
public sealed class IndicatorGridFlatTextTests
{
    [Fact]
    public void Find_RunTogetherSelfEvaluation_SplitsByCategoriesAndTheTargetGrammar()
    {
        var grid = Assert.Single(Grids(
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因分析产出指标(60分)数量指标培训人数10≥120人≥120人10"
            + "质量指标合格率20100%100%20成本指标培训总投资1020万元20万元10效益指标(30分)社会效益指标环境改善状况10显著提升显著提升10……总分100100"));

        Assert.Equal([
            "产出指标(60分) | 数量指标 | 培训人数 | ≥120人 | ≥120人 | 10 | 10",
            "产出指标(60分) | 质量指标 | 合格率 | 100% | 100% | 20 | 20",
            "产出指标(60分) | 成本指标 | 培训总投资 | 20万元 | 20万元 | 10 | 10",
            "效益指标(30分) | 社会效益指标 | 环境改善状况 | 显著提升 | 显著提升 | 10 | 10",
        ], grid.Rows.Select(Show));
        Assert.Empty(grid.Warnings);
    }

    [Fact]
    public void Find_RunTogetherWithNatureInTheValueAndResultWords_ReadsTargetAndActual()
    {
        var grid = Assert.Single(Grids(
            "具体完成情况详见下表:一级指标二级指标三级指标指标性质指标值实际完成值产出指标数量指标发放人数>=24500人未完成质量指标精准率>=95.00%已完成"
            + "覆盖率>=95.00%未完成效益指标社会效益指标生活水平=提高已完成(三)存在问题"));

        Assert.Equal([
            "产出指标 | 数量指标 | 发放人数 | >=24500人 | 未完成",
            "产出指标 | 质量指标 | 精准率 | >=95.00% | 已完成",
            "产出指标 | 质量指标 | 覆盖率 | >=95.00% | 未完成",
            "效益指标 | 社会效益指标 | 生活水平 | =提高 | 已完成",
        ], grid.Rows.Select(Show));
        Assert.Empty(grid.Warnings);
    }

    [Fact]
    public void Find_RunTogetherLongTermAndAnnualBlocksWithEmptyNames_TwoGridsRowsKeptByTheirValue()
    {
        var grids = Grids("长期绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标88质量指标90…效益指标社会公众或服务对象满意度指标95"
            + "年度绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标12");

        Assert.Equal(2, grids.Count);
        Assert.Equal(["产出指标 | 数量指标 |  | 88", "产出指标 | 质量指标 |  | 90", "效益指标 | 社会公众或服务对象满意度指标 |  | 95"], grids[0].Rows.Select(Show));
        Assert.Equal(["产出指标 | 数量指标 |  | 12"], grids[1].Rows.Select(Show));
    }

    [Fact]
    public void Find_RunTogetherDigitsUnderTargetWeightActualScore_CutByTheColumnRulesAndUnitGoesToItsColumn()
    {
        // 指标值 / 指标权重 / 全年完成值 / 指标得分 printed with no separators: `85 20 120 20`, `4 20 3 20`, `0.5 10 0.2 10`.
        var grid = Assert.Single(Grids(
            "绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明"
            + "路灯维修完成率%852012020新建公厕数量座420320改造管网长度公里0.5100.210"));

        Assert.Equal([
            " |  | 路灯维修完成率 | 85% | 120 | 20 | 20",
            " |  | 新建公厕数量 | 4座 | 3 | 20 | 20",
            " |  | 改造管网长度 | 0.5公里 | 0.2 | 10 | 10",
        ], grid.Rows.Select(Show));
        Assert.Equal("%", grid.Rows[0].Extra["计量单位"]);
    }

    [Fact]
    public void Find_RunTogetherTargetAndWeightBeforeATextColumn_TargetAndWeightApart()
    {
        // `36010`: a 目标值 of 360 and a 分值 of 10 (a weight is no more than the pool, so not 3601 and 0).
        var grid = Assert.Single(Grids("""
            一级指标二级指标三级指标指标说明目标值分值备注
            产出数量指标培训人数达到计划36010
            质量指标结业合格率达到目标90%20
            """));

        Assert.Equal(["产出 | 数量指标 | 培训人数达到计划 | 360 |  | 10", "产出 | 质量指标 | 结业合格率达到目标 | 90% |  | 20"], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_RunTogetherValuesSharingOneTail_TailIsTheNextColumn()
    {
        // Every value ends in the same `100`: the 备注 printed alike on every row, run into the 指标值.
        var grid = Assert.Single(Grids("一级指标二级指标指标内容指标值备注产出指标数量指标35100质量指标90100效益指标社会效益指标72100"));

        Assert.Equal(["产出指标 | 数量指标 |  | 35", "产出指标 | 质量指标 |  | 90", "效益指标 | 社会效益指标 |  | 72"], grid.Rows.Select(Show));
        Assert.All(grid.Rows, r => Assert.Equal("100", r.Extra["备注"]));
    }

    // A level above 一级 whose `…指标` is said inside its brackets: the whole word is a category, its bracket kept.
    [Fact]
    public void Find_RunTogetherLevelAboveLevel1WithBrackets_KeepsItsClosingBracket()
    {
        var grid = Assert.Single(Grids("评价指标评价内容指标名称目标值分值\n年度绩效目标(定性指标)规范指标制度健全性10\n产出数量指标培训人数50020"));

        Assert.Equal("年度绩效目标(定性指标)", grid.Rows[0].Level1);
        Assert.Equal("规范指标", grid.Rows[0].Level2);
        Assert.Equal("产出 | 数量指标 | 培训人数 | 500 |  | 20", Show(grid.Rows[1]));
    }
}
