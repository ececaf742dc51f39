using System.Collections.Concurrent;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Services;

/// <summary>
/// The parsed model and live findings of stored declaration versions, per node. Both are pure functions of the
/// version's content and state, and every save or transition sets a new concurrency stamp, so an entry keyed by
/// (version, stamp, state) can never be stale; nodes need not share it. Measured on the 10,000-project district,
/// re-linting on every open, editor load, save and submit was most of a request's CPU. The key also holds the stamp of
/// the administrator's rule settings (<see cref="LintRuleSettings"/>), so a changed rule takes effect on the next check.
/// </summary>
public sealed class ProjectModelCache
{
    // About 20 units' worth of forms; past it the cache starts over (cheap, and a miss only costs one lint).
    private const int Capacity = 4096;
    private readonly ConcurrentDictionary<(Guid Id, Guid Stamp, FormState State, string Rules), (Project Model, IReadOnlyList<Finding> Findings)> entries = new();

    /// <summary>How many versions are held (the start-up warm-up is seen to have loaded one).</summary>
    public int Count => entries.Count;

    public (Project Model, IReadOnlyList<Finding> Findings) Get(DeclarationVersion version, string rulesStamp,
        Func<DeclarationVersion, (Project, IReadOnlyList<Finding>)> compute)
    {
        var key = (version.Id, version.ConcurrencyStamp, version.State, rulesStamp);
        if (entries.TryGetValue(key, out var hit)) return hit;
        var value = compute(version);
        if (entries.Count >= Capacity) entries.Clear();
        entries[key] = value;
        return value;
    }
}
