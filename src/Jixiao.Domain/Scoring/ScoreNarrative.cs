using System.Globalization;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Scoring;

/// <summary>One step of the 得分计算说明: what it concerns, the rule as a small code, one plain Chinese sentence.</summary>
public sealed record ExplanationLine(string Item, string Code, string Text);

/// <summary>
/// The 得分计算说明 as finance staff write it (issue 15): one Chinese sentence per score, money with thousands separators,
/// rates in %, every figure rounded as the scorer rounds it (SC-50), the rule profile by its display name. Rendered from
/// the structured result of <see cref="Scorer"/>, never from its trail (which stays the developer's record, SC-60). The
/// one renderer for the web page, the CLI and any export.
/// </summary>
public static class ScoreNarrative
{
    /// <summary>The profile line, the execution rate and the total (rows come from <see cref="Row"/>).</summary>
    public static IReadOnlyList<ExplanationLine> Project(ProjectScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var profile = ProfileOf(score.ProfileTag);
        var mode = score.Mode == ScoringMode.Historical ? "历史导入（沿用原表可用的得分）" : "在线填报";
        List<ExplanationLine> lines =
        [
            new("评分规则", "", $"评分规则：{profile?.DisplayName ?? "自定义评分规则"}；计分方式：{mode}。"),
            Execution(score, profile),
        ];
        lines.AddRange(Total(score, profile));
        return lines;
    }

    /// <summary>The rows' sentences in order, then the project's: the whole 得分计算说明.</summary>
    public static IReadOnlyList<ExplanationLine> All(ProjectScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var project = Project(score);
        return [project[0], project[1], .. score.Rows.Select(Row), .. project.Skip(2)];
    }

    /// <summary>预算执行率 = 执行数 ÷ 预算数 = r%；得分 = r% × 分值 = s.</summary>
    public static ExplanationLine Execution(ProjectScore score, RuleProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(score);
        const string item = "预算执行率";
        if (!score.ExecutionApplicable)
            return new(item, "SC-05", "全年预算数为 0，不计算预算执行率，执行率一行不适用。");
        if (score.ExecutionRateDisplay is not { } pct || score.ExecutionScore is not { } s)
        {
            var printed = score.Mode == ScoringMode.Historical && score.PrintedExecutionScore is { } p ? $"，沿用原表得分 {F2(p)}" : "";
            return new(item, "SC-02", $"全年预算数或全年执行数未填写，无法计算预算执行率{printed}。");
        }
        var rate = $"预算执行率 = {Money(score.Expenditure)} ÷ {Money(score.AdjustedBudget)} = {F2(pct)}%";
        var capped = (profile?.CapExecutionScore ?? true) && pct > 100m;
        var factor = capped ? "100%" : $"{F2(pct)}%";
        var over = capped ? "，超过 100% 按 100% 计" : "";
        var raw = Numbers.Rounding.Score((capped ? 100m : pct) / 100m * score.ExecutionWeight);
        var result = raw == s ? F2(s) : $"{F2(raw)}，取整为 {Num(s)}";
        return new(item, capped ? "SC-04" : "SC-03", $"{rate}{over}；得分 = {factor} × {Num(score.ExecutionWeight)} = {result}。");
    }

    /// <summary>
    /// The rule id people may see beside a sentence: `SC-13/TemplateRatio+SC-41/Deduct` → `SC-13`. The variant after
    /// `/` is an internal name (English), so it stays in the data, not on the page.
    /// </summary>
    public static string Code(string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Split('+')[0].Split('/')[0];
    }

    /// <summary>One sentence for one indicator row, by the rule that scored it.</summary>
    public static ExplanationLine Row(IndicatorScore row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var ind = row.Indicator;
        var code = Code(row.Rule);
        var text = row.NotScoredReason switch
        {
            NotScoredReason.NotApplicable => "本指标不适用，不计分，总分按适用指标的分值折算。",
            NotScoredReason.NoWeight => "分值未填写或不大于 0，本指标不计分。",
            NotScoredReason.Empty => "实际完成值未填写，暂不计分。",
            NotScoredReason.Comparison => $"实际完成值“{ind.Actual?.OriginalText}”是比较式，无法计分，请填写具体数值。",
            NotScoredReason.Unusable => $"实际完成值“{ind.Actual?.OriginalText}”与指标值“{ind.Target.OriginalText}”类型不符，无法计分。",
            NotScoredReason.NotComparable => Manual(row, $"实际完成值与指标值的计量单位不可比，由单位在 0 至 {Num(row.Weight ?? 0m)} 分之间打分并说明原因"),
            NotScoredReason.ManualTier => Tiered(row),
            _ => Computed(row),
        };
        return new(ind.Name, code, text);
    }

