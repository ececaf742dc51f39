using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Summaries;

/// <summary>
/// The oracle of the summary equality tests (ADR-051): the 指标库's search and history as they were computed before the
/// summaries, from every stored version's JSON per request (<see cref="IndicatorUsages"/>), kept here verbatim.
/// </summary>
public sealed class LibraryOracle(JixiaoDbContext db, CurrentUser me)
{
    private static IndicatorIdentity Key(IndicatorDefinition d) => IndicatorIdentity.Of(d.NormalizedName, d.Level1, d.Level2);

    internal static Dictionary<IndicatorIdentity, IndicatorDefinition> ByIdentity(IEnumerable<IndicatorDefinition> definitions) =>
        definitions.GroupBy(Key).ToDictionary(g => g.Key, same => same.OrderBy(d => d.FirstYear).ThenBy(d => d.Id).First());

    private static IndicatorIdentity Key(string name, string level1, string level2) => IndicatorLibrary.Key(name, level1, level2);

    /// <summary>
    /// Entries used in the user's scope whose name or category contains <paramref name="query"/> (whitespace and
    /// width ignored), most recently used first; an empty query lists them all. At most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorEntry>> SearchAsync(string? query, int limit, CancellationToken ct)
    {
        var usages = await IndicatorUsages.LoadAsync(db, me.Scope(db.Projects), currentOnly: true, ct);
        var byIdentity = usages.ToLookup(u => u.Identity);
        var q = IndicatorIdentity.NameKey(query);
        return (await DefinitionsAsync(ct)).Values
            .Where(d => byIdentity[Key(d)].Any())
            .Where(d => q.Length == 0 || d.NormalizedName.Contains(q, StringComparison.OrdinalIgnoreCase)
                || IndicatorIdentity.NameKey(d.Level1).Contains(q, StringComparison.Ordinal)
                || IndicatorIdentity.NameKey(d.Level2).Contains(q, StringComparison.Ordinal))
            .Select(d => ToEntry(d, byIdentity[Key(d)]))
            .OrderByDescending(e => e.LastTargetYear).ThenByDescending(e => e.Projects).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 1, 500))
            .ToList();
    }

    /// <summary>Every entry <see cref="SearchAsync"/> finds, without its cap (the paged list walks them all).</summary>
    public async Task<IReadOnlyList<IndicatorEntry>> AllAsync(string? query, CancellationToken ct)
    {
        var usages = await IndicatorUsages.LoadAsync(db, me.Scope(db.Projects), currentOnly: true, ct);
        var byIdentity = usages.ToLookup(u => u.Identity);
        var q = IndicatorIdentity.NameKey(query);
        return (await DefinitionsAsync(ct)).Values
            .Where(d => byIdentity[Key(d)].Any())
            .Where(d => q.Length == 0 || d.NormalizedName.Contains(q, StringComparison.OrdinalIgnoreCase)
                || IndicatorIdentity.NameKey(d.Level1).Contains(q, StringComparison.Ordinal)
                || IndicatorIdentity.NameKey(d.Level2).Contains(q, StringComparison.Ordinal))
            .Select(d => ToEntry(d, byIdentity[Key(d)]))
            .ToList();
    }

    /// <summary>The entry and its history within the user's scope; null when unknown or never used in scope (callers answer 404).</summary>
    public async Task<IndicatorHistory?> HistoryAsync(Guid id, CancellationToken ct)
    {
        var definition = await db.IndicatorDefinitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (definition is null) return null;
        var identity = Key(definition);
        // Usages come from scoped projects only, so the evaluations looked up below are in scope too.
        var usages = (await IndicatorUsages.LoadAsync(db, me.Scope(db.Projects), currentOnly: false, ct)).Where(u => u.Identity == identity).ToList();
        if (usages.Count == 0) return null;

        var actuals = await ActualsAsync(usages, ct);
        var rows = usages.GroupBy(u => u.ProjectId).Select(project =>
        {
            var current = project.Where(u => u.IsCurrent).DefaultIfEmpty(project.MaxBy(u => u.VersionNumber)!).First();
            var earlier = project.Where(u => !u.IsCurrent && u.Row.TargetText != current.Row.TargetText)
                .OrderBy(u => u.VersionNumber).Select(u => $"第{u.VersionNumber}版：{u.Row.TargetText}").Distinct().ToList();
            actuals.TryGetValue(project.Key, out var actual);
            return new IndicatorHistoryRow(current.Year, current.UnitName, current.ProjectId, current.ProjectName, current.VersionNumber,
                FormStateNames.Chinese(current.State), current.Row.TargetText, earlier, actual?.ActualText, actual?.ReadWeight(), actual?.ReadScore());
        })
        .OrderByDescending(r => r.Year).ThenBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.ProjectName, StringComparer.Ordinal)
        .ToList();
        return new IndicatorHistory(ToEntry(definition, usages.Where(u => u.IsCurrent)), rows);
    }

    // Actual of the indicator in each project's latest self-evaluation: the evaluation stores rows by the keys of the
    // version it evaluated, so the key is looked up among that version's usages.
    private async Task<Dictionary<Guid, EvaluationRow>> ActualsAsync(IReadOnlyList<IndicatorUsage> usages, CancellationToken ct)
    {
        var projectIds = usages.Select(u => u.ProjectId).Distinct().ToList();
        var evaluations = await db.SelfEvaluations.AsNoTracking()
            .Where(e => projectIds.Contains(e.ProjectId))
            .Select(e => new { e.ProjectId, e.DeclarationVersionId, e.UpdatedAt, e.Content })
            .ToListAsync(ct);
        var result = new Dictionary<Guid, EvaluationRow>();
        foreach (var e in evaluations.GroupBy(e => e.ProjectId).Select(g => g.MaxBy(e => e.UpdatedAt)!))
        {
            var rows = EvaluationContentJson.Read(e.Content).Rows;
            var match = usages.Where(u => u.VersionId == e.DeclarationVersionId)
                .Select(u => rows.GetValueOrDefault(u.Row.Key)).FirstOrDefault(r => r is not null);
            if (match is not null) result[e.ProjectId] = match;
        }
        return result;
    }

    private async Task<Dictionary<IndicatorIdentity, IndicatorDefinition>> DefinitionsAsync(CancellationToken ct) =>
        ByIdentity(await db.IndicatorDefinitions.AsNoTracking().ToListAsync(ct));

    private static IndicatorEntry ToEntry(IndicatorDefinition d, IEnumerable<IndicatorUsage> current)
    {
        var ordered = Latest(current).ToList();
        var last = ordered.FirstOrDefault();
        return new IndicatorEntry(d.Id, d.Name, d.Level1, d.Level2, d.UnitText, d.FirstYear, d.LastYear,
            last?.Row.TargetText, last?.Year, ordered.Select(u => u.ProjectId).Distinct().Count());
    }

    private static IOrderedEnumerable<IndicatorUsage> Latest(IEnumerable<IndicatorUsage> usages) =>
        usages.OrderByDescending(u => u.Year).ThenByDescending(u => u.IsCurrent).ThenByDescending(u => u.VersionNumber)
            .ThenBy(u => u.ProjectName, StringComparer.Ordinal);
}
