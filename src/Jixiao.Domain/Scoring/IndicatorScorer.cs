using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Scoring.ScoreMath;
using R = Jixiao.Domain.Scoring.SelfEvaluationRules;

namespace Jixiao.Domain.Scoring;

/// <summary>Scores one indicator row: SC-10 dispatch by target kind, then the row checks (SE-04…SE-18).</summary>
internal static class IndicatorScorer
{
    /// <summary>
    /// With <paramref name="explain"/> off no trail text is built; the result renders its trail on first read by
    /// scoring the row again with it on.
    /// </summary>
    public static IndicatorScore Score(Project project, Indicator indicator, RuleProfile profile, ScoringMode mode, bool explain) =>
        Score(new RowScoring(project, profile, mode, explain), indicator);

    /// <summary>Scores <paramref name="indicator"/> with <paramref name="row"/>, reset first (one per project).</summary>
    public static IndicatorScore Score(RowScoring row, Indicator indicator)
    {
        row.Start(indicator);
        var profile = row.Profile;
        if (profile.NotApplicableRenormalisation && indicator.NotApplicable)
        {
            row.Rule = "SC-44";
            row.Reason = NotScoredReason.NotApplicable;
            row.Trail.Add("不适用 (reviewer) → excluded, total renormalised");
            return row.BuildExcluded();
        }
        if (indicator.Weight is not { } w || w <= 0m)
        {
            row.Rule = "SC-01";
            row.Reason = NotScoredReason.NoWeight;
            row.Trail.Add("分值 missing or ≤ 0 → not scored (SE-09)");
            return row.Build();
        }

        if (indicator.NotApplicable)
            row.Trail.Add("不适用 marked, but SC-44 is off in this profile → scored normally");
        var target = indicator.Target;
        switch (target.Kind)
        {
            case TargetKind.Quantitative when target.Value is { } t:
                ScoreNumeric(row, w, t, target.Op, target.Unit, target.Scope, "SC-10 → Quantitative");
                break;
            case TargetKind.Frequency when target.Frequency is { IsCoverage: true } coverage:
                ScoreCoverage(row, coverage);
                break;
            case TargetKind.Frequency when target.Frequency is { Count: { } count } f:
                ScoreNumeric(row, w, count, target.Op, FrequencyUnit(f), null, "SC-10 → Frequency (SC-17)");
                break;
            case TargetKind.Deadline when target.Deadline is { } deadline:
                ScoreDeadline(row, deadline);
                break;
            case TargetKind.Boolean when target.Bool is { } expected:
                ScoreBoolean(row, w, expected);
                break;
            default:
                ScoreTier(row, "SC-20", TierDispatch(target.Kind));
                break;
        }
        return row.Build();
    }

