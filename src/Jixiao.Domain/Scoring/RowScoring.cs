using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Scoring.ScoreMath;
using R = Jixiao.Domain.Scoring.SelfEvaluationRules;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Working state while one row is scored; <see cref="Build"/> decides the counted score (SC-43/SC-70) and runs
/// the row checks shared by every kind (SE-04…SE-08, SE-11, CMP-01). One instance serves all rows of a project in
/// turn (<see cref="Start"/> resets it), so scoring a row allocates little beyond its result.
/// </summary>
internal sealed class RowScoring(Project project, RuleProfile profile, ScoringMode mode, bool explain)
{
    public Project Project { get; } = project;
    public Indicator Indicator { get; private set; } = null!;
    public RuleProfile Profile { get; } = profile;
    public ScoringMode Mode { get; } = mode;
    public decimal Weight => Indicator.Weight ?? 0m;

    public string Rule { get; set; } = "SC-10";
    public NotScoredReason? Reason { get; set; }
    public decimal? Computed { get; set; }
    public Direction? Direction { get; set; }
    public Tier? Tier { get; set; }
    public bool? Met { get; set; }
    /// <summary>The row is scored by hand (NotComparable, tier).</summary>
    public bool ManualScore { get; set; }
    public bool TierScored { get; set; }
    /// <summary>Score for an Achieved tier with nothing entered (SC-20).</summary>
    public decimal? DefaultManualScore { get; set; }
    /// <summary>偏差原因 needed whatever the score (SC-41, NotComparable, unmet deadline).</summary>
    public bool RequireReason { get; set; }
    public bool Deducted { get; set; }
    public TrailLines Trail { get; } = new(explain);
    public List<Finding> Findings { get; } = [];

    // Shared by every row of the project: how to explain a row later.
    public TrailSource? Source { get; } = explain ? null : new(project, profile, mode);

    /// <summary>Clears the state of the previous row and starts <paramref name="indicator"/>.</summary>
    public RowScoring Start(Indicator indicator)
    {
        Indicator = indicator;
        Rule = "SC-10";
        Reason = null;
        Computed = null;
        Direction = null;
        Tier = null;
        Met = null;
        ManualScore = false;
        TierScored = false;
        DefaultManualScore = null;
        RequireReason = false;
        Deducted = false;
        Trail.Clear();
        Findings.Clear();
        return this;
    }

    public IndicatorScore BuildExcluded() => Result(null, false);

    public IndicatorScore Build()
    {
        var entered = Indicator.Score;
        var w = Weight;
        decimal? counted;
        var usesPrinted = false;
        var overridden = false;

        if (Computed is { } computed)
        {
            counted = computed;
            if (entered is { } e && e != computed)
            {
                Findings.Add(R.Se11.At(Project, Indicator, "得分", $"得分 {F2(e)}，计算值 {F2(computed)}", args: ("c", F2(computed))));
                if (Mode == ScoringMode.Live && Profile.AllowQuantOverride)
                {
                    counted = e;
                    overridden = true;
                    Trail.Add($"SC-43: entered {F2(e)} overrides computed {F2(computed)} (AllowQuantOverride), 偏差原因 required");
                }
                else
                {
                    Trail.Add($"entered/printed {F2(e)} ≠ computed {F2(computed)} (SE-11); computed counts");
                }
            }
        }
        else if (Mode == ScoringMode.Historical)
        {
            counted = entered;
            usesPrinted = entered is not null;
            if (usesPrinted) Trail.Add($"SC-70: no computed score ({Reason}) → printed {F2(entered!.Value)} used");
        }
        else
        {
            counted = ManualScore ? entered ?? DefaultManualScore : null;
            if (ManualScore && entered is not null) Trail.Add($"manual score {F2(entered.Value)}");
        }

        if (ManualScore && counted is null && Reason != NotScoredReason.NoWeight)
            Findings.Add(R.Cmp01.At(Project, Indicator, "得分", args: ("字段", "得分")));
        CheckRange(entered, w);
        if (TierScored) CheckBand(counted, w);
        CheckDeviationReason(counted, w, overridden);
        CheckMetVersusScore(counted, entered, w);
        return Result(counted, usesPrinted);
    }

    private void CheckRange(decimal? entered, decimal w)
    {
        if (entered is { } e && w > 0m && (e < 0m || e > w))
            Findings.Add(R.Se04.At(Project, Indicator, "得分", $"得分 {F2(e)}", args: ("w", F2(w))));
    }

    /// <summary>SE-05: a tier is required and the score must sit in its band (SC-20).</summary>
    private void CheckBand(decimal? counted, decimal w)
    {
        if (Tier is not { } tier)
        {
            Findings.Add(R.Se05.At(Project, Indicator, "评价档次", "tier missing",
                args: [("指标", Indicator.Name), ("lo", F2(0m)), ("hi", F2(w))]));
            return;
        }
        if (counted is { } s && !TierBands.Contains(tier, w, s))
        {
            var (lo, hi, _) = TierBands.Of(tier, w);
            Findings.Add(R.Se05.At(Project, Indicator, "得分", $"{tier.DisplayName()}, 得分 {F2(s)}",
                args: [("指标", Indicator.Name), ("lo", F2(lo)), ("hi", F2(hi))]));
        }
    }

    /// <summary>SE-06 (SC-42): 偏差原因 when score &lt; w, on SC-41, on manual NotComparable scores and overrides.</summary>
    private void CheckDeviationReason(decimal? counted, decimal w, bool overridden)
    {
        if (!Profile.DeviationReasonMandatory || !R.IsEmptyReason(Indicator.DeviationReason)) return;
        // An imported form is judged by its own printed score: whether that score is right is SE-08/SE-11's concern.
        var basis = Mode == ScoringMode.Historical && Indicator.Score is { } printed ? printed : counted;
        var needed = basis < w || overridden
            || (RequireReason && (counted is not null || Reason == NotScoredReason.NotComparable));
        if (!needed) return;
        Findings.Add(R.Se06.At(Project, Indicator, "偏差原因分析及改进措施", basis is { } c ? $"{F2(c)}/{F2(w)}" : null));
    }

    /// <summary>SE-07 met but deducted; SE-08 unmet (or tier below 达成) with full score.</summary>
    private void CheckMetVersusScore(decimal? counted, decimal? entered, decimal w)
    {
        if (Met == true && !Deducted && entered is { } e && e < w)
            Findings.Add(R.Se07.At(Project, Indicator, "得分", $"{F2(e)}/{F2(w)}"));
        var shown = TierScored ? counted : entered;
        var unmet = (Met == false && (Computed is null || Computed < w))
            || (TierScored && Tier is Projects.Tier.PartiallyAchieved or Projects.Tier.NotAchieved);
        if (unmet && shown == w && w > 0m)
            Findings.Add(R.Se08.At(Project, Indicator, "得分", $"{F2(w)}/{F2(w)}"));
    }

    private IndicatorScore Result(decimal? counted, bool usesPrinted) => new()
    {
        Indicator = Indicator,
        Weight = Indicator.Weight,
        PrintedScore = Indicator.Score,
        ComputedScore = Computed,
        NotScoredReason = Computed is null ? Reason ?? NotScoredReason.ManualTier : null,
        Score = counted,
        Rule = Rule,
        Direction = Direction,
        Tier = Tier,
        Met = Met,
        UsesPrintedScore = usesPrinted,
        Explained = Trail.Explain ? Trail.ToArray() : null,
        Source = Source,
        Findings = Findings.Count == 0 ? [] : Findings.ToArray(),
    };
}
