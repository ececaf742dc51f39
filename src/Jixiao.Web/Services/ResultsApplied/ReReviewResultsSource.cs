using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.ResultsApplied;

/// <summary>
/// 复核 for 结果应用: the final total and grade of last year's confirmed 复核 (ADR-058, <c>ReReviewEntity.FinalTotal/FinalGrade</c>),
/// the latest where a project has several. No scope of its own: the caller has loaded this year's project in scope.
/// </summary>
public sealed class ReReviewResultsSource(JixiaoDbContext db) : IPriorYearResultsSource
{
    public async Task<IReadOnlyDictionary<Guid, PriorYearResults>> AddAsync(IReadOnlyDictionary<Guid, PriorYearResults> soFar, CancellationToken ct)
    {
        var ids = soFar.Keys.ToList();
        var rows = await db.ReReviews.AsNoTracking()
            .Where(r => ids.Contains(r.ProjectId) && r.State == FormState.Confirmed)
            .Select(r => new { r.ProjectId, r.SelfEvaluationId, r.FinalTotal, r.FinalGrade, r.UpdatedAt }).ToListAsync(ct);
        // The order LastYearQuery.GradeRank reads in SQL: the latest confirmed one.
        var latest = rows.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.UpdatedAt).First());
        return soFar.ToDictionary(kv => kv.Key, kv => latest.TryGetValue(kv.Key, out var r)
            ? kv.Value with { Results = kv.Value.Results with { ReReviewScore = r.FinalTotal, ReReviewGrade = r.FinalGrade }, ReReviewedSelfEvaluationId = r.SelfEvaluationId }
            : kv.Value);
    }
}
