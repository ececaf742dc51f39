using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Summaries;

/// <summary>
/// Keeps the 指标库's per-identity aggregates (<see cref="IndicatorUnitUse"/>, <see cref="IndicatorUse"/>, ADR-066) in step
/// with the indicator facts: <see cref="ProjectSummaries.RefreshAsync"/> calls <see cref="RefreshUnitsAsync"/> with the
/// units of the projects it recomputed, in the same transaction. <see cref="RebuildSql"/> recomputes everything in SQL
/// (the migration's backfill, <c>jixiao summary rebuild</c>, a COPY load).
/// </summary>
public static class IndicatorUseSummaries
{
    private const int Batch = 100;

    private readonly record struct Identity(string Name, string Level1, string Level2);

    private static readonly Comparer<Identity> Ordinal = Comparer<Identity>.Create((a, b) =>
        string.CompareOrdinal(a.Name, b.Name) is var n and not 0 ? n
        : string.CompareOrdinal(a.Level1, b.Level1) is var l and not 0 ? l : string.CompareOrdinal(a.Level2, b.Level2));

    internal static bool IsPostgres(JixiaoDbContext db) => db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// Recomputes the rows of <paramref name="unitIds"/> from their projects' current indicator facts (as the database
    /// now holds them), then brings the district row of every identity whose unit rows changed in line: its project
    /// count by the change, its latest row as the first of the units' latest rows (one index seek). Runs in the caller's
    /// transaction. On PostgreSQL the units are locked first (in id order, then the identities in ordinal order), so two
    /// writers of one unit or one identity follow each other and each sees what the other committed.
    /// </summary>
    public static async Task RefreshUnitsAsync(JixiaoDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken ct)
    {
        var units = unitIds.Distinct().Order().ToArray();
        if (units.Length == 0) return;
        if (IsPostgres(db))
            await db.Database.ExecuteSqlAsync($"""SELECT "Id" FROM "Organizations" WHERE "Id" = ANY({units}) ORDER BY "Id" FOR NO KEY UPDATE""", ct);

        var deltas = new SortedDictionary<Identity, int>(Ordinal);
        foreach (var chunk in units.Chunk(Batch))
        {
            var ids = chunk.ToList();
            var stored = await db.Set<IndicatorUnitUse>().Where(u => ids.Contains(u.UnitId)).ToListAsync(ct);
            var fresh = (await ComputeAsync(db, ids, ct)).ToDictionary(u => (u.UnitId, Of(u)));
            var tracked = new List<object>();
            foreach (var old in stored)
            {
                var key = (old.UnitId, Of(old));
                if (!fresh.Remove(key, out var now))
                {
                    db.Remove(old);
                    Add(deltas, key.Item2, -old.Projects);
                }
                else if (!Same(old, now))
                {
                    Add(deltas, key.Item2, now.Projects - old.Projects);
                    (old.Projects, old.LastYear, old.LatestVersion, old.LatestProjectName, old.LatestProjectId, old.LatestPosition, old.LatestTarget) =
                        (now.Projects, now.LastYear, now.LatestVersion, now.LatestProjectName, now.LatestProjectId, now.LatestPosition, now.LatestTarget);
                }
                tracked.Add(old);
            }
            foreach (var (key, now) in fresh)
            {
                db.Add(now);
                tracked.Add(now);
                Add(deltas, key.Item2, now.Projects);
            }
            try
            {
                await db.SaveSummariesAsync(ct);
            }
            finally
            {
                foreach (var row in tracked) db.Entry(row).State = EntityState.Detached;
            }
        }
        foreach (var (identity, delta) in deltas) await RefreshTotalAsync(db, identity, delta, ct);
    }

    private static void Add(SortedDictionary<Identity, int> deltas, Identity identity, int delta) =>
        deltas[identity] = deltas.GetValueOrDefault(identity) + delta;

    private static Identity Of(IndicatorUnitUse u) => new(u.IdentityName, u.IdentityLevel1, u.IdentityLevel2);

