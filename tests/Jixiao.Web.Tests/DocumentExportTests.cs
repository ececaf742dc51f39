using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Documents;
using Jixiao.Documents.Export;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DocumentTestSupport;

namespace Jixiao.Web.Tests;

/// <summary>Forms out in the official layout: content types, files the importer reads back, scope, bulk zip; on both stores.</summary>
public abstract class DocumentExportTests<TApp>(TApp app) where TApp : AppFixture
{
    public static TheoryData<string> ReadableFormats => new() { "xlsx", "docx", "pdf" };

    [Theory]
    [MemberData(nameof(ReadableFormats))]
    public async Task ExportDeclaration_Format_ServesAFileTheImporterReadsBackToTheProject(string format)
    {
        var kczx = await app.LoginAsync("kczx");
        var (id, expected) = await WithDbAsync(app, async db =>
        {
            var p = await db.Projects.Where(x => x.Unit!.Name == DemoOrganizations.InnovationCentre && x.Year == 2024).OrderBy(x => x.Name).FirstAsync(Ct);
            var v = await db.DeclarationVersions.Where(x => x.ProjectId == p.Id).OrderByDescending(x => x.Number).FirstAsync(Ct);
            return (p.Id, ProjectService.ToDomain(v));
        });

        var response = await kczx.GetAsync($"/api/v1/projects/{id}/export?format={format}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ExportFormats.TryParse(format, out var f);
        Assert.Equal(f.ContentType(), response.Content.Headers.ContentType!.ToString());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal($"2024-{expected.Name}-申报表.{format}", disposition.FileNameStar); // UTF-8 filename*
        var back = DocumentImporter.ImportBytes(disposition.FileNameStar!, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(back.Success, back.Error);
        var project = Assert.Single(back.Document!.Package.Projects);
        Assert.Equal(expected.Name, project.Name);
        Assert.Equal(expected.Funds, project.Funds);
        Assert.Equal(expected.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.OriginalText)),
            project.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.OriginalText)));
    }

    [Fact]
    public async Task ExportDeclaration_Html_IsAPrintablePageWithTheProject()
    {
        var kczx = await app.LoginAsync("kczx");
        var (id, name) = await WithDbAsync(app, db => db.Projects.Where(x => x.Unit!.Name == DemoOrganizations.InnovationCentre && x.Year == 2024)
            .OrderBy(x => x.Name).Select(x => new ValueTuple<Guid, string>(x.Id, x.Name)).FirstAsync(Ct));

        var response = await kczx.GetAsync($"/api/v1/projects/{id}/export?format=html", Ct);

        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("财政项目支出绩效目标申报表", html);
        Assert.Contains(name, html);
    }

    [Fact]
    public async Task ExportSelfEvaluation_Xlsx_CarriesTheScorersScoresAndReadsBack()
    {
        var kczx = await app.LoginAsync("kczx");
        var (id, name) = await WithDbAsync(app, db => db.SelfEvaluations.Where(e => e.Project!.Unit!.Name == DemoOrganizations.InnovationCentre).OrderBy(e => e.Project!.Name)
            .Select(e => new ValueTuple<Guid, string>(e.Id, e.Project!.Name)).FirstAsync(Ct));

        var response = await kczx.GetAsync($"/api/v1/self-evaluations/{id}/export?format=xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var back = DocumentImporter.ImportBytes("自评表.xlsx", await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(back.Success, back.Error);
        Assert.Equal(DocumentKind.SelfEvaluation, back.Document!.Kind);
        Assert.Equal(name, Assert.Single(back.Document.Package.Projects).Name);
    }

    [Fact]
    public async Task ExportUnitPackage_Docx_HoldsEveryProjectOfTheUnitYear()
    {
        var kczx = await app.LoginAsync("kczx");
        var (unitId, names) = await WithDbAsync(app, async db =>
        {
            var unit = await db.Organizations.SingleAsync(o => o.Name == DemoOrganizations.InnovationCentre, Ct);
            return (unit.Id, await db.Projects.Where(p => p.UnitId == unit.Id && p.Year == 2024).Select(p => p.Name).ToListAsync(Ct));
        });

        var response = await kczx.GetAsync($"/api/v1/units/{unitId}/package/2024/export?format=docx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var back = DocumentImporter.ImportBytes("package.docx", await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(back.Success, back.Error);
        Assert.Equal(names.Order(StringComparer.Ordinal), back.Document!.Package.Projects.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ExportDisclosure_Pdf_IsServed()
    {
        var kczx = await app.LoginAsync("kczx");
        var id = await WithDbAsync(app, db => db.Disclosures.Where(d => d.Unit!.Name == DemoOrganizations.InnovationCentre).Select(d => d.Id).FirstAsync(Ct));

        var response = await kczx.GetAsync($"/api/v1/disclosures/{id}/export?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync(Ct))[..4]));
    }

    [Fact]
    public async Task ExportMonitoring_Xlsx_HoldsTheProjectAndItsPeriod()
    {
        var kczx = await app.LoginAsync("kczx");
        var (id, name) = await ApprovedProjectAsync(app);

        var response = await kczx.GetAsync($"/api/v1/monitoring/{id}/7/export?format=xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"2024-{name}-运行监控表-1–7月.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var read = Jixiao.Documents.Reading.AnyDocumentReader.Read("m.xlsx", await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(read.Success, read.Error);
        Assert.Contains(read.Lines!, l => l.Text.Contains(name));
    }

    // Monitoring works on an approved version: approve one of 科创中心's 2024 drafts directly in the store.
    private static Task<(Guid Id, string Name)> ApprovedProjectAsync(AppFixture app) => WithDbAsync(app, async db =>
    {
        var p = await db.Projects.Where(x => x.Unit!.Name == DemoOrganizations.InnovationCentre && x.Year == 2024).OrderByDescending(x => x.Name).FirstAsync(Ct);
        var v = await db.DeclarationVersions.Where(x => x.ProjectId == p.Id).OrderByDescending(x => x.Number).FirstAsync(Ct);
        if (v.State != Jixiao.Domain.Workflow.FormState.Approved)
        {
            db.SetStoredState(v, Jixiao.Domain.Workflow.FormState.Approved);
            await db.SaveChangesAsync(Ct);
        }
        return (p.Id, p.Name);
    });

    public static TheoryData<string, string> OtherUnitsForms => new()
    {
        { "project", "projects" },
        { "self-evaluation", "self-evaluations" },
        { "disclosure", "disclosures" },
        { "monitoring", "monitoring" },
        { "unit package", "units" },
        { "unknown project", "nothing" },
    };

    [Theory]
    [MemberData(nameof(OtherUnitsForms))]
    public async Task Export_FormOutsideTheScope_Is404(string why, string kind)
    {
        var dsj = await app.LoginAsync("dsj");
        var url = await WithDbAsync(app, async db => kind switch
        {
            "projects" => $"/api/v1/projects/{await db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre).Select(p => p.Id).FirstAsync(Ct)}/export",
            "self-evaluations" => $"/api/v1/self-evaluations/{await db.SelfEvaluations.Select(e => e.Id).FirstAsync(Ct)}/export",
            "monitoring" => $"/api/v1/monitoring/{(await ApprovedProjectAsync(app)).Id}/7/export",
            "disclosures" => $"/api/v1/disclosures/{await db.Disclosures.Select(e => e.Id).FirstAsync(Ct)}/export",
            "units" => $"/api/v1/units/{await db.Organizations.Where(o => o.Name == DemoOrganizations.InnovationCentre).Select(o => o.Id).SingleAsync(Ct)}/package/2024/export",
            _ => $"/api/v1/projects/{Guid.NewGuid()}/export",
        });

        var response = await dsj.GetAsync(url + "?format=xlsx", Ct);

        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{why}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Export_UnknownFormat_Is400WithTheChoices()
    {
        var kczx = await app.LoginAsync("kczx");
        var id = await WithDbAsync(app, db => db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre).Select(p => p.Id).FirstAsync(Ct));

        var response = await kczx.GetAsync($"/api/v1/projects/{id}/export?format=odt", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("xlsx", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task BulkExport_Unit_ZipHasOneEntryPerFormAndOnlyTheOwnerDownloadsIt()
    {
        var kczx = await app.LoginAsync("kczx");
        var (unitId, forms) = await WithDbAsync(app, async db =>
        {
            var unit = await db.Organizations.SingleAsync(o => o.Name == DemoOrganizations.InnovationCentre, Ct);
            var count = await db.Projects.CountAsync(p => p.UnitId == unit.Id, Ct)
                + await db.SelfEvaluations.CountAsync(e => e.Project!.UnitId == unit.Id, Ct)
                + await db.Disclosures.CountAsync(d => d.UnitId == unit.Id, Ct);
            return (unit.Id, count);
        });

        var accepted = await kczx.PostAsJsonAsync("/api/v1/exports", new { orgId = unitId, format = "xlsx" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = await WaitForJobAsync(kczx, (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        var outcome = JsonDocument.Parse(job.GetProperty("result").GetString()!).RootElement;
        var fileId = outcome.GetProperty("fileId").GetGuid();
        var download = await kczx.GetAsync($"/api/v1/files/{fileId}", Ct);
        Assert.Equal("application/zip", download.Content.Headers.ContentType!.ToString());
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Equal(forms, zip.Entries.Count);
        Assert.Equal(forms, zip.Entries.Select(e => e.FullName).Distinct().Count());
        Assert.All(zip.Entries, e => Assert.StartsWith(DemoOrganizations.InnovationCentre + "/", e.FullName));
        Assert.All(zip.Entries, e => Assert.EndsWith(".xlsx", e.FullName));

        var dsj = await app.LoginAsync("dsj");
        Assert.Equal(HttpStatusCode.NotFound, (await dsj.GetAsync($"/api/v1/files/{fileId}", Ct)).StatusCode);
        var refused = await dsj.PostAsJsonAsync("/api/v1/exports", new { orgId = unitId, format = "xlsx" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}

public sealed class SqliteDocumentExportTests(SqliteApp app) : DocumentExportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDocumentExportTests(PostgresApp app) : DocumentExportTests<PostgresApp>(app), IClassFixture<PostgresApp>;
