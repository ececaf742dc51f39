using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.ReReview;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.ReReview;

/// <summary>
/// The demo district's 复核 and 抽评 (ADR-063), so `./run` shows them to `kewei` and `finance`: a 2023 自评表 of 科创中心
/// re-reviewed by 区科委 (one row re-scored with a reason) and passed on to 财政局, and finance's 抽评 of 2023 with its
/// seed, which opened a 财政复核 of the drawn 自评表. The project continued into 2024 (结果应用's example, whose 复核 another
/// demo step records) is left to it.
/// </summary>
public static class DemoReReview
{
    /// <summary>The recorded seed of the demo draw (any fixed number: the draw is reproducible from it).</summary>
    public const long Seed = 20240315;
    public const decimal Percent = 25m;
    public const string Reason = "服务台账只覆盖部分月份，按可核实的完成量扣分。";

    public static async Task AddAsync(JixiaoDbContext db, CancellationToken ct)
    {
        var candidates = await (from e in db.SelfEvaluations
                                join p in db.Projects on e.ProjectId equals p.Id
                                where p.Year == 2023 && p.Unit!.Name == DemoOrganizations.InnovationCentre
                                      && (e.State == FormState.Confirmed || e.State == FormState.Imported)
                                      && !db.ReReviews.Any(r => r.SelfEvaluationId == e.Id) && !db.Projects.Any(n => n.CopiedFromId == p.Id)
                                select new { Evaluation = e, Project = p }).ToListAsync(ct);
        var ordered = candidates.OrderBy(c => c.Project.Name, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0) return;
        var now = DateTimeOffset.UtcNow;

        // 区科委's 复核 of the first: one full-marks row re-scored with a reason, then passed on to 财政局.
        var (evaluation, project) = (ordered[0].Evaluation, ordered[0].Project);
        var version = await db.DeclarationVersions.SingleAsync(v => v.Id == evaluation.DeclarationVersionId, ct);
        project.Unit ??= await db.Organizations.SingleAsync(o => o.Id == project.UnitId, ct);
        var loaded = new LoadedSelfEvaluation(evaluation, project, version, ProjectService.ToDomain(version), EvaluationContentJson.Read(evaluation.Content));
        var empty = ReReviewService.SheetOf(loaded, [], ReReviewRules.DefaultThreshold);
        if (empty.Rows.FirstOrDefault(r => r.Weight is >= 2m && r.SelfScore == r.Weight) is { } row)
        {
            var stored = new List<StoredReReviewRow> { new(row.IndicatorKey, ReReviewStage.Supervisor, row.Weight!.Value - 2m, Reason, "区科委审核人", now) };
            var sheet = ReReviewService.SheetOf(loaded, stored.Select(s => s.ToDomain()), ReReviewRules.DefaultThreshold);
            db.ReReviews.Add(new ReReviewEntity(FormState.FinanceReview)
            {
                Id = Guid.NewGuid(),
                SelfEvaluationId = evaluation.Id,
                ProjectId = project.Id,
                Content = JsonSerializer.Serialize(stored, ContentJson.Options),
                FinalTotal = sheet.FinalTotal,
                FinalGrade = sheet.FinalGrade,
                HasDifference = sheet.AnyFlagged,
                UpdatedAt = now,
            });
        }

        // 财政局's 抽评 of 2023 among the rest, as the service draws it (weighted by 项目资金总额, the seed recorded).
        var rest = ordered.Skip(1).ToList();
        if (rest.Count == 0)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        var result = SampleDraw.Draw(rest.Select(c => new SampleCandidate(c.Evaluation.Id, c.Project.FundsTotalYuan)).ToList(), Percent, Seed);
        var draw = new SampleDrawEntity
        {
            Id = Guid.NewGuid(),
            Year = 2023,
            Percent = Percent,
            Seed = Seed,
            CandidateCount = result.CandidateCount,
            Drawn = JsonSerializer.Serialize(result.Drawn),
            DrawnBy = "财政局审核人",
            DrawnAt = now,
        };
        db.SampleDraws.Add(draw);
        foreach (var drawn in rest.Where(c => result.Drawn.Contains(c.Evaluation.Id)))
        {
            var total = drawn.Evaluation.TotalScore ?? 0m;
            db.ReReviews.Add(new ReReviewEntity(FormState.FinanceReview)
            {
                Id = Guid.NewGuid(),
                SelfEvaluationId = drawn.Evaluation.Id,
                ProjectId = drawn.Project.Id,
                Content = "[]",
                SampleDrawId = draw.Id,
                FinalTotal = total,
                FinalGrade = Grades.Of(total),
                UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
