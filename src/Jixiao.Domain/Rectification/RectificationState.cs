namespace Jixiao.Domain.Rectification;

/// <summary>Where a 整改事项 stands. Stored as its name.</summary>
public enum RectificationState
{
    /// <summary>待整改: raised (or reopened), waiting for the unit's answer.</summary>
    Open,
    /// <summary>已答复: the unit answered; the reviewer closes or reopens it.</summary>
    Answered,
    /// <summary>已销号: the reviewer accepted the answer. Final: never changes again.</summary>
    Closed,
}

/// <summary>What a 整改事项 came from, so review, re-review, evaluation and the results view can all raise them. Stored as its name.</summary>
public enum RectificationSourceKind
{
    /// <summary>审核意见 of a declaration or a 自评表.</summary>
    Review,
    /// <summary>复核 (re-review) of a 自评表 row.</summary>
    ReReview,
    /// <summary>重点绩效评价 / 第三方评价 finding.</summary>
    Evaluation,
    /// <summary>结果应用 (results applied to next year's budget).</summary>
    Results,
}

public static class RectificationNames
{
    public static string Chinese(RectificationState state) => state switch
    {
        RectificationState.Open => "待整改",
        RectificationState.Answered => "已答复",
        _ => "已销号",
    };

    public static string Chinese(RectificationSourceKind kind) => kind switch
    {
        RectificationSourceKind.Review => "审核意见",
        RectificationSourceKind.ReReview => "复核发现",
        RectificationSourceKind.Evaluation => "绩效评价发现",
        _ => "结果应用",
    };
}

/// <summary>
/// Where a 整改事项 came from: the kind, a reference the raising feature understands (a 自评表 id, an evaluation id…; opaque
/// here) and the finding's text as it stood when raised.
/// </summary>
public sealed record RectificationSource(RectificationSourceKind Kind, string Reference, string Text);