    private static string Computed(IndicatorScore row)
    {
        var ind = row.Indicator;
        var w = row.Weight ?? 0m;
        var target = ind.Target;
        var text = target.Kind switch
        {
            TargetKind.Quantitative or TargetKind.Frequency when Numeric(ind) is var (a, t, unit) && a is not null && t is not null
                => NumericSentence(row, a.Value, t.Value, unit, w),
            TargetKind.Boolean => $"实际为“{(ind.Actual?.Bool == true ? "是" : "否")}”，指标值为“{(target.Bool == true ? "是" : "否")}”，"
                + (row.Met == true ? $"一致，已达成；得分 = 满分 {F2(w)}" : "不一致，未达成；得分 = 0.00"),
            TargetKind.Deadline => $"实际完成时间“{ind.Actual?.OriginalText}”在规定时限“{target.OriginalText}”内，已达成；得分 = 满分 {F2(w)}",
            TargetKind.Frequency => $"实际“{ind.Actual?.OriginalText}”达到“{target.OriginalText}”，已达成；得分 = 满分 {F2(w)}",
            _ => $"得分 {F2(row.ComputedScore ?? 0m)}",
        };
        if (row.Rule.Contains("SC-41", StringComparison.Ordinal)) text += OverAchievement(row);
        if (row.ComputedScore is { } c && row.Score is { } counted && counted != c)
            text += $"；单位填写得分 {F2(counted)}，与计算值 {F2(c)} 不同，按填写值计入并须说明偏差原因";
        return text + "。";
    }

    /// <summary>实际值 a 低于目标值 t，未达成；得分 = a ÷ t × w = s.</summary>
    private static string NumericSentence(IndicatorScore row, decimal a, decimal t, string unit, decimal w)
    {
        var s = row.ComputedScore ?? 0m;
        var actual = $"实际值 {Num(a)}{unit}";
        var target = $"目标值 {Num(t)}{unit}";
        var rule = row.Rule.Split('+')[0];
        if (rule == "SC-15")
            return $"目标值为 0，{actual}，{(row.Met == true ? $"已达成；得分 = 满分 {F2(w)}" : "未达成；得分 = 0.00")}";
        if (rule == "SC-14/Exact")
        {
            if (row.Met == true) return $"{actual} 等于{target}，已达成；得分 = 满分 {F2(w)}";
            var (lo, hi) = (Math.Min(a, t), Math.Max(a, t));
            return lo <= 0m
                ? $"{actual} 不等于{target}，未达成；得分 = 0.00"
                : $"{actual} 不等于{target}，未达成；得分 = {Num(lo)} ÷ {Num(hi)} × {Num(w)} = {F2(s)}";
        }
        var strict = row.Indicator.Target.Op is Comparator.Gt or Comparator.Lt;
        if (row.Direction == Direction.Reverse)
        {
            if (row.Met == true)
                return $"{actual} {(a == t ? "等于" : "低于")}{target}，已达成；得分 = 满分 {F2(w)}";
            var lead = $"{actual} {(a == t && strict ? "未低于" : "高于")}{target}，未达成；";
            if (rule == "SC-13/VendorLinear")
                return s == 0m && a >= 2 * t
                    ? lead + "实际值达到目标值的两倍及以上，得分 = 0.00"
                    : lead + $"得分 = (1 − ({Num(a)} − {Num(t)}) ÷ {Num(t)}) × {Num(w)} = {F2(s)}";
            return a <= 0m || t < 0m ? lead + "得分 = 0.00" : lead + $"得分 = {Num(t)} ÷ {Num(a)} × {Num(w)} = {F2(s)}";
        }
        if (row.Met == true)
            return $"{actual} {(a == t ? "等于" : "高于")}{target}，已达成；得分 = 满分 {F2(w)}";
        var lower = $"{actual} {(a == t && strict ? "未高于" : "低于")}{target}，未达成；";
        return a <= 0m ? lower + "得分 = 0.00" : lower + $"得分 = {Num(a)} ÷ {Num(t)} × {Num(w)} = {F2(s)}";
    }

    /// <summary>SC-41: how far the target was exceeded, and the deduction where the profile deducts.</summary>
    private static string OverAchievement(IndicatorScore row)
    {
        if (Numeric(row.Indicator) is not (decimal a, decimal t, _) || t == 0m) return "；超额完成，须说明原因";
        var d = Numbers.Rounding.Percent(Math.Abs(a - t) / t * 100m);
        var part = $"；超出目标值 {F2(d)}%，须说明原因";
        if (!row.Rule.Contains("SC-41/Deduct", StringComparison.Ordinal) || row.ComputedScore is not { } after) return part;
        var before = row.Weight ?? 0m;
        return part + $"，扣 {Num(before - after)} 分，得分 = {F2(before)} − {Num(before - after)} = {F2(after)}";
    }

