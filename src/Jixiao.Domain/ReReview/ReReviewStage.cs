namespace Jixiao.Domain.ReReview;

/// <summary>Who re-scores a row of a submitted 自评表 (复核), in the order they may: 主管部门, then 财政局. Stored as its name.</summary>
public enum ReReviewStage
{
    Supervisor,
    Finance,
}

public static class ReReviewStages
{
    /// <summary>主管部门复核 / 财政复核.</summary>
    public static string DisplayName(this ReReviewStage stage) => stage switch
    {
        ReReviewStage.Supervisor => "主管部门复核",
        _ => "财政复核",
    };
}