    /// <summary>Quantitative and per-period frequency targets: SC-11…SC-15, SC-41, with AV-0…AV-4 on the actual.</summary>
    private static void ScoreNumeric(RowScoring row, decimal w, decimal t, Comparator op, UnitRef? targetUnit,
        string? targetScope, string dispatch)
    {
        row.Trail.Add(dispatch);
        var actual = row.Indicator.Actual;
        if (!UsableActual(row, actual)) return;

        if (actual!.HasNote(ParseNote.ActualIsComparison))
            row.Findings.Add(R.Se01.At(row.Project, row.Indicator, "实际完成值", severity: Review.Severity.Info,
                args: ("值", actual.OriginalText)));

        decimal a;
        UnitRef? actualUnit;
        string? actualScope = actual.Scope;
        if (actual.Kind == TargetKind.Frequency && actual.Frequency is { Count: { } ac } af)
            (a, actualUnit) = (ac, FrequencyUnit(af));
        else if (actual.Kind == TargetKind.Quantitative && actual.Value is { } av)
            (a, actualUnit) = (av, actual.Unit);
        else
        {
            Unusable(row, $"actual kind {actual.Kind} cannot be compared with a number");
            return;
        }

        var match = UnitComparison.Compare(targetUnit, targetScope, actualUnit, actualScope);
        if (actualUnit is null && targetUnit is not null && match.Comparable)
            row.Trail.Add($"actual has no unit → unit taken from the target: {targetUnit.Text} (AV-3, UnitAssumed)");
        var (u1, u2) = (targetUnit?.Text ?? "", actualUnit?.Text ?? "");
        if (!match.Comparable)
        {
            row.Rule = "SC-10/NotComparable";
            row.Reason = NotScoredReason.NotComparable;
            row.ManualScore = true;
            row.RequireReason = true;
            row.Trail.Add($"unit {u2} not comparable with {u1} (AV-4) → manual score in [0, {F2(w)}] with 偏差原因");
            var suffix = match.SuggestedPer is { } per ? $"，请按{per}数折算" : "";
            row.Findings.Add(R.Se03.At(row.Project, row.Indicator, "实际完成值", $"{u1} vs {u2}",
                args: [("u1", u1), ("u2", u2), ("后缀", suffix)]));
            return;
        }
        if (match.Converted)
        {
            if (Product(a, match.Factor) is not { } converted)
            {
                Unusable(row, "converted actual out of range");
                return;
            }
            row.Trail.Add($"unit {u2} → {u1}: {Exact(a)} × {Exact(match.Factor)} = {Exact(converted)} (UnitConverted)");
            row.Findings.Add(R.Se03.At(row.Project, row.Indicator, "实际完成值", $"{Exact(a)}{u2} = {Exact(converted)}{u1}",
                Review.Severity.Info, ("u1", u1), ("u2", u2), ("后缀", "，已换算")));
            a = converted;
        }

        var (direction, why) = DirectionRules.Of(row.Indicator, op);
        var explicitDirection = row.Indicator.Direction is not null;
        if (op == Comparator.Eq && !explicitDirection && row.Profile.EqualityMode == EqualityMode.AsPositive)
            (direction, why) = (Direction.Positive, "op =, EqualityMode AsPositive");
        row.Direction = direction;
        row.Trail.Add($"direction={direction} ({why})");
        var result = QuantitativeRules.Score(a, t, op, direction, explicitDirection, w, row.Profile, row.Trail);
        row.Rule = result.Rule;
        row.Met = result.Met;
        row.Computed = result.Score;

        OverAchievement(row, a, t, direction, result);

        // SC-15 / SE-18: a reverse output quantity met with zero output is suspicious.
        if (direction == Direction.Reverse && a == 0m && t > 0m && result.Score == w
            && DirectionRules.IsOutputQuantity(row.Indicator))
        {
            row.Findings.Add(R.Se18.At(row.Project, row.Indicator, "实际完成值", $"{row.Indicator.Target.Canonical}, 实际 0"));
        }
    }

    /// <summary>SC-41: relative over-achievement d = (a − t) ÷ t (reverse: (t − a) ÷ t, only with IncludeReverse).</summary>
    private static void OverAchievement(RowScoring row, decimal a, decimal t, Direction direction, NumericResult result)
    {
        var profile = row.Profile;
        if (t <= 0m || !result.Met || result.Rule.StartsWith("SC-14", StringComparison.Ordinal)) return;
        decimal? ratio;
        if (direction == Direction.Positive) ratio = Ratio(a - t, t);
        else if (profile.OverAchievementIncludesReverse) ratio = Ratio(t - a, t);
        else return;
        // An overflowing ratio is an absurd over-achievement, far beyond any threshold.
        var d = ratio ?? decimal.MaxValue;
        if (d < profile.OverAchievementThreshold) return;

        var pct = ratio is null ? "∞" : F2(Round2(Ratio(d, 0.01m) ?? decimal.MaxValue));
        row.Trail.Add($"SC-41: d = {Exact(d)} ({pct}%) ≥ {F2(profile.OverAchievementThreshold * 100m)}% → {profile.OverAchievementMode}");
        row.Findings.Add(R.Se12.At(row.Project, row.Indicator, "实际完成值", $"d={pct}%", args: ("d", pct)));
        row.RequireReason = true;
        if (profile.OverAchievementMode == OverAchievementMode.Deduct)
        {
            var deducted = Math.Max(result.Score - profile.OverAchievementDeduction, 0m);
            row.Trail.Add($"{F2(result.Score)} − {F2(profile.OverAchievementDeduction)} = {F2(deducted)} (floor 0)");
            row.Computed = deducted;
            row.Deducted = true;
            row.Rule += "+SC-41/Deduct";
        }
        else
        {
            row.Rule += "+SC-41";
        }
    }

