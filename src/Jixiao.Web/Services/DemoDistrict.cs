using System.Reflection;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// Loads the seed documents into the demo district through the importer, exactly as a user's upload would go:
/// the 2024 declarations of both units as drafts to work on, the 2021 filing forms and the 2023 self-evaluations as
/// historical records. Documents are matched to units by the unit name they print, never by file name.
/// </summary>
public sealed class DemoDistrict(JixiaoDbContext db, ProjectService projects, AuditLog audit, ILogger<DemoDistrict> log)
{
    public async Task LoadAsync(CancellationToken ct)
    {
        var units = await db.Organizations.Where(o => o.Kind == OrgKind.Unit).ToListAsync(ct);
        foreach (var (name, bytes) in SeedDocuments())
        {
            var outcome = DocumentImporter.ImportBytes(name, bytes);
            if (outcome.Document is not { } doc) { log.LogWarning("Demo document {Name} not imported: {Error}", name, outcome.Error); continue; }
            var unit = MatchUnit(units, doc);
            if (unit is null) { log.LogInformation("Demo document {Name} ({Unit}) belongs to no demo unit; skipped", name, doc.UnitName); continue; }

            foreach (var project in doc.Package.Projects)
            {
                var current = doc.Year >= 2024 && doc.Kind == DocumentKind.Declaration;
                var declared = project with { Evaluation = null, Indicators = project.Indicators.Select(i => i with { Actual = null, Weight = null, Score = null, DeviationReason = null }).ToList() };
                var entity = projects.Add(unit.Id, declared, current ? FormState.Draft : FormState.Imported, VersionOrigin.Imported);
                if (project.Evaluation is not null)
                {
                    var version = entity.Versions.Single();
                    db.SelfEvaluations.Add(new SelfEvaluationEntity(FormState.Imported)
                    {
                        Id = Guid.NewGuid(),
                        ProjectId = entity.Id,
                        DeclarationVersionId = version.Id,
                        ProfileId = Domain.Scoring.RuleProfiles.ShDistrict.Id,
                        Content = EvaluationContentJson.Write(EvaluationContent.FromDomain(project, ProjectService.IndicatorKeys(version))),
                        TotalScore = project.Evaluation.PrintedTotal,
                        Grade = project.Evaluation.PrintedTotal is { } total ? Domain.Scoring.Grades.Of(total) : null,
                        UpdatedAt = entity.CreatedAt,
                    });
                }
            }
            if (doc.Disclosure is not null)
                db.Disclosures.Add(new DisclosureEntity(FormState.Published) // the demo's history: packages already published
                {
                    Id = Guid.NewGuid(),
                    UnitId = unit.Id,
                    Year = doc.Disclosure.Year,
                    Version = 1,
                    Content = DisclosureJson.Serialize(doc.Disclosure),
                    PublishedAt = DateTimeOffset.UtcNow,
                    UpdatedAt = DateTimeOffset.UtcNow,
                });
            await db.SaveChangesAsync(ct);
            log.LogInformation("Demo document {Name}: {Count} projects for {Unit}", name, doc.Package.Projects.Count, unit.Name);
        }
    }

    /// <summary>
    /// The department-level 部门整体 targets for 2024, each listing its units' projects of the year (ADR-057); seeded
    /// after every other demo project, so their duties name them all. 区科委's went through 财政局 and is approved, 区政府办公室's
    /// is submitted and awaits finance (ADR-064), so kewei, zfb and finance each see a state.
    /// </summary>
    public async Task AddDepartmentFormsAsync(CancellationToken ct)
    {
        await AddDepartmentFormAsync(DemoOrganizations.ScienceCommission, 2024, DemoDepartmentForm.Science, FormState.Approved, ct);
        await AddDepartmentFormAsync(DemoOrganizations.GovernmentOffice, 2024, DemoDepartmentForm.Office, FormState.Submitted, ct);
    }

    private async Task AddDepartmentFormAsync(string department, int year, DemoDepartmentForm.Duty duty, FormState state, CancellationToken ct)
    {
        if (await db.Organizations.FirstOrDefaultAsync(o => o.Name == department && o.Kind == OrgKind.Department, ct) is not { } org) return;
        var below = await db.Projects.Where(p => p.Year == year && p.Unit!.ParentId == org.Id)
            .OrderBy(p => p.Name).Select(p => new { p.Name, p.FundsTotalYuan }).ToListAsync(ct);
        if (below.Count == 0) return;
        var entity = projects.Add(org.Id, DemoDepartmentForm.Build(department, year, duty, [.. below.Select(p => (p.Name, p.FundsTotalYuan))]), state, VersionOrigin.New);
        // The demo's history of the moves, as the project page shows them: submitted by the department, approved by 财政局.
        var version = entity.Versions.Single();
        version.SubmittedAt = entity.CreatedAt;
        audit.Record(nameof(WorkflowAction.Submit), "Project", entity.Id.ToString(), 1, [new FieldChange("State", nameof(FormState.Draft), nameof(FormState.Submitted))]);
        if (state == FormState.Approved)
        {
            version.OpenedByReviewer = true;
            version.ApprovedAt = entity.CreatedAt;
            audit.Record(nameof(WorkflowAction.Approve), "Project", entity.Id.ToString(), 1, [new FieldChange("State", nameof(FormState.FinanceReview), nameof(FormState.Approved))]);
        }
        await db.SaveChangesAsync(ct);
    }

    // A combined unit name (`科技创新服务中心（大数据中心）`) belongs to the unit it starts with.
    private static Organization? MatchUnit(IReadOnlyList<Organization> units, ImportedDocument doc)
    {
        var printed = doc.UnitName ?? ProjectFields.PrintedUnit(doc.Package.Projects) ?? "";
        return units.FirstOrDefault(u => printed == u.Name) ?? units.FirstOrDefault(u => printed.StartsWith(u.Name, StringComparison.Ordinal));
    }

    private static IEnumerable<(string Name, byte[] Bytes)> SeedDocuments()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("DemoData/", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return (resource["DemoData/".Length..], buffer.ToArray());
        }
    }
}
