using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Monitoring;

/// <summary>A monitored indicator: its forecast 全年预计完成值 (or tier for qualitative rows) and the unit's likelihood.</summary>
public sealed record MonitoredIndicator(Indicator Indicator, TargetValue? Forecast, Tier? Tier, Likelihood? Likelihood);

public sealed record LightResult(Light Light, string Rule, string Explanation);

/// <summary>
/// Lights of workflow.md §4. Budget: 执行率 ÷ (M ÷ 12), red &lt; 60 %, yellow [60 %, 80 %), green ≥ 80 %.
/// Qualitative rows by tier; quantitative rows by scoring the forecast with the self-evaluation rules (score ÷ weight
/// with the same thresholds). The project light is the worst of all, and 完全不可能 is red.
/// </summary>
public static class MonitoringLights
{
    private const decimal Green = 0.80m, Yellow = 0.60m;
    // Forecasts are scored against a nominal weight so that score ÷ weight is the fraction met, to 2 dp of a percent.
    private const decimal NominalWeight = 100m;

    public static LightResult Budget(decimal annualBudget, decimal expenditureToDate, int periodEndMonth)
    {
        if (periodEndMonth is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(periodEndMonth), "监控期间月份应在 1–12 之间。");
        if (annualBudget <= 0m) return new(Light.Green, "MON-B", "全年预算数为 0，不计算执行进度。");
        // Stored figures may predate the range checks: a ratio beyond decimal's range is reported, never thrown.
        if (Bounds.SafeMath.Ratio(expenditureToDate, annualBudget) is not { } rate || Bounds.SafeMath.Product(rate, 12m * 100m) is null)
            return new(Light.Red, "MON-B", "执行数与全年预算数之比超出可计算范围，请核对金额。");
        var ratio = rate * 12m / periodEndMonth; // rate ÷ (M ÷ 12), ordered to stay exact at the boundary
        var light = ByRatio(ratio);
        return new(light, "MON-B",
            $"执行率 {Percent(rate)} ÷ 时间进度 {Percent(periodEndMonth / 12m)} = {Percent(ratio)} → {LightNames.Chinese(light)}");
    }

    public static LightResult Indicator(Project project, MonitoredIndicator row, RuleProfile profile)
    {
        if (row.Likelihood == Likelihood.Impossible)
            return new(Light.Red, "MON-P", "完成目标可能性为“完全不可能”→ 红灯");
        var target = row.Indicator.Target;
        if (target.Kind is TargetKind.Qualitative or TargetKind.Conditional)
        {
            var light = row.Tier switch
            {
                Tier.Achieved => Light.Green,
                Tier.PartiallyAchieved => Light.Yellow,
                Tier.NotAchieved => Light.Red,
                _ => Light.Yellow,
            };
            var tierText = row.Tier is { } t ? t.DisplayName() : "未填写达成情况";
            return new(light, "MON-Q", $"{tierText} → {LightNames.Chinese(light)}");
        }
        if (row.Forecast is null || row.Forecast.Kind == TargetKind.Empty)
            return new(Light.Yellow, "MON-N", "未填写全年预计完成值 → 黄灯");

        var scored = Scorer.ScoreRow(project, row.Indicator with { Actual = row.Forecast, Weight = NominalWeight, Score = null },
            profile, ScoringMode.Live);
        if (scored.ComputedScore is not { } score)
            return new(Light.Yellow, "MON-N", $"预计完成值无法自动比较（{Why(scored.NotScoredReason)}）→ 黄灯，请说明");
        var fraction = score / NominalWeight;
        var result = ByRatio(fraction);
        return new(result, "MON-N", $"预计完成值按指标值计得 {Percent(fraction)} → {LightNames.Chinese(result)}");
    }

    // The reason in the words of the form, never the enum name (issue 15 item 7).
    private static string Why(NotScoredReason? reason) => reason switch
    {
        NotScoredReason.Comparison => "预计完成值是比较式，请填写具体数值",
        NotScoredReason.NotComparable => "计量单位与指标值不可比",
        NotScoredReason.Unusable => "预计完成值与指标值类型不符",
        NotScoredReason.ManualTier => "须按完成情况判断档次",
        NotScoredReason.NoWeight or NotScoredReason.NotApplicable => "本指标不计分",
        _ => "未填写",
    };

    public static Light Worst(IEnumerable<Light> lights) => lights.DefaultIfEmpty(Light.Green).Max();

    private static Light ByRatio(decimal ratio) => ratio >= Green ? Light.Green : ratio >= Yellow ? Light.Yellow : Light.Red;

    private static string Percent(decimal fraction) =>
        Numbers.Rounding.Percent(fraction * 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