    /// <summary>SC-17 coverage (`每周7天*24小时`): met → w, else manual tier.</summary>
    private static void ScoreCoverage(RowScoring row, FrequencySpec coverage)
    {
        row.Trail.Add("SC-10 → Frequency coverage (SC-17)");
        var actual = row.Indicator.Actual;
        if (!UsableActual(row, actual)) return;
        if (actual!.Frequency is { IsCoverage: true } ac)
        {
            var met = ac.DaysPerWeek >= coverage.DaysPerWeek && (ac.HoursPerDay ?? 24) >= (coverage.HoursPerDay ?? 24);
            if (met)
            {
                row.Rule = "SC-17";
                row.Met = true;
                row.Computed = row.Weight;
                row.Trail.Add($"coverage {actual.Canonical} ≥ {row.Indicator.Target.Canonical} → met, score = w = {F2(row.Weight)}");
                return;
            }
            row.Met = false;
        }
        ScoreTier(row, "SC-17", "coverage not shown met → manual tier (SC-20)", requireReason: row.Met == false);
    }

    /// <summary>SC-16: actual date ≤ due date → w; `当年内` meets a due date at year end or later; else manual tier.</summary>
    private static void ScoreDeadline(RowScoring row, DeadlineSpec target)
    {
        row.Trail.Add("SC-10 → Deadline (SC-16)");
        var actual = row.Indicator.Actual;
        if (!UsableActual(row, actual)) return;
        if (actual!.Kind != TargetKind.Deadline || actual.Deadline is not { } done)
        {
            Unusable(row, "deadline actual without a date or 当年内/年内完成");
            return;
        }

        var year = row.Project.Year;
        bool? met;
        if (target.Recurrence == Recurrence.Monthly)
        {
            met = done.Recurrence == Recurrence.Monthly && done.Day is { } dd && target.Day is { } td ? dd <= td : null;
            row.Trail.Add($"monthly deadline {row.Indicator.Target.Canonical}, actual {actual.Canonical} → {Describe(met)}");
        }
        else
        {
            var due = DueDate(target, year, row.Profile.MonthBeforeMeans);
            if (done.Anchor == DeadlineAnchor.WithinYear)
            {
                var yearEnd = (done.Year ?? year) is { } y ? new DateOnly(y, 12, 31) : (DateOnly?)null;
                met = due is null || yearEnd is null ? null : due >= yearEnd ? true : null;
                row.Trail.Add($"actual 当年内 (by {yearEnd:yyyy-MM-dd}) vs due {due:yyyy-MM-dd} → {(met == true ? "met" : "proves nothing against an earlier due date")}");
            }
            else
            {
                var doneOn = DueDate(done, year, row.Profile.MonthBeforeMeans);
                met = due is null || doneOn is null ? null : doneOn <= due;
                row.Trail.Add($"actual {doneOn:yyyy-MM-dd} vs due {due:yyyy-MM-dd} → {Describe(met)}");
            }
        }

        if (met == true)
        {
            row.Rule = "SC-16";
            row.Met = true;
            row.Computed = row.Weight;
            row.Trail.Add($"score = w = {F2(row.Weight)}");
            return;
        }
        row.Met = met;
        ScoreTier(row, "SC-16", "deadline not shown met → manual tier (SC-20) with 偏差原因", requireReason: true);
    }

    private static string Describe(bool? met) => met switch { true => "met", false => "late", null => "date not resolvable" };

    /// <summary>SC-18: a = t → w, else 0.</summary>
    private static void ScoreBoolean(RowScoring row, decimal w, bool expected)
    {
        row.Trail.Add("SC-10 → Boolean (SC-18)");
        var actual = row.Indicator.Actual;
        if (!UsableActual(row, actual)) return;
        if (actual!.Kind != TargetKind.Boolean || actual.Bool is not { } got)
        {
            Unusable(row, "boolean actual is not 是/否");
            return;
        }
        row.Rule = "SC-18";
        row.Met = got == expected;
        row.Computed = row.Met == true ? w : 0m;
        row.Trail.Add($"a={(got ? "是" : "否")}, t={(expected ? "是" : "否")} → {(row.Met == true ? "met" : "not met")}, score = {F2(row.Computed.Value)}");
    }

