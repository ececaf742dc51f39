using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.ResultsApplied;

/// <summary>
/// The administrator's 结果应用 rule: how much of next year's request to cut (压减) for last year's results. Percentages
/// of the request; they add up and are capped at <see cref="MaxCutPercent"/>.
/// </summary>
public sealed record BudgetSuggestionSettings
{
    /// <summary>Grade 差 last year: cut this much (default 20 %).</summary>
    public decimal PoorGradeCutPercent { get; init; } = 20m;

    /// <summary>Grade 中 last year (default 0: no cut).</summary>
    public decimal FairGradeCutPercent { get; init; }

    /// <summary>Any rectification item of last year still open: cut this much (default 10 %).</summary>
    public decimal OpenRectificationCutPercent { get; init; } = 10m;

    /// <summary>Never more than this in all (default 30 %).</summary>
    public decimal MaxCutPercent { get; init; } = 30m;

    /// <summary>Why the settings cannot be used (each percentage 0–100), or null.</summary>
    public string? Error() =>
        new[] { PoorGradeCutPercent, FairGradeCutPercent, OpenRectificationCutPercent, MaxCutPercent }.Any(p => p is < 0 or > 100)
            ? "结果应用规则的压减比例应在 0 至 100 之间。"
            : null;
}

/// <summary>A budget suggestion: the cut in percent, the amount suggested and the reasons (Chinese), none when no cut applies.</summary>
public sealed record BudgetSuggestion(decimal RequestedYuan, decimal CutPercent, decimal SuggestedYuan, IReadOnlyList<string> Reasons)
{
    public bool CutsBudget => CutPercent > 0;

    /// <summary>
    /// This year's request is not filled in yet (0): the rule's cut stands, but a budget computed on nothing is no figure
    /// (ADR-060), so there is no <see cref="SuggestedBudgetYuan"/> and nothing for finance to accept (it may still set an
    /// amount of its own with a reason).
    /// </summary>
    public bool AwaitsRequest => RequestedYuan <= 0;

    /// <summary>The suggested budget, or null while <see cref="AwaitsRequest"/>.</summary>
    public decimal? SuggestedBudgetYuan => AwaitsRequest ? null : SuggestedYuan;

    /// <summary>The suggestion as the project page says it (one sentence, Chinese).</summary>
    public string Sentence()
    {
        var rule = CutsBudget ? $"建议压减 {CutPercent:0.##}%（{string.Join("；", Reasons)}）" : "按上年结果无须压减";
        if (AwaitsRequest) return $"{rule}；本年申报金额尚未填写，填写后按此计算建议预算。";
        return CutsBudget
            ? $"建议压减 {CutPercent:0.##}%，建议预算 {Money.MoneyText.Format(SuggestedYuan)} 元（{string.Join("；", Reasons)}）。"
            : $"按上年结果无须压减，建议预算 {Money.MoneyText.Format(SuggestedYuan)} 元。";
    }
}

/// <summary>The rule: last year's results and this year's request in, a suggestion out. Pure; finance accepts or overrides it.</summary>
public static class BudgetSuggestionRule
{
    public static BudgetSuggestion Suggest(LastYearResults last, decimal requestedYuan, BudgetSuggestionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(settings);
        var reasons = new List<string>();
        decimal cut = 0;
        // The grade that counts (evaluation, else re-review, else self), named with the stage it comes from.
        var basis = last.Basis is { } b ? $"（{b.DisplayName()}）" : "";
        switch (last.Grade)
        {
            case Grade.Poor when settings.PoorGradeCutPercent > 0:
                cut += settings.PoorGradeCutPercent;
                reasons.Add($"上年绩效等级{basis}为“差”，压减 {Percent(settings.PoorGradeCutPercent)}");
                break;
            case Grade.Fair when settings.FairGradeCutPercent > 0:
                cut += settings.FairGradeCutPercent;
                reasons.Add($"上年绩效等级{basis}为“中”，压减 {Percent(settings.FairGradeCutPercent)}");
                break;
        }
        if (last.OpenRectifications is > 0 && settings.OpenRectificationCutPercent > 0)
        {
            cut += settings.OpenRectificationCutPercent;
            reasons.Add($"上年有 {last.OpenRectifications} 项整改未完成，压减 {Percent(settings.OpenRectificationCutPercent)}");
        }
        if (cut > settings.MaxCutPercent)
        {
            cut = settings.MaxCutPercent;
            reasons.Add($"合计压减以 {Percent(settings.MaxCutPercent)} 为限");
        }
        var suggested = Math.Round(requestedYuan * (100m - cut) / 100m, 2, MidpointRounding.AwayFromZero);
        return new BudgetSuggestion(requestedYuan, cut, suggested, reasons);
    }

    /// <summary>
    /// Why finance's decision cannot be recorded (null: it can): accepting takes the suggestion as it is; overriding
    /// needs the amount finance sets (0 to the request) and a reason.
    /// </summary>
    public static string? DecisionError(bool accept, decimal? overrideYuan, string? reason, decimal requestedYuan)
    {
        if (accept) return requestedYuan > 0 ? null : NothingToAccept;
        if (overrideYuan is not { } amount) return "不采纳建议时，请填写财政确定的预算金额。";
        if (amount < 0 || amount > requestedYuan) return $"财政确定的预算金额应在 0 至申报金额 {Money.MoneyText.Format(requestedYuan)} 元之间。";
        if (string.IsNullOrWhiteSpace(reason)) return "不采纳建议时，请填写理由。";
        return null;
    }

    /// <summary>Accepting a suggestion computed on a request not filled in (0): there is no figure to take.</summary>
    public const string NothingToAccept = "本年申报金额尚未填写，暂无建议预算可采纳；如需确定，请选择不采纳并填写金额和理由。";

    private static string Percent(decimal p) => $"{p:0.##}%";
}
