using Jixiao.Data;
using Jixiao.Domain.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.ResultsApplied;

/// <summary>
/// 整改 for 结果应用: last year's project's rectification items not yet 已销号 (待整改 or 已答复: an answer the reviewer has
/// not accepted is not done), by due date. A project with none has 0 open items, not “—”: the stage exists.
/// </summary>
public sealed class RectificationResultsSource(JixiaoDbContext db) : IPriorYearResultsSource
{
    public async Task<IReadOnlyDictionary<Guid, PriorYearResults>> AddAsync(IReadOnlyDictionary<Guid, PriorYearResults> soFar, CancellationToken ct)
    {
        var ids = soFar.Keys.Select(id => (Guid?)id).ToList();
        var open = (await db.RectificationItems.AsNoTracking()
                .Where(i => ids.Contains(i.ProjectId) && i.State != RectificationState.Closed)
                .Select(i => new { ProjectId = i.ProjectId!.Value, i.Id, i.SourceText, i.Requirement, i.DueDate, i.State }).ToListAsync(ct))
            .OrderBy(i => i.DueDate).ThenBy(i => i.Id)
            .ToLookup(i => i.ProjectId, i => new OpenRectification(i.Id, i.SourceText, i.Requirement, i.DueDate, i.State));
        return soFar.ToDictionary(kv => kv.Key, kv => kv.Value with
        {
            Results = kv.Value.Results with { OpenRectifications = open[kv.Key].Count() },
            OpenItems = open[kv.Key].ToList(),
        });
    }
}
