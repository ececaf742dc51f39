using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DocumentTestSupport;

namespace Jixiao.Web.Tests;

/// <summary>
/// 部门整体自评 documents (ADR-065): exported in the 部门整体绩效自评表 layout as xlsx, docx and pdf, each read back on that
/// template with the same rows; a department's self-evaluation table imported into the department as its 部门整体自评.
/// </summary>
public abstract class DepartmentSelfEvaluationDocumentTests<TApp>(TApp app) where TApp : AppFixture
{
    public static TheoryData<string> ReadableFormats => new() { "xlsx", "docx", "pdf" };

    [Theory]
    [MemberData(nameof(ReadableFormats))]
    public async Task Export_Format_ReadsBackOnTheDepartmentTemplateWithItsRows(string format)
    {
        var (id, declared) = await WithDbAsync(app, async db =>
        {
            var e = await db.SelfEvaluations.Where(x => x.Project!.Unit!.Name == DemoOrganizations.ScienceCommission && x.Project.Year == 2023).SingleAsync(Ct);
            var v = await db.DeclarationVersions.SingleAsync(x => x.Id == e.DeclarationVersionId, Ct);
            return (e.Id, ProjectService.ToDomain(v));
        });

        var response = await (await app.LoginAsync("kewei")).GetAsync($"/api/v1/self-evaluations/{id}/export?format={format}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var back = DocumentImporter.ImportBytes("部门整体自评表." + format, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(back.Success, back.Error);
        Assert.Equal(DocumentKind.SelfEvaluation, back.Document!.Kind);
        var project = Assert.Single(back.Document.Package.Projects);
        Assert.Equal(GenericTemplates.DepartmentSelfEvaluationId, project.TemplateId);
        // The layout prints 指标性质 apart (100% reads back as =100%): the same target either way.
        Assert.Equal(declared.Indicators.Select(i => (i.Name, i.Target.Kind, i.Target.Op, i.Target.Value, i.Target.Unit?.Text)),
            project.Indicators.Select(i => (i.Name, i.Target.Kind, i.Target.Op, i.Target.Value, i.Target.Unit?.Text)));
    }

    [Fact]
    public async Task Import_DepartmentsSelfEvaluationTable_BecomesItsDepartmentSelfEvaluation()
    {
        // Corpus 24 (重庆梁平区林业局, 部门整体绩效自评表), imported by 财政局's administrator into that department.
        const string department = "重庆市梁平区林业局";
        var departmentId = await WithDbAsync(app, async db =>
        {
            var finance = await db.Organizations.SingleAsync(o => o.Name == DemoOrganizations.Finance, Ct);
            var org = new Organization { Name = department, ShortName = "梁平区林业局", Kind = OrgKind.Department, ParentId = finance.Id };
            db.Organizations.Add(org);
            await db.SaveChangesAsync(Ct);
            org.Path = finance.Path + org.Id + "/";
            await db.SaveChangesAsync(Ct);
            return org.Id;
        });
        var admin = await app.LoginAsync("admin");
        var bytes = File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(SeedPath("x"))!, "..", "devcorpus", "24_chongqing-liangping_2023_dept-selfeval.txt"));

        var preview = await (await admin.PostAsync("/api/v1/imports", Upload(bytes, "24.txt"), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(department, preview.GetProperty("unitName").GetString());
        var commit = await admin.PostAsync($"/api/v1/imports/{preview.GetProperty("uploadId").GetGuid()}/commit", null, Ct);

        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var (template, profile, state) = await WithDbAsync(app, db => db.SelfEvaluations.Where(e => e.Project!.UnitId == departmentId)
            .Select(e => new ValueTuple<string, string, FormState>(e.Project!.TemplateId, e.ProfileId, e.State)).SingleAsync(Ct));
        Assert.Equal((GenericTemplates.DepartmentDeclarationId, GenericTemplates.DepartmentSelfEvaluationId, FormState.Imported),
            (template, SelfEvaluationService.ProfileOf(profile).Id, state));
        Assert.True(SelfEvaluationService.IsDepartmentEvaluation(profile));
    }
}

public sealed class SqliteDepartmentSelfEvaluationDocumentTests(SqliteApp app) : DepartmentSelfEvaluationDocumentTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDepartmentSelfEvaluationDocumentTests(PostgresApp app) : DepartmentSelfEvaluationDocumentTests<PostgresApp>(app), IClassFixture<PostgresApp>;
