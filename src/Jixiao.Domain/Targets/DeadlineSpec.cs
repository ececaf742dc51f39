namespace Jixiao.Domain.Targets;

public enum Recurrence
{
    None,
    Monthly,
}

public enum DeadlineAnchor
{
    /// <summary>`每月20日前`, `2024年10月前` (meaning per MonthBeforeMeans).</summary>
    Before,
    /// <summary>`2024年8月底前`.</summary>
    EndOfMonthBefore,
    /// <summary>`2023年10月底`.</summary>
    AtEndOfMonth,
    /// <summary>`当年内`, `年内完成`: by 12-31 of the form year.</summary>
    WithinYear,
    /// <summary>A plain date `2023-10-31` / `2023年10月31日` (actuals).</summary>
    OnDate,
}

public sealed record DeadlineSpec(Recurrence Recurrence, int? Year, int? Month, int? Day, DeadlineAnchor Anchor);
