namespace Jixiao.Domain.ReReview;

/// <summary>One re-scored indicator row: by whom (the stage), the row (its key in the 自评表), the 复核得分 and the reason.</summary>
public sealed record RowReReview(Guid IndicatorKey, ReReviewStage Stage, decimal Score, string Reason);
