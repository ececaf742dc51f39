using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Evaluations;

/// <summary>
/// The demo district's 重点绩效评价 (ADR-059): finance has assigned a 大数据中心 project with its history on record to
/// the demo 第三方评价机构, which has scored two dimensions so far; `./run` shows it to finance and to `pjjg`.
/// </summary>
public static class DemoEvaluation
{
    public static async Task AddAsync(JixiaoDbContext db, DateOnly today, CancellationToken ct)
    {
        var agency = await db.Organizations.SingleOrDefaultAsync(o => o.Name == DemoOrganizations.EvaluationAgency, ct);
        // Preferably a project with a self-evaluation on record, else one with an imported history, else any.
        var project = await db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.BigDataCentre)
            .OrderBy(p => db.SelfEvaluations.Any(s => s.ProjectId == p.Id) ? 0 : p.Versions.Any(v => v.State == FormState.Imported) ? 1 : 2)
            .ThenBy(p => p.Name).FirstOrDefaultAsync(ct);
        if (agency is null || project is null || EvaluationFramework.Find(TemplateRegistry.Current, EvaluationFramework.DefaultId) is not { } framework) return;
        var sheet = new EvaluationSheet(
        [
            new DimensionScore(framework.Dimensions[0].Name, framework.Dimensions[0].Weight - 1m, "绩效目标细化量化不足，部分指标未设置目标值。"),
            new DimensionScore(framework.Dimensions[1].Name, framework.Dimensions[1].Weight - 3m, null),
        ], null);
        var now = DateTimeOffset.UtcNow;
        db.ExternalEvaluations.Add(new ExternalEvaluationEntity(FormState.Draft)
        {
            Id = Guid.NewGuid(),
            ProjectId = project.Id,
            EvaluatorOrgId = agency.Id,
            FrameworkId = framework.Id,
            Deadline = today.AddDays(30),
            Content = EvaluationSheetJson.Write(sheet.Normalised(framework)),
            AssignedBy = "财政局审核人",
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(ct);
    }
}
