using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jixiao.Data.Summaries;

/// <summary>
/// Keeps the summary tables (<see cref="ProjectFigures"/>, <see cref="ProjectRuleCount"/>, <see cref="IndicatorFact"/>)
/// in step with the forms (ADR-051). <see cref="JixiaoDbContext"/> calls <see cref="RefreshAsync"/> for every project
/// whose declaration versions or self-evaluations a save changes, after the rows are written and in the same
/// transaction, so every writer (the form pipeline, imports, restores, the CLI, the generator) keeps them current and
/// a failed write leaves them as they were. <see cref="RebuildAsync"/> recomputes them for existing databases.
/// </summary>
public static class ProjectSummaries
{
    // Bump when what is stored changes meaning; the rules' build is part of the stamp, so new rules recompute on start.
    private const int Format = 1;

    /// <summary>The build of the rules and of this format: a row with another stamp is recomputed (<see cref="EnsureCurrentAsync"/>).</summary>
    public static string Stamp { get; } = $"{Format}:{typeof(Domain.Review.Linter).Assembly.ManifestModule.ModuleVersionId:N}";

    private const int Batch = 200;

    /// <summary>Projects whose summaries the pending changes affect (their versions or self-evaluations written or deleted).</summary>
    internal static HashSet<Guid> Touched(ChangeTracker tracker)
    {
        var touched = new HashSet<Guid>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case DeclarationVersion v when entry.State != EntityState.Modified || Changed(entry, VersionInputs):
                    touched.Add(v.ProjectId);
                    break;
                case SelfEvaluationEntity e when entry.State != EntityState.Modified || Changed(entry, EvaluationInputs):
                    touched.Add(e.ProjectId);
                    break;
            }
        }
        return touched;
    }

    /// <summary>
    /// Units whose 指标库 aggregates (ADR-066) the pending changes affect beyond the projects <see cref="Touched"/> finds:
    /// a project deleted, or renamed, moved or given another year (the aggregates' latest row names its project and year).
    /// </summary>
    internal static HashSet<int> TouchedUnits(ChangeTracker tracker)
    {
        var units = new HashSet<int>();
        foreach (var entry in tracker.Entries<ProjectEntity>())
        {
            if (entry.State == EntityState.Deleted || (entry.State == EntityState.Modified && Changed(entry, ProjectInputs)))
            {
                units.Add(entry.Property(p => p.UnitId).OriginalValue);
                units.Add(entry.Entity.UnitId);
            }
        }
        return units;
    }

    private static readonly string[] ProjectInputs = [nameof(ProjectEntity.Name), nameof(ProjectEntity.Year), nameof(ProjectEntity.UnitId)];

    // What the summaries are computed from; a reviewer opening a form (OpenedByReviewer) or a findings snapshot changes none of it.
    private static readonly string[] VersionInputs = [nameof(DeclarationVersion.Content), nameof(DeclarationVersion.State),
        nameof(DeclarationVersion.Number), nameof(DeclarationVersion.ProjectId)];

    private static readonly string[] EvaluationInputs = [nameof(SelfEvaluationEntity.Content), nameof(SelfEvaluationEntity.State),
        nameof(SelfEvaluationEntity.ProfileId), nameof(SelfEvaluationEntity.DeclarationVersionId), nameof(SelfEvaluationEntity.UpdatedAt),
        nameof(SelfEvaluationEntity.ProjectId)];

    private static bool Changed(EntityEntry entry, string[] properties) =>
        properties.Any(p => entry.Property(p).IsModified);

    /// <summary>
    /// Recomputes the summary rows of <paramref name="projectIds"/> from the stored forms (as the database now holds them)
    /// and replaces the stored ones, then the 指标库 aggregates of their units and of <paramref name="units"/> (ADR-066)
    /// and those units' year-over-year rows (ADR-068).
    /// Runs in the caller's transaction; leaves the caller's tracked entities alone.
    /// </summary>
    public static async Task RefreshAsync(JixiaoDbContext db, IReadOnlyCollection<Guid> projectIds, IReadOnlyCollection<int> units, CancellationToken ct)
    {
        var touchedUnits = new HashSet<int>(units);
        foreach (var chunk in projectIds.Distinct().Chunk(Batch))
        {
            var ids = chunk.ToList();
            touchedUnits.UnionWith(await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.UnitId).ToListAsync(ct));
            var versions = await db.DeclarationVersions.AsNoTracking().Where(v => ids.Contains(v.ProjectId))
                .Select(v => new StoredVersion(v.ProjectId, v.Id, v.Number, v.State, v.Content)).ToListAsync(ct);
            var evaluations = await db.SelfEvaluations.AsNoTracking().Where(e => ids.Contains(e.ProjectId))
                .Select(e => new StoredEvaluation(e.ProjectId, e.DeclarationVersionId, e.State, e.ProfileId, e.Content, e.UpdatedAt)).ToListAsync(ct);
            var versionsOf = versions.ToLookup(v => v.ProjectId);
            var evaluationsOf = evaluations.ToLookup(e => e.ProjectId);
            var summaries = ids.Select(id => TryCompute(id, versionsOf[id].ToList(), evaluationsOf[id].ToList()))
                .OfType<ProjectSummary>().ToList();

            await db.Set<IndicatorFact>().Where(f => ids.Contains(f.ProjectId)).ExecuteDeleteAsync(ct);
            await db.Set<ProjectRuleCount>().Where(f => ids.Contains(f.ProjectId)).ExecuteDeleteAsync(ct);
            await db.Set<ProjectFigures>().Where(f => ids.Contains(f.ProjectId)).ExecuteDeleteAsync(ct);
            var added = new List<object>();
            foreach (var s in summaries)
            {
                added.Add(s.Figures);
                added.AddRange(s.Rules);
                added.AddRange(s.Indicators);
            }
            if (added.Count == 0) continue;
            db.AddRange(added);
            try
            {
                await db.SaveSummariesAsync(ct);
            }
            finally
            {
                foreach (var row in added) db.Entry(row).State = EntityState.Detached;
            }
        }
        await IndicatorUseSummaries.RefreshUnitsAsync(db, touchedUnits, ct);
        // After the units' lock above (PostgreSQL): two writers of one unit recompute its year rows one after the other.
        await IndicatorYearSummaries.RefreshUnitsAsync(db, touchedUnits, ct);
    }

    /// <summary>Recomputes the summary rows of <paramref name="projectIds"/> and the 指标库 aggregates of their units.</summary>
    public static Task RefreshAsync(JixiaoDbContext db, IReadOnlyCollection<Guid> projectIds, CancellationToken ct) =>
        RefreshAsync(db, projectIds, [], ct);

    // A stored form that is no form (JSON the content readers refuse) has no summary: no report could show it either,
    // and the write that stored it must not fail for its summary.
    private static ProjectSummary? TryCompute(Guid id, IReadOnlyList<StoredVersion> versions, IReadOnlyList<StoredEvaluation> evaluations)
    {
        try
        {
            return SummaryCalculator.Compute(id, versions, evaluations, Stamp);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Recomputes every project's summaries, one batch per transaction, then the 指标库 aggregates from scratch (rows of
    /// units left without projects go too); returns the number of projects.
    /// </summary>
    public static async Task<int> RebuildAsync(JixiaoDbContext db, CancellationToken ct)
    {
        var projects = await RefreshInBatchesAsync(db, await db.Projects.AsNoTracking().Select(p => p.Id).ToListAsync(ct), ct);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await IndicatorUseSummaries.RebuildAsync(db, ct);
            await IndicatorYearSummaries.RebuildAsync(db, ct);
            await tx.CommitAsync(ct);
        });
        return projects;
    }

    /// <summary>
    /// Computes the summaries of projects that have none or whose stamp is not <see cref="Stamp"/> (the first start after
    /// the migration, or after the rules changed); returns how many. Idempotent and cheap when all are current.
    /// </summary>
    public static async Task<int> EnsureCurrentAsync(JixiaoDbContext db, CancellationToken ct)
    {
        var stale = await db.Projects.AsNoTracking()
            .Where(p => p.Versions.Any())
            .Where(p => !db.Set<ProjectFigures>().Any(f => f.ProjectId == p.Id && f.Stamp == Stamp))
            .Select(p => p.Id).ToListAsync(ct);
        await IndicatorDefinitionKeys.EnsureCurrentAsync(db, ct); // the 指标库's keys (ADR-056), on the same first start
        return await RefreshInBatchesAsync(db, stale, ct);
    }

    private static async Task<int> RefreshInBatchesAsync(JixiaoDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(Batch))
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await RefreshAsync(db, chunk, ct);
                await tx.CommitAsync(ct);
            });
        }
        return ids.Count;
    }
}
