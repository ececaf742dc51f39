using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Forms;

/// <summary>
/// The printed texts of a 自评表's figures (`350,000.00`, `100.00%`, a row's 分值 `5`), keyed as the stored content keeps
/// them (<see cref="EvaluationTextKeys"/>), so an imported form keeps every value's original text.
/// </summary>
internal static class SelfEvaluationTexts
{
    public static IReadOnlyDictionary<string, string> Of(RawProject p)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (p.Evaluation is not { } e) return texts;
        foreach (var row in SelfEvaluationForms.Funds.Rows)
        {
            var raw = e.Funds.GetValueOrDefault(row.Key);
            Add(texts, EvaluationTextKeys.Fund(row.Key, "initialBudget"), raw?.InitialBudget?.Text);
            Add(texts, EvaluationTextKeys.Fund(row.Key, "adjustedBudget"), raw?.AdjustedBudget?.Text);
            Add(texts, EvaluationTextKeys.Fund(row.Key, "expenditure"), raw?.Expenditure?.Text);
        }
        Add(texts, EvaluationTextKeys.ExecutionWeight, e.Total?.WeightText);
        Add(texts, EvaluationTextKeys.PrintedExecutionRate, e.Total?.RateText);
        Add(texts, EvaluationTextKeys.PrintedExecutionScore, e.Total?.ScoreText);
        Add(texts, EvaluationTextKeys.PrintedWeightTotal, e.PrintedWeightTotalText);
        Add(texts, EvaluationTextKeys.PrintedTotal, e.PrintedTotalText);
        foreach (var i in p.Indicators)
        {
            Add(texts, EvaluationTextKeys.Row(i.Ordinal, "weight"), i.WeightText);
            Add(texts, EvaluationTextKeys.Row(i.Ordinal, "score"), i.ScoreText);
        }
        return texts;
    }

    private static void Add(Dictionary<string, string> texts, string key, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) texts[key] = text.Trim();
    }
}
