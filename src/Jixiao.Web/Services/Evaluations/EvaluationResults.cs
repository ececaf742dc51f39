using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Evaluations;

/// <summary>The accepted result of a project's latest 重点绩效评价.</summary>
public sealed record EvaluationResult(Guid EvaluationId, Guid ProjectId, decimal Score, Grade Grade, DateTimeOffset AcceptedAt);

/// <summary>
/// The seams other parts read (ADR-059), with no scope of their own (the caller's query is already scoped): 结果应用 reads
/// each project's accepted score and grade; 整改 reads an evaluation's findings to open rectification items.
/// </summary>
public sealed class EvaluationResults(JixiaoDbContext db)
{
    /// <summary>The latest accepted evaluation of each of <paramref name="projectIds"/> that has one.</summary>
    public async Task<IReadOnlyDictionary<Guid, EvaluationResult>> LatestAcceptedAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken ct)
    {
        var rows = await db.ExternalEvaluations.AsNoTracking()
            .Where(e => projectIds.Contains(e.ProjectId) && e.State == FormState.Approved && e.TotalScore != null && e.Grade != null)
            .Select(e => new { e.Id, e.ProjectId, e.TotalScore, e.Grade, e.AcceptedAt, e.UpdatedAt }).ToListAsync(ct);
        return rows.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.AcceptedAt ?? r.UpdatedAt).Select(r =>
            new EvaluationResult(r.Id, r.ProjectId, r.TotalScore!.Value, r.Grade!.Value, r.AcceptedAt ?? r.UpdatedAt)).First());
    }

    /// <summary>The findings of an accepted evaluation (empty while it is not accepted).</summary>
    public async Task<IReadOnlyList<EvaluationFinding>> FindingsAsync(Guid evaluationId, CancellationToken ct)
    {
        var row = await db.ExternalEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evaluationId && e.State == FormState.Approved, ct);
        if (row is null || EvaluationFramework.Find(TemplateRegistry.Current, row.FrameworkId) is not { } framework) return [];
        return EvaluationSheetJson.Read(row.Content).Findings(framework);
    }
}
