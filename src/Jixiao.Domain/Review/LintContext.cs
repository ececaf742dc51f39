namespace Jixiao.Domain.Review;

/// <summary>Live forms block on Errors; historical imports (SC-70) report every finding as non-blocking.</summary>
public enum LintMode
{
    Live,
    Historical,
}

/// <summary>What a lint run needs besides the project: profile, mode and the budget year of the form.</summary>
/// <param name="FormYear">Budget year; null → the project's <c>Year</c>.</param>
public sealed record LintContext(LintProfile Profile, LintMode Mode = LintMode.Live, int? FormYear = null)
{
    public static LintContext Default { get; } = new(LintProfile.Default);
}
