using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Summaries;

/// <summary>
/// Keeps the year-over-year summaries (<see cref="IndicatorYearUse"/>, <see cref="IndicatorYearValue"/>, ADR-068) in step
/// with the indicator facts: <see cref="ProjectSummaries.RefreshAsync"/> calls <see cref="RefreshUnitsAsync"/> with the
/// units whose 指标库 aggregates it refreshes (the units of the recomputed projects, and of projects deleted, renamed,
/// moved or given another year), after those units are locked, in the same transaction. A unit's rows are recomputed
/// in SQL by the statements that also rebuild every unit (<see cref="RebuildSql"/>: the migration's backfill,
/// <c>jixiao summary rebuild</c>, a COPY load), so the write path and the backfill cannot count differently.
/// </summary>
public static class IndicatorYearSummaries
{
    private const int Batch = 100;

    /// <summary>Recomputes the rows of <paramref name="unitIds"/> from their projects' current indicator facts, in the caller's transaction.</summary>
    public static async Task RefreshUnitsAsync(JixiaoDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken ct)
    {
        foreach (var chunk in unitIds.Distinct().Order().Chunk(Batch))
            foreach (var sql in RebuildSql(IndicatorUseSummaries.IsPostgres(db), chunk))
                await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    /// <summary>Recomputes both tables for every unit; returns the rows of <see cref="IndicatorYearUse"/> written.</summary>
    public static async Task<int> RebuildAsync(JixiaoDbContext db, CancellationToken ct)
    {
        var sql = RebuildSql(IndicatorUseSummaries.IsPostgres(db));
        var written = 0;
        for (var i = 0; i < sql.Count; i++)
        {
            var rows = await db.Database.ExecuteSqlRawAsync(sql[i], ct);
            if (i == 2) written = rows;
        }
        return written;
    }

    /// <summary>
    /// The statements that recompute both tables from the current indicator facts, for <paramref name="units"/> or (none
    /// given) every unit: delete the rows, then count per unit, identity and year the distinct projects (with the label
    /// of the first use by project name <c>COLLATE "C"</c> on PostgreSQL, SQLite's binary collation — ordinal — then
    /// project id and row position) and per distinct non-empty target and actual the distinct projects that wrote it.
    /// The third statement writes the <see cref="IndicatorYearUse"/> rows.
    /// </summary>
    public static IReadOnlyList<string> RebuildSql(bool postgres, IReadOnlyCollection<int>? units = null)
    {
        var ordinal = postgres ? "COLLATE \"C\"" : "COLLATE BINARY";
        // Unit ids are integers formatted here, never text from outside.
        var only = units is null ? "" : $"\"UnitId\" IN ({string.Join(", ", units.Select(u => u.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var where = only.Length == 0 ? "" : $"WHERE {only}";
        var andUnits = only.Length == 0 ? "" : $"AND p.{only}";
        const string identity = "\"IdentityName\", \"IdentityLevel1\", \"IdentityLevel2\"";
        const string facts = "\"IndicatorFacts\" f JOIN \"Projects\" p ON p.\"Id\" = f.\"ProjectId\"";
        const string groupKey = "p.\"UnitId\", f.\"IdentityName\", f.\"IdentityLevel1\", f.\"IdentityLevel2\", p.\"Year\"";
        return
        [
            $"DELETE FROM \"IndicatorYearValues\" {where}",
            $"DELETE FROM \"IndicatorYearUses\" {where}",
            $"""
            INSERT INTO "IndicatorYearUses" ("UnitId", {identity}, "Year", "Projects", "LabelProjectName", "LabelProjectId", "LabelPosition", "LabelName", "LabelLevel1", "LabelLevel2")
            SELECT a."UnitId", a."IdentityName", a."IdentityLevel1", a."IdentityLevel2", a."Year", b."Projects", a."ProjectName", a."ProjectId", a."Position", a."Name", a."Level1", a."Level2"
            FROM (
                SELECT {groupKey}, p."Name" AS "ProjectName", f."ProjectId", f."Position", f."Name", f."Level1", f."Level2",
                    ROW_NUMBER() OVER (PARTITION BY {groupKey} ORDER BY p."Name" {ordinal}, f."ProjectId", f."Position") AS "Rank"
                FROM {facts}
                WHERE f."IsCurrent" {andUnits}
            ) a
            JOIN (
                SELECT {groupKey}, COUNT(DISTINCT f."ProjectId") AS "Projects"
                FROM {facts}
                WHERE f."IsCurrent" {andUnits}
                GROUP BY {groupKey}
            ) b ON a."UnitId" = b."UnitId" AND a."IdentityName" = b."IdentityName" AND a."IdentityLevel1" = b."IdentityLevel1"
                AND a."IdentityLevel2" = b."IdentityLevel2" AND a."Year" = b."Year"
            WHERE a."Rank" = 1
            """,
            $"""
            INSERT INTO "IndicatorYearValues" ("UnitId", {identity}, "Year", "Kind", "Value", "Projects")
            SELECT {groupKey}, 'Target', f."TargetText", COUNT(DISTINCT f."ProjectId")
            FROM {facts}
            WHERE f."IsCurrent" AND f."TargetText" <> '' {andUnits}
            GROUP BY {groupKey}, f."TargetText"
            UNION ALL
            SELECT {groupKey}, 'Actual', f."TrendActual", COUNT(DISTINCT f."ProjectId")
            FROM {facts}
            WHERE f."IsCurrent" AND f."TrendActual" IS NOT NULL AND f."TrendActual" <> '' {andUnits}
            GROUP BY {groupKey}, f."TrendActual"
            """,
        ];
    }
}
