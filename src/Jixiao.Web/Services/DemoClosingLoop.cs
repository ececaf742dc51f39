using System.Text;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// The demo district's examples of 事前绩效评估 and 结果应用 (ADR-060), so `./run` shows both: the largest 2024 draft
/// carries a complete assessment with its report attached, and a 2023 project with a self-evaluation is declared again
/// for 2024 (copied from it) and sits in 财政审核 with last year's results and the budget suggestion beside it.
/// </summary>
public sealed class DemoClosingLoop(JixiaoDbContext db, ProjectService projects)
{
    public const string ReportName = "事前绩效评估报告.pdf";

    public async Task LoadAsync(CancellationToken ct)
    {
        await AssessLargestDraftAsync(ct);
        await DeclareEvaluatedProjectAgainAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task AssessLargestDraftAsync(CancellationToken ct)
    {
        // Ordered here: SQLite cannot order by a decimal in SQL (a demo district's few projects).
        var project = (await db.Projects.Where(p => p.Year == 2024).ToListAsync(ct))
            .OrderByDescending(p => p.FundsTotalYuan).ThenBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault();
        if (project is null) return;
        var version = await db.DeclarationVersions.Where(v => v.ProjectId == project.Id && v.State == FormState.Draft).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (version is null) return;
        var model = ProjectService.ToDomain(version);
        var texts = new Dictionary<string, string?>
        {
            [ExAnteAssessmentForm.ScoreKey("necessity")] = "19",
            [ExAnteAssessmentForm.ReasonKey("necessity")] = "项目落实区“十四五”规划确定的重点任务，服务对象需求明确。",
            [ExAnteAssessmentForm.ScoreKey("economy")] = "16",
            [ExAnteAssessmentForm.ReasonKey("economy")] = "主要支出按市场询价和往年同类项目测算，部分设备单价偏高，建议压缩。",
            [ExAnteAssessmentForm.ScoreKey("goals")] = "17",
            [ExAnteAssessmentForm.ReasonKey("goals")] = "产出和效益指标基本完整，满意度指标的目标值依据充分。",
            [ExAnteAssessmentForm.ScoreKey("feasibility")] = "18",
            [ExAnteAssessmentForm.ReasonKey("feasibility")] = "实施计划分季度安排，责任分工清楚，采购方式合规。",
            [ExAnteAssessmentForm.ScoreKey("funding")] = "18",
            [ExAnteAssessmentForm.ReasonKey("funding")] = "资金全部来源于区级财政拨款，无违规举债。",
            [ExAnteAssessmentForm.ConclusionKey] = "部分支持",
            [ExAnteAssessmentForm.ReportKey] = ReportName,
            [ExAnteAssessmentForm.OpinionKey] = "建议按评估意见核减设备购置费后安排预算。",
        };
        version.Content = DeclarationContentJson.Write(DeclarationContent.FromProject(ExAnteAssessmentForm.Definition.WriteAll(model, texts)));
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        db.FormAttachments.Add(new FormAttachment
        {
            Id = Guid.NewGuid(),
            Form = AttachedForm.Declaration,
            FormId = version.Id,
            ProjectId = project.Id,
            Name = ReportName,
            ContentType = "application/pdf",
            Size = bytes.Length,
            Bytes = bytes,
            UploadedBy = "演示数据",
            UploadedAt = DateTimeOffset.UtcNow,
        });
    }

    private async Task DeclareEvaluatedProjectAgainAsync(CancellationToken ct)
    {
        var evaluated = (await db.SelfEvaluations.Where(e => e.TotalScore != null).Include(e => e.Project).ToListAsync(ct))
            .OrderBy(e => e.TotalScore).ThenBy(e => e.Project!.Name, StringComparer.Ordinal).Select(e => e.Project!).ToList();
        foreach (var last in evaluated)
        {
            var year = last.Year + 1;
            if (await db.Projects.FirstOrDefaultAsync(p => p.UnitId == last.UnitId && p.Year == year && p.Name == last.Name, ct) is { } existing)
            {
                existing.CopiedFromId ??= last.Id; // the seed's own next-year declaration of the project: it continues it
                continue;
            }
            var lastVersion = await db.DeclarationVersions.Where(v => v.ProjectId == last.Id).OrderByDescending(v => v.Number).FirstAsync(ct);
            var model = ProjectService.ToDomain(lastVersion) with { Year = year, Evaluation = null };
            var next = projects.Add(last.UnitId, model, FormState.FinanceReview, VersionOrigin.CopiedFromPriorYear);
            next.CopiedFromId = last.Id;
            var version = next.Versions.Single();
            version.SubmittedAt = DateTimeOffset.UtcNow;
            version.OpenedByReviewer = true;
            return; // one example in 财政审核 is enough
        }
    }
}
