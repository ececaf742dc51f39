using Jixiao.Domain.ReReview;

namespace Jixiao.Domain.Tests.ReReview;

public class ReReviewRulesTests
{
    private static string? Check(decimal? weight, decimal score, string? reason = "佐证材料不足", ReReviewStage stage = ReReviewStage.Supervisor,
        params ReReviewStage[] recorded) => ReReviewRules.Check("培训人次", weight, score, reason, stage, recorded);

    [Theory]
    [InlineData(10, 0)]      // the floor
    [InlineData(10, 10)]     // the row's full 分值
    [InlineData(16.67, 8.34)] // two decimals
    public void Check_ScoreWithinWeightWithReason_IsAccepted(decimal weight, decimal score) => Assert.Null(Check(weight, score));

    [Theory]
    [InlineData(10, 10.01, "超过该行分值")]       // above the row's 分值, as the unit's own 得分 (SE rules)
    [InlineData(10, -1, "不能小于 0")]
    [InlineData(10, 5.555, "两位小数")]           // SC-50: scores have 2 dp
    public void Check_ScoreBreakingTheScoringRules_IsRefusedNamingTheRow(decimal weight, decimal score, string fragment)
    {
        var refusal = Check(weight, score);
        Assert.NotNull(refusal);
        Assert.Contains(fragment, refusal);
        Assert.Contains("培训人次", refusal);
    }

    [Fact]
    public void Check_RowWithoutWeight_IsRefused() => Assert.Contains("没有分值", Check(null, 1m));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Check_NoReason_IsRefused(string? reason) => Assert.Contains("复核理由", Check(10m, 5m, reason));

    [Fact]
    public void Check_ReasonWithControlCharacter_IsRefused() => Assert.Contains("控制字符", Check(10m, 5m, "理由\u0007"));

    [Fact]
    public void Check_ReasonLongerThanAOneLineValue_IsRefused() => Assert.Contains("最多", Check(10m, 5m, new string('理', 501)));

    [Fact]
    public void Check_SupervisorAfterFinanceStarted_IsRefused() =>
        Assert.Contains("财政局已开始复核", Check(10m, 5m, stage: ReReviewStage.Supervisor, recorded: [ReReviewStage.Supervisor, ReReviewStage.Finance]));

    [Fact]
    public void Check_FinanceAfterSupervisor_IsAccepted() =>
        Assert.Null(Check(10m, 5m, stage: ReReviewStage.Finance, recorded: [ReReviewStage.Supervisor]));
}
