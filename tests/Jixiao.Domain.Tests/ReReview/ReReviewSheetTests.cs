using Jixiao.Domain.ReReview;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.ReReview;

public class ReReviewSheetTests
{
    private static readonly Guid A = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = new("00000000-0000-0000-0000-00000000000c");

    private static readonly ReReviewSheet.SelfRow[] Rows =
    [
        new(A, "培训人次", 30m, 30m),
        new(B, "培训合格率", 30m, 28m),
        new(C, "满意度", 30m, 30m),
    ];

    [Fact]
    public void Compose_NoReReview_FinalIsTheSelfEvaluation()
    {
        var sheet = ReReviewSheet.Compose(Rows, 98m, [], ReReviewRules.DefaultThreshold);
        Assert.Equal(98m, sheet.FinalTotal);
        Assert.Equal(Grade.Excellent, sheet.FinalGrade);
        Assert.All(sheet.Rows, r => Assert.Equal(r.SelfScore, r.Final));
        Assert.False(sheet.AnyFlagged);
        Assert.False(sheet.AnyReReviewed);
    }

    [Fact]
    public void Compose_FinanceAfterSupervisor_FinanceIsFinalAndDifferencesAreApplied()
    {
        var sheet = ReReviewSheet.Compose(Rows, 98m,
        [
            new(A, ReReviewStage.Supervisor, 25m, "培训记录缺三期"),
            new(A, ReReviewStage.Finance, 20m, "签到表与人次不符"),
            new(B, ReReviewStage.Supervisor, 27.5m, "抽查合格率偏低"),
        ], threshold: 1m);

        var a = sheet.Rows[0];
        Assert.Equal((30m, 25m, 20m, 20m, -10m, true), (a.SelfScore!.Value, a.Supervisor!.Score, a.Finance!.Score, a.Final!.Value, a.Difference!.Value, a.Flagged));
        var b = sheet.Rows[1];
        Assert.Equal((27.5m, -0.5m, false), (b.Final!.Value, b.Difference!.Value, b.Flagged)); // within the threshold: not flagged
        Assert.Null(sheet.Rows[2].Difference);
        Assert.Equal(87.5m, sheet.FinalTotal); // 98 − 10 − 0.5
        Assert.Equal(Grade.Good, sheet.FinalGrade); // the grade moves with the final total (SC-31)
        Assert.Equal(Grade.Excellent, sheet.SelfGrade);
        Assert.True(sheet.TotalFlagged);
    }

    [Fact]
    public void Compose_ThresholdIsConfigurable()
    {
        IEnumerable<RowReReview> one = [new(A, ReReviewStage.Finance, 27m, "依据不足")];
        Assert.True(ReReviewSheet.Compose(Rows, 98m, one, 2m).Rows[0].Flagged);
        Assert.False(ReReviewSheet.Compose(Rows, 98m, one, 3m).Rows[0].Flagged); // |−3| is not above 3
    }

    [Fact]
    public void Compose_FinalTotalStaysWithinZeroToHundred()
    {
        var sheet = ReReviewSheet.Compose([new(A, "培训人次", 30m, 0m)], 95m, [new(A, ReReviewStage.Finance, 30m, "补充材料后满分")], 1m);
        Assert.Equal(100m, sheet.FinalTotal);
    }

    [Fact]
    public void Compose_ReReviewOfARowNotOnTheForm_IsIgnored()
    {
        var sheet = ReReviewSheet.Compose(Rows, 98m, [new(Guid.NewGuid(), ReReviewStage.Finance, 0m, "其他表")], 1m);
        Assert.Equal(98m, sheet.FinalTotal);
    }
}