    private static bool Same(IndicatorUnitUse a, IndicatorUnitUse b) =>
        a.Projects == b.Projects && a.LastYear == b.LastYear && a.LatestVersion == b.LatestVersion && a.LatestProjectName == b.LatestProjectName
        && a.LatestProjectId == b.LatestProjectId && a.LatestPosition == b.LatestPosition && a.LatestTarget == b.LatestTarget;

    // The unit rows of these units: the current facts in the latest-row order (in SQL, so names and ids order as the
    // database orders them everywhere else), grouped here; the first row of a group is its latest.
    private static async Task<List<IndicatorUnitUse>> ComputeAsync(JixiaoDbContext db, List<int> ids, CancellationToken ct)
    {
        var rows =
            from f in db.IndicatorFacts.AsNoTracking()
            where f.IsCurrent
            join p in db.Projects.AsNoTracking() on f.ProjectId equals p.Id
            where ids.Contains(p.UnitId)
            select new { p.UnitId, f.IdentityName, f.IdentityLevel1, f.IdentityLevel2, p.Year, f.VersionNumber, ProjectName = p.Name, f.ProjectId, f.Position, f.TargetText };
        var ordered = IsPostgres(db)
            ? rows.OrderByDescending(x => x.Year).ThenByDescending(x => x.VersionNumber).ThenBy(x => EF.Functions.Collate(x.ProjectName, "C"))
            : rows.OrderByDescending(x => x.Year).ThenByDescending(x => x.VersionNumber).ThenBy(x => x.ProjectName);
        var facts = await ordered.ThenBy(x => x.ProjectId).ThenBy(x => x.Position).ToListAsync(ct);
        return facts.GroupBy(x => (x.UnitId, x.IdentityName, x.IdentityLevel1, x.IdentityLevel2)).Select(g =>
        {
            var latest = g.First();
            return new IndicatorUnitUse
            {
                UnitId = latest.UnitId,
                IdentityName = latest.IdentityName,
                IdentityLevel1 = latest.IdentityLevel1,
                IdentityLevel2 = latest.IdentityLevel2,
                Projects = g.Select(x => x.ProjectId).Distinct().Count(),
                LastYear = latest.Year,
                LatestVersion = latest.VersionNumber,
                LatestProjectName = latest.ProjectName,
                LatestProjectId = latest.ProjectId,
                LatestPosition = latest.Position,
                LatestTarget = latest.TargetText,
            };
        }).ToList();
    }

