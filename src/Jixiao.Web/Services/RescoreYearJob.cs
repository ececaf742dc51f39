using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// Re-scores every self-evaluation of a year with the domain scorer (e.g. after the administrator changed the year's
/// rule profile) and stores total and grade for lists and analysis. Imported forms are scored in historical mode.
/// </summary>
public sealed class RescoreYearJob(JixiaoDbContext db)
{
    public const string Kind = "rescore-year";

    public sealed record Payload(int Year, string? Profile);

    public async Task<string> RunAsync(Payload payload, Func<int, Task> progress, CancellationToken ct)
    {
        // Re-scoring is idempotent: when a form changed under the run (a unit's save, another node's re-scoring of
        // the same year), the stale totals are refused by the concurrency stamp, and the run starts again from fresh rows.
        for (var attempt = 1; ; attempt++)
        {
            try { return await RunOnceAsync(payload, progress, ct); }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<string> RunOnceAsync(Payload payload, Func<int, Task> progress, CancellationToken ct)
    {
        var profile = payload.Profile is null ? RuleProfiles.ShDistrict : RuleProfiles.Get(payload.Profile);
        var evaluations = await db.SelfEvaluations.Include(e => e.Project)
            .Where(e => e.Project!.Year == payload.Year).ToListAsync(ct);
        var done = 0;
        foreach (var e in evaluations)
        {
            var version = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == e.DeclarationVersionId, ct);
            var project = EvaluationContentJson.Read(e.Content).Apply(ProjectService.ToDomain(version), t => TargetParser.ParseActual(t));
            var mode = e.State == FormState.Imported ? ScoringMode.Historical : ScoringMode.Live;
            var score = Scorer.Score(project, profile, mode);
            e.TotalScore = score.ComputedTotal;
            e.Grade = score.ComputedGrade;
            done++;
            if (done % 20 == 0) await progress(done * 100 / evaluations.Count);
        }
        await db.SaveChangesAsync(ct);
        return JsonSerializer.Serialize(new { year = payload.Year, profile = profile.Tag, rescored = evaluations.Count });
    }
}
