using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Summaries;

/// <summary>
/// Fills the derived key columns of 指标库 entries stored before they existed (ADR-056): the migration adds them empty,
/// since SQL cannot compute the identity's keys (NFKC, the category label rules); loading such an entry and saving it
/// writes them (<see cref="IndicatorDefinition.IdentityName"/> etc. compute from the entry's own columns).
/// </summary>
public static class IndicatorDefinitionKeys
{
    private const int Batch = 500;

    private static readonly string[] Derived = [nameof(IndicatorDefinition.IdentityName), nameof(IndicatorDefinition.IdentityLevel1),
        nameof(IndicatorDefinition.IdentityLevel2), nameof(IndicatorDefinition.SearchName), nameof(IndicatorDefinition.SearchLevels)];

    /// <summary>Writes the keys of every entry that has none; returns how many. Cheap when all are filled.</summary>
    public static async Task<int> EnsureCurrentAsync(JixiaoDbContext db, CancellationToken ct)
    {
        var filled = 0;
        while (true)
        {
            var missing = await db.IndicatorDefinitions
                .Where(d => d.IdentityName == null || d.IdentityLevel1 == null || d.IdentityLevel2 == null || d.SearchName == null || d.SearchLevels == null)
                .OrderBy(d => d.Id).Take(Batch).ToListAsync(ct);
            if (missing.Count == 0) return filled;
            // EF snapshots a loaded entry through its getters, so the NULLs read are not seen as a change: say which are.
            foreach (var entry in missing.Select(d => db.Entry(d)))
                foreach (var name in Derived) entry.Property(name).IsModified = true;
            await db.SaveChangesAsync(ct);
            foreach (var d in missing) db.Entry(d).State = EntityState.Detached;
            filled += missing.Count;
        }
    }
}