    private static async Task RefreshTotalAsync(JixiaoDbContext db, Identity identity, int delta, CancellationToken ct)
    {
        // The upsert takes the row's lock first: a concurrent writer of the identity waits here, and the read below
        // (a new statement) sees what it committed.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "IndicatorUses" ("IdentityName", "IdentityLevel1", "IdentityLevel2", "Projects", "LastYear", "LatestTarget")
            VALUES ({identity.Name}, {identity.Level1}, {identity.Level2}, {delta}, 0, '')
            ON CONFLICT ("IdentityName", "IdentityLevel1", "IdentityLevel2") DO UPDATE SET "Projects" = "IndicatorUses"."Projects" + excluded."Projects"
            """, ct);
        var units = db.Set<IndicatorUnitUse>().AsNoTracking()
            .Where(u => u.IdentityName == identity.Name && u.IdentityLevel1 == identity.Level1 && u.IdentityLevel2 == identity.Level2);
        var ordered = IsPostgres(db)
            ? units.OrderByDescending(u => u.LastYear).ThenByDescending(u => u.LatestVersion).ThenBy(u => EF.Functions.Collate(u.LatestProjectName, "C"))
            : units.OrderByDescending(u => u.LastYear).ThenByDescending(u => u.LatestVersion).ThenBy(u => u.LatestProjectName);
        var latest = await ordered.ThenBy(u => u.LatestProjectId).ThenBy(u => u.LatestPosition)
            .Select(u => new { u.LastYear, u.LatestTarget }).FirstOrDefaultAsync(ct);
        var total = db.Set<IndicatorUse>()
            .Where(u => u.IdentityName == identity.Name && u.IdentityLevel1 == identity.Level1 && u.IdentityLevel2 == identity.Level2);
        if (latest is null) await total.ExecuteDeleteAsync(ct);
        else await total.ExecuteUpdateAsync(s => s.SetProperty(u => u.LastYear, latest.LastYear).SetProperty(u => u.LatestTarget, latest.LatestTarget), ct);
    }

    /// <summary>Recomputes both tables from the indicator facts in SQL (<see cref="RebuildSql"/>); returns the district rows written.</summary>
    public static async Task<int> RebuildAsync(JixiaoDbContext db, CancellationToken ct)
    {
        var written = 0;
        foreach (var sql in RebuildSql(IsPostgres(db))) written = await db.Database.ExecuteSqlRawAsync(sql, ct);
        return written;
    }

    /// <summary>
    /// The statements that recompute both tables from the current indicator facts, in the order <see cref="RefreshUnitsAsync"/>
    /// keeps them (names ordinal: <c>COLLATE "C"</c> on PostgreSQL, SQLite's default binary collation). The migration that
    /// creates the tables runs them as its backfill; the last statement writes the district rows.
    /// </summary>
    public static IReadOnlyList<string> RebuildSql(bool postgres)
    {
        var ordinal = postgres ? "COLLATE \"C\"" : "COLLATE BINARY";
        const string identity = "\"IdentityName\", \"IdentityLevel1\", \"IdentityLevel2\"";
        const string sameIdentity = "a.\"IdentityName\" = b.\"IdentityName\" AND a.\"IdentityLevel1\" = b.\"IdentityLevel1\" AND a.\"IdentityLevel2\" = b.\"IdentityLevel2\"";
        return
        [
            "DELETE FROM \"IndicatorUses\"",
            "DELETE FROM \"IndicatorUnitUses\"",
            $"""
            INSERT INTO "IndicatorUnitUses" ("UnitId", {identity}, "Projects", "LastYear", "LatestVersion", "LatestProjectName", "LatestProjectId", "LatestPosition", "LatestTarget")
            SELECT a."UnitId", a."IdentityName", a."IdentityLevel1", a."IdentityLevel2", b."Projects", a."Year", a."VersionNumber", a."Name", a."ProjectId", a."Position", a."TargetText"
            FROM (
                SELECT p."UnitId", f."IdentityName", f."IdentityLevel1", f."IdentityLevel2", p."Year", f."VersionNumber", p."Name", f."ProjectId", f."Position", f."TargetText",
                    ROW_NUMBER() OVER (PARTITION BY p."UnitId", f."IdentityName", f."IdentityLevel1", f."IdentityLevel2"
                        ORDER BY p."Year" DESC, f."VersionNumber" DESC, p."Name" {ordinal}, f."ProjectId", f."Position") AS "Rank"
                FROM "IndicatorFacts" f JOIN "Projects" p ON p."Id" = f."ProjectId"
                WHERE f."IsCurrent"
            ) a
            JOIN (
                SELECT p."UnitId", f."IdentityName", f."IdentityLevel1", f."IdentityLevel2", COUNT(DISTINCT f."ProjectId") AS "Projects"
                FROM "IndicatorFacts" f JOIN "Projects" p ON p."Id" = f."ProjectId"
                WHERE f."IsCurrent"
                GROUP BY p."UnitId", f."IdentityName", f."IdentityLevel1", f."IdentityLevel2"
            ) b ON a."UnitId" = b."UnitId" AND {sameIdentity}
            WHERE a."Rank" = 1
            """,
            $"""
            INSERT INTO "IndicatorUses" ({identity}, "Projects", "LastYear", "LatestTarget")
            SELECT a."IdentityName", a."IdentityLevel1", a."IdentityLevel2", b."Projects", a."LastYear", a."LatestTarget"
            FROM (
                SELECT {identity}, "LastYear", "LatestTarget",
                    ROW_NUMBER() OVER (PARTITION BY {identity}
                        ORDER BY "LastYear" DESC, "LatestVersion" DESC, "LatestProjectName" {ordinal}, "LatestProjectId", "LatestPosition") AS "Rank"
                FROM "IndicatorUnitUses"
            ) a
            JOIN (
                SELECT {identity}, SUM("Projects") AS "Projects" FROM "IndicatorUnitUses" GROUP BY {identity}
            ) b ON {sameIdentity}
            WHERE a."Rank" = 1
            """,
        ];
    }
}
