using System.Text;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.ReReview;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services.ReReview;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.ResultsApplied;

/// <summary>
/// The demo district's last-year results for 结果应用 (ADR-060), so `./run` shows every line of the panel filled: the
/// 2023 project <see cref="DemoClosingLoop"/> declared again for 2024 gets a confirmed 复核 with one row re-scored by
/// finance, an accepted 重点绩效评价 with its report, and one rectification item still open, raised from the evaluation's
/// finding. Finance then sees the grade that counts (the evaluation's), the open item and a budget cut on the 2024
/// declaration in 财政审核. Self-contained: it creates what it needs and leaves alone what another demo step made.
/// </summary>
public static class DemoResults
{
    public const string EvaluationReportName = "重点绩效评价报告.pdf";

    public static async Task AddAsync(JixiaoDbContext db, DateOnly today, CancellationToken ct)
    {
        var lastId = await db.Projects.Where(p => p.CopiedFromId != null && p.Versions.Any(v => v.Origin == VersionOrigin.CopiedFromPriorYear))
            .OrderBy(p => p.Name).Select(p => p.CopiedFromId).FirstOrDefaultAsync(ct);
        if (lastId is not { } id || await db.Projects.Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == id, ct) is not { } last) return;
        var now = DateTimeOffset.UtcNow;
        await ReReviewAsync(db, last, now, ct);
        if (await EvaluateAsync(db, last, today, now, ct) is { } evaluation)
            RaiseRectification(db, last, evaluation, today, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Finance has re-scored the self-evaluation's best-scored row 6 points lower (at most its score) and confirmed the 复核.</summary>
    private static async Task ReReviewAsync(JixiaoDbContext db, ProjectEntity last, DateTimeOffset now, CancellationToken ct)
    {
        var self = await db.SelfEvaluations.Where(e => e.ProjectId == last.Id && e.TotalScore != null)
            .OrderByDescending(e => e.UpdatedAt).FirstOrDefaultAsync(ct);
        if (self is null || await db.ReReviews.AnyAsync(r => r.SelfEvaluationId == self.Id, ct)) return;
        var version = await db.DeclarationVersions.SingleAsync(v => v.Id == self.DeclarationVersionId, ct);
        var loaded = new LoadedSelfEvaluation(self, last, version, ProjectService.ToDomain(version), EvaluationContentJson.Read(self.Content));
        var rows = loaded.Score().Rows.Where(r => r.Indicator.Key is not null && r.Weight is > 0m && r.Score is > 0m).ToList();
        if (rows.Count == 0) return;
        var row = rows.OrderByDescending(r => r.Score).ThenBy(r => r.Indicator.Name, StringComparer.Ordinal).First();
        var stored = new StoredReReviewRow(row.Indicator.Key!.Value, ReReviewStage.Finance, row.Score!.Value - Math.Min(6m, row.Score.Value),
            "佐证材料仅有部分月份的记录，按实际完成情况扣减。", "财政局审核人", now);
        var sheet = ReReviewSheet.Compose(
            [.. rows.Select(r => new ReReviewSheet.SelfRow(r.Indicator.Key!.Value, r.Indicator.Name, r.Weight, r.Score))],
            self.TotalScore!.Value, [stored.ToDomain()], ReReviewRules.DefaultThreshold);
        db.ReReviews.Add(new ReReviewEntity(FormState.Confirmed)
        {
            Id = Guid.NewGuid(),
            SelfEvaluationId = self.Id,
            ProjectId = last.Id,
            Content = JsonSerializer.Serialize(new List<StoredReReviewRow> { stored }, ContentJson.Options),
            FinalTotal = sheet.FinalTotal,
            FinalGrade = sheet.FinalGrade,
            UpdatedAt = now,
        });
    }

    /// <summary>The demo 第三方评价机构 has scored every dimension (a 中 in all), reported, and finance has accepted it.</summary>
    private static async Task<ExternalEvaluationEntity?> EvaluateAsync(JixiaoDbContext db, ProjectEntity last, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var agency = await db.Organizations.SingleOrDefaultAsync(o => o.Name == DemoOrganizations.EvaluationAgency, ct);
        if (agency is null || EvaluationFramework.Find(TemplateRegistry.Current, EvaluationFramework.DefaultId) is not { } framework) return null;
        // Share of each dimension's weight scored, in the framework's order (决策, 管理, 产出, 效益).
        decimal[] shares = [0.8m, 0.76m, 0.8m, 0.72m];
        var sheet = new EvaluationSheet([.. framework.Dimensions.Select((d, i) => new DimensionScore(d.Name,
                Jixiao.Domain.Numbers.Rounding.HalfAwayFromZero(d.Weight * shares[Math.Min(i, shares.Length - 1)], 1),
                i == framework.Dimensions.Count - 1 ? "服务对象满意度调查样本偏少，效益指标缺少可核实的佐证材料。" : null))],
            "项目基本实现年度目标，效益指标佐证不足，评价等级为“中”。").Normalised(framework);
        var evaluation = new ExternalEvaluationEntity(FormState.Approved)
        {
            Id = Guid.NewGuid(),
            ProjectId = last.Id,
            EvaluatorOrgId = agency.Id,
            FrameworkId = framework.Id,
            Deadline = today.AddDays(-30),
            Content = EvaluationSheetJson.Write(sheet),
            TotalScore = sheet.Total(framework),
            Grade = sheet.Grade(framework),
            AssignedBy = "财政局审核人",
            CreatedAt = now,
            UpdatedAt = now,
            AcceptedAt = now,
        };
        db.ExternalEvaluations.Add(evaluation);
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        db.FormAttachments.Add(new FormAttachment
        {
            Id = Guid.NewGuid(),
            Form = AttachedForm.ExternalEvaluation,
            FormId = evaluation.Id,
            ProjectId = last.Id,
            Name = EvaluationReportName,
            ContentType = "application/pdf",
            Size = bytes.Length,
            Bytes = bytes,
            UploadedBy = "评价机构评价人",
            UploadedAt = now,
        });
        return evaluation;
    }

    /// <summary>The evaluation's finding, raised as a 整改事项 the unit has not answered yet (due in a month: open, not overdue).</summary>
    private static void RaiseRectification(JixiaoDbContext db, ProjectEntity last, ExternalEvaluationEntity evaluation, DateOnly today, DateTimeOffset now) =>
        db.RectificationItems.Add(new RectificationItem
        {
            Id = Guid.NewGuid(),
            SourceKind = Domain.Rectification.RectificationSourceKind.Evaluation,
            SourceReference = evaluation.Id.ToString(),
            SourceText = "服务对象满意度调查样本偏少，效益指标缺少可核实的佐证材料。",
            OwnerUnitId = last.UnitId,
            ProjectId = last.Id,
            Requirement = "扩大满意度调查样本并补充效益指标的佐证材料。",
            DueDate = today.AddDays(30),
            RaisedBy = "财政局审核人",
            RaisedAt = now,
            UpdatedAt = now,
        });
}
