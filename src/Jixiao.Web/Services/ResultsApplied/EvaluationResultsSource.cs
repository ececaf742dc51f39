using Jixiao.Web.Services.Evaluations;

namespace Jixiao.Web.Services.ResultsApplied;

/// <summary>重点绩效评价 for 结果应用: the score and grade of last year's latest accepted evaluation (ADR-059's seam).</summary>
public sealed class EvaluationResultsSource(EvaluationResults evaluations) : IPriorYearResultsSource
{
    public async Task<IReadOnlyDictionary<Guid, PriorYearResults>> AddAsync(IReadOnlyDictionary<Guid, PriorYearResults> soFar, CancellationToken ct)
    {
        var accepted = await evaluations.LatestAcceptedAsync(soFar.Keys.ToList(), ct);
        return soFar.ToDictionary(kv => kv.Key, kv => accepted.TryGetValue(kv.Key, out var e)
            ? kv.Value with { Results = kv.Value.Results with { EvaluationScore = e.Score, EvaluationGrade = e.Grade }, EvaluationId = e.EvaluationId }
            : kv.Value);
    }
}
