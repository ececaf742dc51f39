using static Jixiao.Documents.Tests.Recognition.GridText;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// Rows whose names and values were printed apart (xlsx→PDF text): the values are paired with the numbered names
/// waiting for them, in order.
/// </summary>
public sealed class IndicatorGridNameQueueTests
{
    [Fact]
    public void Find_TargetsAndNamesAmongScatteredHeaderLabels_PairedWithTheValuesAfterTheLastLabel()
    {
        // The first rows' names and targets stand among the header's labels (a unit wrapped apart from its target, the
        // names of rows 3 and 4 not printed); right after the last label each row's actual, weight and score.
        var grid = Assert.Single(Grids(
            "项目名称 示例项目 一级 指标 — 示例 年度 实际 指标值 完成值 指标1:植树面积 300亩 指标2:发放宣传册 不少于10 份 不少于5 份 20次 6次 "
            + "二级指标 三级指标 指标5:举办讲座 分值 得分 280亩 3 3 12份 1 1 6份 1 1 25次 1 1 8次 1 1 指标6:入户走访 40户 42户 2 2"));

        Assert.Equal([
            " |  | 指标1:植树面积 | 300亩 | 280亩 | 3 | 3",
            " |  | 指标2:发放宣传册 | 不少于10 份 | 12份 | 1 | 1",
            " |  |  | 不少于5 份 | 6份 | 1 | 1",
            " |  |  | 20次 | 25次 | 1 | 1",
            " |  | 指标5:举办讲座 | 6次 | 8次 | 1 | 1",
            " |  | 指标6:入户走访 | 40户 | 42户 | 2 | 2",
        ], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_NumberedNamesQueuedBeforeTheirValues_EachNameTakesOneRowOfValuesInOrder()
    {
        // The second name wrapped its last character onto a line of its own; both rows' values follow the two names.
        var grid = Assert.Single(Grids(
            "一级指标 二级指标 三级指标 指标值 完成值 分值 得分 产出指标 数量指标 指标1:培训人数 100人 100人 5 5 "
            + "指标2:突发事件报告 数 指标3:入户走访 200份 210份 5 5 50户 48户 5 4"));

        Assert.Equal([
            "产出指标 | 数量指标 | 指标1:培训人数 | 100人 | 100人 | 5 | 5",
            "产出指标 | 数量指标 | 指标2:突发事件报告 数 | 200份 | 210份 | 5 | 5",
            "产出指标 | 数量指标 | 指标3:入户走访 | 50户 | 48户 | 5 | 4",
        ], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_QueuedNamesWhoseValuesDoNotFit_LeftAsRead()
    {
        // Two names, then values for one row only: no pairing (the first name keeps no values, the second takes them).
        var grid = Assert.Single(Grids(
            "一级指标 二级指标 三级指标 指标值 完成值 分值 得分 产出指标 数量指标 指标1:培训人数 指标2:入户走访 50户 48户 5 4"));

        Assert.Equal(["产出指标 | 数量指标 | 指标1:培训人数", "产出指标 | 数量指标 | 指标2:入户走访 | 50户 | 48户 | 5 | 4"], grid.Rows.Select(Show));
    }
}
