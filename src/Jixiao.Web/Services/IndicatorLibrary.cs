using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Data.Summaries;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>A 指标库 entry as the picker and the search list show it; <see cref="LastTarget"/> is from the user's scope.</summary>
public sealed record IndicatorEntry(Guid Id, string Name, string Level1, string Level2, string? UnitText, int FirstYear, int LastYear,
    string? LastTarget, int? LastTargetYear, int Projects);

/// <summary>One project that used the indicator: its target (current version, earlier differing ones) and actual.</summary>
public sealed record IndicatorHistoryRow(int Year, string UnitName, Guid ProjectId, string ProjectName, int VersionNumber, string State,
    string TargetText, IReadOnlyList<string> EarlierTargets, string? ActualText, decimal? Weight, decimal? Score);

public sealed record IndicatorHistory(IndicatorEntry Entry, IReadOnlyList<IndicatorHistoryRow> Rows);

/// <summary>
/// The 指标库: one <see cref="IndicatorDefinition"/> per indicator identity (the domain's <see cref="IndicatorIdentity"/>)
/// ever used in a stored declaration version. A form row keeps its own key and maps to its entry by identity. Definitions
/// are global; what a user sees of them (entries, targets, actuals) comes only from projects in the user's scope.
/// </summary>
public sealed class IndicatorLibrary(JixiaoDbContext db, CurrentUser me, AuditLog audit)
{
    // Column lengths of IndicatorDefinition (EntityConfigurations).
    public const int NameLength = 200, LevelLength = 40, UnitLength = 40;

    /// <summary>
    /// The identity of a form row as the library stores it: the domain's identity of the row, with the name key and the
    /// labels clipped to their columns first (a name may be longer than the column, so the stored key is its prefix).
    /// </summary>
    public static IndicatorIdentity Key(string name, string level1, string level2) => SummaryCalculator.LibraryKey(name, level1, level2);

    /// <summary>
    /// The identity of a stored entry. Entries stored before ADR-012 compared labels as typed: two of them may now share
    /// an identity (`产出指标` and `产出`); the library then shows the first stored (<see cref="Canonical"/>).
    /// </summary>
    private static IndicatorIdentity Key(IndicatorDefinition d) => IndicatorIdentity.Of(d.NormalizedName, d.Level1, d.Level2);

    /// <summary>Stored entries by identity, one per identity.</summary>
    internal static Dictionary<IndicatorIdentity, IndicatorDefinition> ByIdentity(IEnumerable<IndicatorDefinition> definitions) =>
        definitions.GroupBy(Key).ToDictionary(g => g.Key, Canonical);

    private static IndicatorDefinition Canonical(IEnumerable<IndicatorDefinition> same) =>
        same.OrderBy(d => d.FirstYear).ThenBy(d => d.Id).First();

    public static string Clip(string text, int length) => SummaryCalculator.Clip(text, length);

    /// <summary>
    /// Brings the definitions in line with every stored declaration version (all units, not scoped): new identities
    /// are added, names/units/years of existing ones follow the latest use. Idempotent; returns the number of entries.
    /// Call after anything that stores a version. Entries are never deleted, so their ids stay stable.
    /// </summary>
    public async Task<int> SyncAsync(CancellationToken ct)
    {
        try
        {
            return await SyncOnceAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node inserted the same identity at the same moment: its row now exists, so one retry converges.
            db.ChangeTracker.Clear();
            return await SyncOnceAsync(ct);
        }
    }