    /// <summary>SC-20: the unit's tier and a score inside its band; historical imports derive the tier (SC-70).</summary>
    private static void ScoreTier(RowScoring row, string rule, string why, bool requireReason = false)
    {
        row.Rule = rule;
        row.Reason = NotScoredReason.ManualTier;
        row.ManualScore = true;
        row.TierScored = true;
        row.RequireReason |= requireReason;
        row.Trail.Add(why);

        var indicator = row.Indicator;
        var target = indicator.Target;
        var actual = indicator.Actual;
        if (actual is null || actual.Kind == TargetKind.Empty)
        {
            row.Findings.Add(R.Cmp07.At(row.Project, indicator, "实际完成值"));
            row.Trail.Add("actual blank (AV-0)");
        }

        var repeats = target.Kind is TargetKind.Qualitative or TargetKind.Conditional && RepeatsTarget(target, actual);
        if (repeats)
        {
            row.Trail.Add("actual repeats the target → self-declared 达成 (AV-5)");
            row.Findings.Add(R.Se15.At(row.Project, indicator, "实际完成值", actual!.OriginalText));
        }

        if (row.Mode == ScoringMode.Historical)
        {
            row.Tier = indicator.Score is { } printed ? TierBands.Containing(printed, row.Weight) : indicator.Tier;
            if (row.Tier is { } derived) row.Trail.Add($"SC-70: tier {derived.DisplayName()} from the printed score's band");
            else row.Trail.Add("SC-70: no printed score, tier unknown");
            return;
        }

        row.Tier = indicator.Tier ?? (repeats ? Tier.Achieved : null);
        if (row.Tier is { } tier)
            row.Trail.Add($"tier {tier.DisplayName()}{(indicator.Tier is null ? " (pre-filled)" : "")}");
        if (indicator.Score is null && row.Tier == Tier.Achieved)
        {
            row.DefaultManualScore = row.Weight;
            row.Trail.Add($"达成 without an entered score → default w = {F2(row.Weight)}");
        }
    }

    private static bool UsableActual(RowScoring row, TargetValue? actual)
    {
        if (actual is null || actual.Kind == TargetKind.Empty)
        {
            row.Rule = "SC-10/Empty";
            row.Reason = NotScoredReason.Empty;
            row.Trail.Add("actual blank (AV-0) → no score");
            row.Findings.Add(R.Cmp07.At(row.Project, row.Indicator, "实际完成值"));
            return false;
        }
        if (actual.Kind == TargetKind.Comparison)
        {
            var target = row.Indicator.Target;
            if (target.Kind is TargetKind.Quantitative or TargetKind.Frequency)
            {
                row.Rule = "SC-10/Comparison";
                row.Reason = NotScoredReason.Comparison;
                row.Trail.Add($"actual “{actual.OriginalText}” is a comparison (AV-2) → no score until a plain value is entered");
                row.Findings.Add(R.Se01.At(row.Project, row.Indicator, "实际完成值", args: ("值", actual.OriginalText)));
                return false;
            }
        }
        return true;
    }

    private static void Unusable(RowScoring row, string why)
    {
        row.Rule = "SC-10/Unusable";
        row.Reason = NotScoredReason.Unusable;
        row.Trail.Add($"{why} → no score (SE-02)");
        row.Findings.Add(R.Se02.At(row.Project, row.Indicator, "实际完成值", row.Indicator.Actual?.OriginalText));
    }

    /// <summary>AV-5: the actual's text equals the target's after normalisation; comparators inside do not matter.</summary>
    private static bool RepeatsTarget(TargetValue target, TargetValue? actual)
    {
        if (actual is null || actual.Kind == TargetKind.Empty) return false;
        var t = Normalise(target.Canonical.Length > 0 ? target.Canonical : target.OriginalText);
        return t.Length > 0 && (t == Normalise(actual.Canonical) || t == Normalise(actual.OriginalText));
    }

    private static string Normalise(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && "=＝≥≤<>＜＞$".IndexOf(c) < 0))
            .Replace("\\geq", "", StringComparison.Ordinal).Replace("\\leq", "", StringComparison.Ordinal);

    private static readonly string[] TierDispatchTexts = [.. Enum.GetValues<TargetKind>().Select(k => $"SC-10 → {k}: scored by tier")];

    // Built once per kind: every qualitative row passes this line to ScoreTier.
    private static string TierDispatch(TargetKind kind) => TierDispatchTexts[(int)kind];

    private static UnitRef FrequencyUnit(FrequencySpec f) =>
        new(f.Per is null ? "次" : $"次/{f.Per}", Dimension.Count, 1m, "次", f.Per);

    /// <summary>A single due date (SC-16); a recurring deadline or a form without a year has none.</summary>
    private static DateOnly? DueDate(DeadlineSpec spec, int? formYear, MonthBeforeMeans monthBefore) =>
        spec.Recurrence == Recurrence.None && (spec.Year ?? formYear) is { } year
            ? Deadlines.DueDate(spec, year, monthBefore)
            : null;
}
