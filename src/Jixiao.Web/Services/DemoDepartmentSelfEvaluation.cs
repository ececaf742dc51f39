using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// The demo's 部门整体自评 (ADR-065): 区科委's approved 2023 部门整体支出绩效目标表, listing its units' 2023 projects (the
/// self-evaluated seed projects), and its self-evaluation on the 部门整体绩效自评表, filled in by the department and
/// submitted to 财政局, so `./run` shows the projects' self-scores rolled up beside the department's own.
/// </summary>
public sealed class DemoDepartmentSelfEvaluation(JixiaoDbContext db, ProjectService projects, TimeProvider clock)
{
    public const int Year = 2023;

    // What the department reports for each indicator row of its target form (DemoDepartmentForm), with its 指标权重:
    // with the 执行率权重 10 they make 100.
    private static readonly IReadOnlyDictionary<string, (string Actual, decimal Weight)> Reported = new Dictionary<string, (string, decimal)>
    {
        ["所属项目按期完成率"] = ("96%", 25m),
        ["项目绩效目标审核通过率"] = ("100%", 20m),
        ["服务科技企业数量"] = ("236家", 25m),
        ["服务对象满意度"] = ("93%", 20m),
    };

    public async Task AddAsync(CancellationToken ct)
    {
        var department = await db.Organizations.FirstOrDefaultAsync(o => o.Name == DemoOrganizations.ScienceCommission && o.Kind == OrgKind.Department, ct);
        if (department is null) return;
        var projectsBelow = await db.Projects.Where(p => p.Year == Year && p.UnitId != department.Id && p.Unit!.Path.StartsWith(department.Path))
            .OrderBy(p => p.Name).Select(p => new
            {
                p.Name,
                p.FundsTotalYuan,
                Evaluation = db.SelfEvaluations.Where(s => s.ProjectId == p.Id).OrderByDescending(s => s.UpdatedAt).Select(s => s.Content).FirstOrDefault(),
            }).ToListAsync(ct);
        if (projectsBelow.Count == 0) return;
        // Each project with the amount the roll-up reads for it, so the 年度履职目标 balances.
        var below = projectsBelow.Select(p => (p.Name, FundsTotalYuan: DepartmentRollUps.AmountOf(p.FundsTotalYuan, p.Evaluation))).ToList();
        var template = TemplateRegistry.Current.FindData(GenericTemplates.DepartmentSelfEvaluationId)
            ?? throw new InvalidOperationException("the department self-evaluation template is not loaded");

        // Last year's target, approved (the department's declaration of it is history here).
        var form = projects.Add(department.Id, DemoDepartmentForm.Build(department.Name, Year, DemoDepartmentForm.Science, below),
            FormState.Approved, VersionOrigin.Imported);
        var version = form.Versions.Single();
        var now = clock.GetUtcNow();
        version.ApprovedAt = now;

        var declared = ProjectService.ToDomain(version);
        var started = EvaluationContent.Start(declared, template.Profile);
        var entry = SelfEvaluationForm.From(started, Guid.Empty);
        // The department's whole budget: its projects and its 基本支出 (a demo figure), 96.2% spent; whole 百元, as the
        // form prints 万元 to two places.
        var budget = Math.Ceiling((below.Sum(p => p.FundsTotalYuan) + 3_860_000m) / 10_000m) * 10_000m;
        foreach (var key in entry.Funds.Keys.ToList()) entry.Funds[key] = new FundInput();
        entry.Funds[SelfEvaluationForms.Funds.TotalRow.Key] = new FundInput
        {
            InitialBudget = budget,
            AdjustedBudget = budget,
            Expenditure = Domain.Numbers.Rounding.HalfAwayFromZero(budget * 0.962m / 100m, 0) * 100m,
        };
        entry.ExecutionWeight = 10m;
        entry.ActualOutcome = $"{Year}年所属单位各项目按计划实施，科技项目受理、评审和验收工作按期完成，服务科技企业 236 家，服务对象满意度 93%。";
        entry.Rows = [.. declared.Indicators.Where(i => i.Key is not null && Reported.ContainsKey(i.Name))
            .Select(i => new SelfEvaluationRowInput { Key = i.Key!.Value, ActualText = Reported[i.Name].Actual, Weight = Reported[i.Name].Weight })];

        var content = entry.ApplyTo(started, [.. declared.Indicators.Select(i => i.Key ?? Guid.Empty)], template.Form);
        var score = Scorer.Score(SelfEvaluationService.Evaluated(declared, content), template.Profile, ScoringMode.Live);
        db.SelfEvaluations.Add(new SelfEvaluationEntity(FormState.Submitted)
        {
            Id = Guid.NewGuid(),
            ProjectId = form.Id,
            DeclarationVersionId = version.Id,
            ProfileId = template.Profile.Id,
            Content = EvaluationContentJson.Write(content),
            ScoreSnapshot = ScoreSnapshotJson.Write(ScoreSnapshot.Of(score)),
            TotalScore = score.ComputedTotal,
            Grade = score.ComputedGrade,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(ct);
    }
}
