using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Scoring.ScoreMath;

namespace Jixiao.Domain.Scoring;

/// <summary>A rule's score for a numeric row: score (2 dp), met-by-rule and rule id; the steps go to the trail.</summary>
internal readonly record struct NumericResult(decimal Score, bool Met, string Rule);

/// <summary>SC-12…SC-15: numeric scoring of actual a against target t with weight w. One method per rule.</summary>
internal static class QuantitativeRules
{
    public static NumericResult Score(decimal a, decimal t, Comparator op, Direction direction, bool explicitDirection,
        decimal w, RuleProfile profile, TrailLines steps)
    {
        if (t == 0m)
            return ZeroTarget(a, op, direction, explicitDirection, w, steps);
        if (op == Comparator.Eq && !explicitDirection)
        {
            if (profile.EqualityMode == EqualityMode.Exact) return ExactEquality(a, t, w, steps);
            if (profile.EqualityMode == EqualityMode.AsPositive) return Positive(a, t, op, w, steps);
        }
        return direction == Direction.Positive ? Positive(a, t, op, w, steps) : Reverse(a, t, op, w, profile.ReverseFormula, steps);
    }

    /// <summary>SC-12: a ≥ t → w (for `>`: a &gt; t), a ≤ 0 → 0, else a ÷ t × w.</summary>
    public static NumericResult Positive(decimal a, decimal t, Comparator op, decimal w, TrailLines steps)
    {
        var met = op == Comparator.Gt ? a > t : a >= t;
        var rel = op == Comparator.Gt ? ">" : "≥";
        if (met)
        {
            steps.Add($"a={Exact(a)} {rel} t={Exact(t)} → met");
            steps.Add($"score = w = {F2(w)}");
            return new(w, true, "SC-12");
        }
        if (a <= 0m)
        {
            steps.Add($"a={Exact(a)} ≤ 0 → 0.00");
            return new(0m, false, "SC-12");
        }
        var raw = ScaledRatio(a, t, w);
        steps.Add($"a={Exact(a)} < t={Exact(t)} → not met");
        steps.Add($"{Exact(a)} ÷ {Exact(t)} × {Exact(w)} = {Exact(raw)}");
        steps.Add($"round 2 dp AwayFromZero → {F2(Round2(raw))}");
        return new(Clamp(Round2(raw), w), false, "SC-12");
    }

    private static readonly string[] ReverseRules = [.. Enum.GetValues<ReverseFormula>().Select(f => $"SC-13/{f}")];

    /// <summary>SC-13: a ≤ t → w (for `<`: a &lt; t); else TemplateRatio t ÷ a × w or VendorLinear.</summary>
    public static NumericResult Reverse(decimal a, decimal t, Comparator op, decimal w, ReverseFormula formula, TrailLines steps)
    {
        var rule = ReverseRules[(int)formula];
        var met = op == Comparator.Lt ? a < t : a <= t;
        var rel = op == Comparator.Lt ? "<" : "≤";
        if (met)
        {
            steps.Add($"a={Exact(a)} {rel} t={Exact(t)} → met");
            steps.Add($"score = w = {F2(w)}");
            return new(w, true, rule);
        }
        steps.Add($"a={Exact(a)} > t={Exact(t)} → not met");
        decimal raw;
        if (formula == ReverseFormula.TemplateRatio)
        {
            if (a <= 0m || t < 0m)
            {
                steps.Add("a ≤ 0 or t < 0 → 0.00");
                return new(0m, false, rule);
            }
            raw = ScaledRatio(t, a, w);
            steps.Add($"{Exact(t)} ÷ {Exact(a)} × {Exact(w)} = {Exact(raw)}");
        }
        else if (a >= 2 * t)
        {
            steps.Add($"a ≥ 2t = {Exact(2 * t)} → 0.00");
            return new(0m, false, rule);
        }
        else
        {
            raw = ScaledRatio(2 * t - a, t, w);
            steps.Add($"(1 − ({Exact(a)} − {Exact(t)}) ÷ {Exact(t)}) × {Exact(w)} = {Exact(raw)}");
        }
        steps.Add($"round 2 dp AwayFromZero → {F2(Round2(raw))}");
        return new(Clamp(Round2(raw), w), false, rule);
    }

    /// <summary>SC-14 option Exact: a = t → w, else min(a,t) ÷ max(a,t) × w.</summary>
    public static NumericResult ExactEquality(decimal a, decimal t, decimal w, TrailLines steps)
    {
        if (a == t)
        {
            steps.Add($"a={Exact(a)} = t → met");
            steps.Add($"score = w = {F2(w)}");
            return new(w, true, "SC-14/Exact");
        }
        var (lo, hi) = (Math.Min(a, t), Math.Max(a, t));
        if (lo <= 0m || hi <= 0m)
        {
            steps.Add($"a={Exact(a)} ≠ t={Exact(t)}, non-positive → 0.00");
            return new(0m, false, "SC-14/Exact");
        }
        var raw = ScaledRatio(lo, hi, w);
        steps.Add($"a={Exact(a)} ≠ t={Exact(t)} → not met");
        steps.Add($"{Exact(lo)} ÷ {Exact(hi)} × {Exact(w)} = {Exact(raw)}");
        steps.Add($"round 2 dp AwayFromZero → {F2(Round2(raw))}");
        return new(Clamp(Round2(raw), w), false, "SC-14/Exact");
    }

    /// <summary>
    /// SC-15, t = 0: reverse or `=` → a ≤ 0 → w, else 0 (no division); positive `≥0` → always w (`>0`: a &gt; 0).
    /// </summary>
    public static NumericResult ZeroTarget(decimal a, Comparator op, Direction direction, bool explicitDirection, decimal w, TrailLines steps)
    {
        var positive = explicitDirection ? direction == Direction.Positive : op is Comparator.Ge or Comparator.Gt;
        if (positive)
        {
            var metPositive = op != Comparator.Gt || a > 0m;
            steps.Add($"t=0, positive → {(metPositive ? "met (vacuous target, OP-06)" : "not met")}");
            steps.Add($"score = {F2(metPositive ? w : 0m)}");
            return new(metPositive ? w : 0m, metPositive, "SC-15");
        }
        var met = op == Comparator.Lt ? a < 0m : a <= 0m;
        steps.Add($"t=0, {(op == Comparator.Eq ? "=" : "reverse")}: a={Exact(a)} {(met ? "≤ 0 → met" : "> 0 → not met")}");
        steps.Add($"score = {F2(met ? w : 0m)}");
        return new(met ? w : 0m, met, "SC-15");
    }
}