    /// <summary>
    /// Brings the definitions in line with the rows of one version just stored (a save, a copy): new identities are
    /// added, years widened, and name and unit follow these rows when the version's year is the latest use. Reads only
    /// the identities of these rows, so a save costs the same in a district of 10,000 projects as in a demo: the full
    /// <see cref="SyncAsync(CancellationToken)"/> re-read and re-parsed every stored version on every save.
    /// </summary>
    public async Task SyncAsync(IReadOnlyList<DeclaredIndicator> rows, int year, CancellationToken ct)
    {
        try
        {
            await SyncRowsOnceAsync(rows, year, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another node inserted the same identity: its row now exists
            await SyncRowsOnceAsync(rows, year, ct);
        }
    }

    private async Task SyncRowsOnceAsync(IReadOnlyList<DeclaredIndicator> rows, int year, CancellationToken ct)
    {
        var byIdentity = rows.Where(r => !string.IsNullOrWhiteSpace(r.Name))
            .GroupBy(r => Key(r.Name, r.Level1, r.Level2))
            .ToDictionary(g => g.Key, g => g.First());
        if (byIdentity.Count == 0) return;
        var names = byIdentity.Keys.Select(k => k.Name).Distinct().ToList();
        var existing = ByIdentity(await db.IndicatorDefinitions.Where(d => names.Contains(d.NormalizedName)).ToListAsync(ct));
        int added = 0, updated = 0;
        foreach (var (identity, row) in byIdentity)
        {
            var name = Clip(row.Name.Trim(), NameLength);
            var unit = TargetParser.Parse(row.TargetText).Unit?.Text is { Length: > 0 } u ? Clip(u, UnitLength) : null;
            if (!existing.TryGetValue(identity, out var d))
            {
                db.IndicatorDefinitions.Add(new IndicatorDefinition
                {
                    Id = Guid.NewGuid(),
                    Name = name,
                    NormalizedName = identity.Name,
                    Level1 = Clip(row.Level1.Trim(), LevelLength),
                    Level2 = Clip(row.Level2.Trim(), LevelLength),
                    UnitText = unit,
                    FirstYear = year,
                    LastYear = year,
                });
                added++;
                continue;
            }
            var latest = year >= d.LastYear;
            var (newName, newUnit) = latest ? (name, unit ?? d.UnitText) : (d.Name, d.UnitText);
            var (first, last) = (Math.Min(d.FirstYear, year), Math.Max(d.LastYear, year));
            if (d.Name != newName || d.UnitText != newUnit || d.FirstYear != first || d.LastYear != last)
            {
                (d.Name, d.UnitText, d.FirstYear, d.LastYear) = (newName, newUnit, first, last);
                updated++;
            }
        }
        if (added + updated > 0)
        {
            audit.Record("Sync", "IndicatorDefinition", "*", comment: $"指标库同步：新增 {added} 条，更新 {updated} 条");
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task<int> SyncOnceAsync(CancellationToken ct)
    {
        var usages = await IndicatorUsages.LoadAsync(db, db.Projects, currentOnly: false, ct);
        var existing = ByIdentity(await db.IndicatorDefinitions.ToListAsync(ct));
        int added = 0, updated = 0;
        foreach (var group in usages.GroupBy(u => u.Identity))
        {
            var ordered = Latest(group).ToList();
            var name = Clip(ordered[0].Row.Name.Trim(), NameLength);
            var unit = ordered.Select(u => TargetParser.Parse(u.Row.TargetText).Unit?.Text).FirstOrDefault(t => !string.IsNullOrEmpty(t));
            unit = unit is null ? null : Clip(unit, UnitLength);
            var (first, last) = (group.Min(u => u.Year), group.Max(u => u.Year));
            if (!existing.TryGetValue(group.Key, out var d))
            {
                db.IndicatorDefinitions.Add(existing[group.Key] = new IndicatorDefinition
                {
                    Id = Guid.NewGuid(),
                    Name = name,
                    NormalizedName = group.Key.Name,
                    Level1 = Clip(ordered[0].Row.Level1.Trim(), LevelLength),
                    Level2 = Clip(ordered[0].Row.Level2.Trim(), LevelLength),
                    UnitText = unit,
                    FirstYear = first,
                    LastYear = last,
                });
                added++;
            }
            else if (d.Name != name || d.UnitText != unit || d.FirstYear != first || d.LastYear != last)
            {
                (d.Name, d.UnitText, d.FirstYear, d.LastYear) = (name, unit, first, last);
                updated++;
            }
        }
        if (added + updated > 0)
        {
            audit.Record("Sync", "IndicatorDefinition", "*", comment: $"指标库同步：新增 {added} 条，更新 {updated} 条");
            await db.SaveChangesAsync(ct);
        }
        return existing.Count;
    }

    /// <summary>The entry id of each row (by row key), for rows whose identity is in the library (after a sync: all).</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> DefinitionIdsAsync(IEnumerable<DeclaredIndicator> rows, CancellationToken ct)
    {
        var byIdentity = await DefinitionsAsync(ct);
        return rows
            .Select(r => (r.Key, Found: byIdentity.TryGetValue(Key(r.Name, r.Level1, r.Level2), out var d) ? d : null))
            .Where(x => x.Found is not null)
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.First().Found!.Id);
    }

    /// <summary>
    /// Entries used in the user's scope whose name or category contains <paramref name="query"/> (whitespace and
    /// width ignored), most recently used first; an empty query lists them all. At most <paramref name="limit"/>.
    /// One query over the per-identity aggregates (ADR-066) and one for the latest targets of the entries read.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorEntry>> SearchAsync(string? query, int limit, CancellationToken ct)
    {
        var rows = await IndicatorOrders.Recent.Order(LibraryFacts.Entries(db, me, IndicatorIdentity.NameKey(query), null))
            .Take(Math.Max(limit, 1)).ToListAsync(ct);
        return await EntriesAsync(rows, ct);
    }

    /// <summary>The entries of list rows, with each one's latest target in the user's scope (one query for all of them).</summary>
    internal async Task<IReadOnlyList<IndicatorEntry>> EntriesAsync(IReadOnlyList<IndicatorListRow> rows, CancellationToken ct)
    {
        static IndicatorIdentity Identity(IndicatorListRow r) => new(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2);
        var latest = await LibraryFacts.LatestTargetsAsync(db, me, rows.Select(Identity).ToHashSet(), ct);
        return rows.Select(r => new IndicatorEntry(r.Id, r.Name, r.Level1, r.Level2, r.UnitText, r.FirstYear, r.LastYear,
            latest.GetValueOrDefault(Identity(r)), r.LastTargetYear, r.Projects)).ToList();
    }

    /// <summary>The entry and its history within the user's scope; null when unknown or never used in scope (callers answer 404).</summary>
    public async Task<IndicatorHistory?> HistoryAsync(Guid id, CancellationToken ct)
    {
        var definition = await db.IndicatorDefinitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (definition is null) return null;
        // Rows of scoped projects only; the actual is the project's latest self-evaluation's, stored with the row it evaluated.
        var usages = await LibraryFacts.RowsAsync(db, me.Scope(db.Projects), Key(definition), ct);
        if (usages.Count == 0) return null;

        var rows = usages.GroupBy(u => u.ProjectId).Select(project =>
        {
            var current = project.Where(u => u.IsCurrent).DefaultIfEmpty(project.MaxBy(u => u.VersionNumber)!).First();
            var earlier = project.Where(u => !u.IsCurrent && u.TargetText != current.TargetText)
                .OrderBy(u => u.VersionNumber).Select(u => $"第{u.VersionNumber}版：{u.TargetText}").Distinct().ToList();
            var actual = project.FirstOrDefault(u => u.HasActual);
            return new IndicatorHistoryRow(current.Year, current.UnitName, current.ProjectId, current.ProjectName, current.VersionNumber,
                FormStateNames.Chinese(current.State), current.TargetText, earlier, actual?.ActualText, actual?.Weight, actual?.Score);
        })
        .OrderByDescending(r => r.Year).ThenBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.ProjectName, StringComparer.Ordinal)
        .ToList();
        var latest = usages.Where(u => u.IsCurrent)
            .OrderByDescending(u => u.Year).ThenByDescending(u => u.VersionNumber).ThenBy(u => u.ProjectName, StringComparer.Ordinal)
            .FirstOrDefault();
        return new IndicatorHistory(new IndicatorEntry(definition.Id, definition.Name, definition.Level1, definition.Level2, definition.UnitText,
            definition.FirstYear, definition.LastYear, latest?.TargetText, latest?.Year, usages.Where(u => u.IsCurrent).Select(u => u.ProjectId).Distinct().Count()), rows);
    }

    private async Task<Dictionary<IndicatorIdentity, IndicatorDefinition>> DefinitionsAsync(CancellationToken ct) =>
        ByIdentity(await db.IndicatorDefinitions.AsNoTracking().ToListAsync(ct));

    private static IOrderedEnumerable<IndicatorUsage> Latest(IEnumerable<IndicatorUsage> usages) =>
        usages.OrderByDescending(u => u.Year).ThenByDescending(u => u.IsCurrent).ThenByDescending(u => u.VersionNumber)
            .ThenBy(u => u.ProjectName, StringComparer.Ordinal);
}
