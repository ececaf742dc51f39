using System.Globalization;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.ReReview;

/// <summary>
/// What a 复核得分 must be: the same rules as the unit's own 得分 (0 ≤ 得分 ≤ 分值, at most 2 decimals, SC-50) plus a
/// reason, and the stages in order (财政局 after 主管部门 has finished: once finance has re-scored any row of the form, the
/// department may not change its own any more). Pure; every refusal is one Chinese sentence naming the row.
/// </summary>
public static class ReReviewRules
{
    /// <summary>The widest difference between the 自评得分 and the final score not flagged, in points, unless configured.</summary>
    public const decimal DefaultThreshold = 1m;

    /// <summary>
    /// Null when <paramref name="score"/> with <paramref name="reason"/> may be recorded by <paramref name="stage"/> on the row
    /// named <paramref name="rowName"/> whose 分值 is <paramref name="weight"/>, given the stages already recorded on the form
    /// (<paramref name="recorded"/>); otherwise why not.
    /// </summary>
    public static string? Check(string rowName, decimal? weight, decimal score, string? reason, ReReviewStage stage, IEnumerable<ReReviewStage> recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var row = $"指标“{rowName}”";
        if (stage == ReReviewStage.Supervisor && recorded.Contains(ReReviewStage.Finance))
            return $"{row}：财政局已开始复核，主管部门不能再修改复核得分。";
        if (weight is not { } w)
            return $"{row}没有分值，不能复核评分。";
        if (score < 0m)
            return $"{row}的复核得分不能小于 0。";
        if (score > w)
            return string.Create(CultureInfo.InvariantCulture, $"{row}的复核得分 {score:0.##} 超过该行分值 {w:0.##}。");
        if (decimal.Round(score, 2) != score)
            return $"{row}的复核得分最多保留两位小数。";
        if (string.IsNullOrWhiteSpace(reason))
            return $"请填写{row}的复核理由。";
        if (!TextHygiene.IsClean(reason))
            return $"{row}的复核理由含有不可见或控制字符，请删除后再保存。";
        return TextLimits.Check(reason, TextKind.Short, $"{rowName}·复核理由");
    }
}