    private static string Tiered(IndicatorScore row)
    {
        var w = row.Weight ?? 0m;
        var kind = row.Indicator.Target.Kind switch
        {
            TargetKind.Deadline => "未能证明在规定时限内完成，",
            TargetKind.Frequency => "未能证明达到规定频次，",
            _ => "定性指标，",
        };
        if (row.Tier is not { } tier)
            return row.UsesPrintedScore && row.Score is { } printed
                ? $"{kind}沿用原表得分 {F2(printed)}。"
                : $"{kind}请选择达成情况，并在相应分数区间内打分。";
        var (lo, hi, inclusive) = TierBands.Of(tier, w);
        var band = $"[{Num(lo)}, {Num(hi)}{(inclusive ? "]" : ")")}";
        var score = row.Score is { } s ? $"得分 {F2(s)}" : "尚未打分";
        var origin = row.UsesPrintedScore ? "（按原表得分所在区间确定）" : "";
        return $"{kind}达成情况为“{tier.DisplayName()}”{origin}，得分区间 {band}，{score}。";
    }

    private static string Manual(IndicatorScore row, string why) =>
        row.Score is { } s ? $"{why}；单位打分 {F2(s)}。" : $"{why}；尚未打分。";

    /// <summary>总分 = 执行率得分 + 各指标得分合计 = x，评价等级…, with SC-05/SC-44 renormalisation and the SC-40 cap.</summary>
    private static IEnumerable<ExplanationLine> Total(ProjectScore score, RuleProfile? profile)
    {
        var applicable = score.Rows.Where(r => r.NotScoredReason != NotScoredReason.NotApplicable).ToList();
        var rows = applicable.Sum(r => r.Score ?? 0m);
        var weights = applicable.Sum(r => r.Weight ?? 0m);
        var missing = applicable.Count(r => r.Score is null);
        var blank = missing > 0 ? $"（{missing} 项指标尚无得分，按 0 计）" : "";
        var grade = $"评价等级为“{score.ComputedGrade.DisplayName()}”";
        if (!score.ExecutionApplicable)
        {
            yield return new("总分", "SC-05", $"全年预算数为 0，总分按指标分值折算为百分制：各指标得分合计 {F2(rows)}{blank} × 100 ÷ 分值合计 {Num(weights)} = {F2(score.ComputedTotal)}，{grade}。");
            yield break;
        }
        var execution = score.ExecutionScore ?? (score.Mode == ScoringMode.Historical ? score.PrintedExecutionScore : null) ?? 0m;
        var sum = execution + rows;
        yield return new("总分", "SC-30", $"总分 = 执行率得分 {F2(execution)} + 各指标得分合计 {F2(rows)}{blank} = {F2(sum)}。");
        var total = sum;
        var excluded = score.Rows.Count - applicable.Count;
        if (excluded > 0)
        {
            var w = score.ExecutionWeight + weights;
            total = w > 0m ? Numbers.Rounding.Score(sum * 100m / w) : 0m;
            yield return new("总分", "SC-44", $"{excluded} 项指标不适用，总分按适用分值折算为百分制：{F2(sum)} × 100 ÷ {Num(w)} = {F2(total)}。");
        }
        if (score.ComputedTotal < total && profile is { CapTotalByExecutionRate: true })
            yield return new("总分", "SC-40", $"预算执行率 {F2(score.ExecutionRateDisplay ?? 0m)}%，总分最高 {Num(score.ComputedTotal)} 分：{F2(total)} 计为 {F2(score.ComputedTotal)}。");
        yield return new("评价等级", "SC-31", $"总分 {F2(score.ComputedTotal)}，{grade}（90 分及以上为优，80 至 90 分为良，60 至 80 分为中，60 分以下为差）。");
        if (score.PrintedTotal is { } printed)
            yield return new("原表总分", "SC-70", $"原表总分 {F2(printed)}，评价等级为“{score.PrintedGrade?.DisplayName()}”。");
    }

    /// <summary>The row's actual and target as numbers in the target's unit (the actual converted as the scorer does).</summary>
    private static (decimal? Actual, decimal? Target, string Unit) Numeric(Indicator indicator)
    {
        var target = indicator.Target;
        var actual = indicator.Actual;
        decimal? t = target.Kind == TargetKind.Frequency ? target.Frequency?.Count : target.Value;
        var unit = target.Kind == TargetKind.Frequency ? "次" : target.Unit?.Text ?? "";
        if (actual is null) return (null, t, unit);
        var (a, actualUnit) = actual.Kind == TargetKind.Frequency
            ? (actual.Frequency?.Count, actual.Frequency is { } f ? new UnitRef(f.Per is null ? "次" : $"次/{f.Per}", Dimension.Count, 1m, "次", f.Per) : null)
            : (actual.Value, actual.Unit);
        if (a is { } value && target.Kind == TargetKind.Quantitative)
        {
            var match = UnitComparison.Compare(target.Unit, target.Scope, actualUnit, actual.Scope);
            if (match is { Comparable: true, Converted: true }) a = value * match.Factor;
        }
        return (a, t, unit);
    }

    private static RuleProfile? ProfileOf(string tag)
    {
        try
        {
            return RuleProfiles.Get(tag);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Money in 元 with thousands separators, cents only when there are any: 1,558,000 · 1,234.50.</summary>
    public static string Money(decimal? yuan) =>
        yuan is not { } v ? "—" : v == decimal.Truncate(v) ? v.ToString("#,##0", CultureInfo.InvariantCulture) : v.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A figure as entered, thousands separated, no trailing zeros: 580 · 1,558,000 · 99.5.</summary>
    private static string Num(decimal value) => value.ToString("#,##0.############", CultureInfo.InvariantCulture);

    private static string F2(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
