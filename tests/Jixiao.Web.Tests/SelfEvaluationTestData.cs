using System.Globalization;
using Jixiao.Data;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Test data for the self-evaluation and monitoring tests. The declaration workflow screens are not part of these
/// tests, so a demo project is approved by setting its current version's state directly in the database.
/// </summary>
public static class SelfEvaluationTestData
{
    /// <summary>
    /// Approves the first not yet approved 2024 draft of the demo unit that fits, and returns its id and declared model.
    /// </summary>
    public static async Task<(Guid ProjectId, Project Declared)> ApproveDemoProjectAsync(AppFixture app, string unitName,
        Func<Project, bool> fits, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var candidates = await db.Projects.Include(p => p.Versions)
            .Where(p => p.Unit!.Name == unitName && p.Year == 2024).OrderBy(p => p.Name).ToListAsync(ct);
        foreach (var project in candidates)
        {
            var current = project.Versions.OrderByDescending(v => v.Number).First();
            if (current.State != FormState.Draft) continue;
            var declared = ProjectService.ToDomain(current);
            if (!fits(declared)) continue;
            db.SetStoredState(current, FormState.Approved);
            current.ApprovedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync(ct);
            return (project.Id, declared);
        }
        throw new InvalidOperationException($"{unitName} 没有可用于测试的 2024 年草稿项目。");
    }

    /// <summary>A project with rows in every weight pool of the default profile, so that valid weights exist.</summary>
    public static bool HasEveryPool(Project p) =>
        RuleProfile.DefaultPools.All(pool => p.Indicators.Any(i => PoolOf(i) == pool)) && p.Indicators.All(i => PoolOf(i) is not null);

    public static WeightPool? PoolOf(Indicator i) =>
        RuleProfile.DefaultPools.FirstOrDefault(pool => pool.Level1Labels.Any(l => IndicatorTemplate.LabelKey(l) == IndicatorTemplate.LabelKey(i.Level1)));

    /// <summary>Weights that fill every pool exactly (Σ with the execution weight 10 = 100): equal shares, the remainder on the last row.</summary>
    public static Dictionary<Guid, decimal> PoolWeights(Project p)
    {
        var weights = new Dictionary<Guid, decimal>();
        foreach (var group in p.Indicators.GroupBy(PoolOf))
        {
            var rows = group.ToList();
            var share = Math.Floor(group.Key!.Weight / rows.Count * 100m) / 100m;
            for (var n = 0; n < rows.Count; n++)
                weights[rows[n].Key!.Value] = n < rows.Count - 1 ? share : group.Key.Weight - share * (rows.Count - 1);
        }
        return weights;
    }

    /// <summary>
    /// Actual text for a row, written as a plain value: half of a ≥/&gt; target (so the row scores below its weight), the
    /// target value itself for ≤/&lt;/= targets and counts, else the target's own text (qualitative rows repeat it).
    /// </summary>
    public static string ActualFor(Indicator i)
    {
        var target = i.Target;
        var unit = target.Unit?.Text ?? "";
        if (target is { Kind: TargetKind.Quantitative, Value: { } t })
            return (target.Op is Comparator.Ge or Comparator.Gt && t > 0m ? t / 2m : t).ToString("0.##", CultureInfo.InvariantCulture) + unit;
        if (target is { Kind: TargetKind.Frequency, Frequency.Count: { } count })
            return count.ToString("0.##", CultureInfo.InvariantCulture) + "次";
        return string.IsNullOrWhiteSpace(target.OriginalText) ? "已完成" : target.OriginalText;
    }

    /// <summary>The domain's own score of the same entries: what the live endpoint must agree with.</summary>
    public static ProjectScore DomainScore(Project declared, FundRow total, IReadOnlyDictionary<Guid, (string Actual, decimal Weight, Tier? Tier, decimal? Score, string? Reason)> rows)
    {
        var evaluated = declared with
        {
            Form = FormKind.SelfEvaluation,
            Evaluation = new SelfEvaluation { Total = total, ExecutionWeight = 10m },
            Indicators = declared.Indicators.Select(i => rows[i.Key!.Value] is var r
                ? i with { Actual = TargetParser.ParseActual(r.Actual), Weight = r.Weight, Tier = r.Tier, Score = r.Score, DeviationReason = r.Reason }
                : i).ToList(),
        };
        return Scorer.Score(evaluated, RuleProfiles.ShDistrict, ScoringMode.Live);
    }
}
