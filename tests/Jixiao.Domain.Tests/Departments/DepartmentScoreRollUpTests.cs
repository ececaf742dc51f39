using Jixiao.Domain.Departments;
using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Tests.Departments;

/// <summary>
/// The 部门整体自评 reads its projects' self-scores (ADR-065): each project's amount and score, their amount-weighted
/// average, and the checks — a project without a self-evaluation or a score, the sums — in Chinese.
/// </summary>
public sealed class DepartmentScoreRollUpTests
{
    private static readonly DepartmentDuty[] Duties =
    [
        new("科技服务", "受理科技项目", "项目服务管理", "30", 300_000m),
        new("科技服务", "运营双创集聚区", "大学城双创集聚区运营", "10", 100_000m),
    ];

    [Fact]
    public void Of_EveryProjectEvaluated_WeighsTheScoresByAmount_AndIsBalanced()
    {
        var rollUp = DepartmentScoreRollUp.Of(Duties, 400_000m,
            [new("科创中心", "项目服务管理", 300_000m, true, 90m), new("科创中心", "大学城双创集聚区运营", 100_000m, true, 70m)], budgetYuan: 2_000_000m);

        Assert.True(rollUp.Balanced, string.Join('\n', rollUp.Problems));
        // (90 × 30 + 70 × 10) ÷ 40 = 85.
        Assert.Equal((85m, 400_000m, 400_000m, 2), (rollUp.WeightedScore!.Value, rollUp.TotalAmountYuan, rollUp.ScoredAmountYuan, rollUp.ScoredCount));
        Assert.Equal([75m, 25m], rollUp.Lines.Select(l => l.WeightPercent!.Value));
    }

    [Fact]
    public void Of_ProjectWithoutSelfEvaluation_IsNamedAndLeftOutOfTheAverage()
    {
        var rollUp = DepartmentScoreRollUp.Of(Duties, 400_000m,
            [new("科创中心", "项目服务管理", 300_000m, true, 90m), new("科创中心", "大学城双创集聚区运营", 100_000m, false, null)], null);

        Assert.Equal(["项目“大学城双创集聚区运营”（科创中心，10.00 万元）尚无绩效自评，未计入按金额加权的项目平均分。"], rollUp.Problems);
        Assert.Equal((90m, 300_000m), (rollUp.WeightedScore!.Value, rollUp.ScoredAmountYuan));
        Assert.Null(rollUp.Lines[1].WeightPercent);
    }

    [Fact]
    public void Of_SelfEvaluationWithoutTotal_IsNamed()
    {
        var rollUp = DepartmentScoreRollUp.Of(Duties, 400_000m,
            [new("科创中心", "项目服务管理", 300_000m, true, null), new("科创中心", "大学城双创集聚区运营", 100_000m, true, 80m)], null);

        Assert.Equal(["项目“项目服务管理”（科创中心）的绩效自评尚无总分，未计入按金额加权的项目平均分。"], rollUp.Problems);
        Assert.Equal(80m, rollUp.WeightedScore);
    }

    [Fact]
    public void Of_ProjectsAboveTheDepartmentsBudget_AndOffTheirDuties_AreNamedWithTheGap()
    {
        var rollUp = DepartmentScoreRollUp.Of(Duties, 400_000m,
            [new("科创中心", "项目服务管理", 300_000m, true, 90m), new("科创中心", "大学城双创集聚区运营", 150_000m, true, 80m)], budgetYuan: 420_000m);

        Assert.Equal(
        [
            "所属项目申报金额合计 45.00 万元，超过部门整体自评的全年预算数 42.00 万元，相差 3.00 万元。",
            "支出项目“大学城双创集聚区运营”在年度履职目标中合计 10.00 万元，项目申报金额为 15.00 万元，相差 5.00 万元。",
            "本部门项目申报金额合计 45.00 万元，与“项目支出” 40.00 万元不一致，相差 5.00 万元。",
        ], rollUp.Problems);
    }

    [Fact]
    public void Of_NoProjects_SaysThereIsNothingToRollUp()
    {
        var rollUp = DepartmentScoreRollUp.Of([], null, [], null);

        Assert.Equal(["本部门当年没有所属项目，部门整体自评没有项目得分可以汇总。"], rollUp.Problems);
        Assert.Null(rollUp.WeightedScore);
    }

    [Fact]
    public void WeightedAverage_RoundsHalfAwayFromZeroToTwoPlaces_AndIgnoresUnscoredAndZeroAmounts() =>
        // 80.005 is a midpoint: 80.01 (banker's rounding would say 80.00); the unscored and the zero-amount rows weigh nothing.
        Assert.Equal(80.01m, DepartmentRollUp.WeightedAverage([(80.005m, 100m), (80.005m, 300m), (null, 500m), (10m, 0m)]));
}
