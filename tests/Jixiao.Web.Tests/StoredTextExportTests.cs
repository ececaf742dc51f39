using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.DocumentTestSupport;
using static Jixiao.Web.Tests.TextHygieneSupport;

namespace Jixiao.Web.Tests;

/// <summary>
/// Text older versions stored with control characters (written here straight into the store) never breaks an export:
/// every form type in every format, the unit package and the department zip; on both stores. A class of its own, since
/// it soils the whole of 科创中心's data.
/// </summary>
public abstract class StoredTextExportTests<TApp>(TApp app) where TApp : AppFixture
{
    private static readonly string[] Formats = ["xlsx", "docx", "html", "pdf"];

    [Fact]
    public async Task Export_TextStoredWithControlCharactersByOlderVersions_EveryFormTypeInEveryFormatSucceeds()
    {
        var forms = await SoilTheStoreAsync();
        var kczx = await app.LoginAsync("kczx");

        foreach (var format in Formats)
        {
            foreach (var (url, expected) in forms)
            {
                var response = await kczx.GetAsync($"{url}?format={format}", Ct);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} {format}: {(int)response.StatusCode}");
                var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
                AssertNoEscapedDirt(bytes, format);
                var text = format == "html" ? Encoding.UTF8.GetString(bytes) : ReadText("form." + format, bytes);
                Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{url} {format}: “{expected}” not in the output");
                if (format == "html") AssertClean(text);
            }
        }

        // The zip in the formats drawn from the layout directly; PDF is that html printed (checked per form above) and a
        // department's worth of it outlasts the job poll on a loaded machine.
        foreach (var format in new[] { "xlsx", "docx", "html" }) await AssertDepartmentZipAsync(app, format);
    }

    /// <summary>
    /// Writes text with <see cref="Dirt"/> into every Chinese string of 科创中心's stored forms, its project names and its
    /// unit name, bypassing the application as older versions did (locked rows are unlocked through their state, which the
    /// triggers allow, and locked again). Returns each export URL with a text its output must hold.
    /// </summary>
    private async Task<List<(string Url, string Expected)>> SoilTheStoreAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var unit = await db.Organizations.SingleAsync(o => o.Name == DemoOrganizations.InnovationCentre, Ct);
        var projects = await db.Projects.Where(p => p.UnitId == unit.Id).OrderBy(p => p.Name).ToListAsync(Ct);
        var monitored = projects.First(p => p.Year == 2024);
        var versions = await db.DeclarationVersions.Where(v => projects.Select(p => p.Id).Contains(v.ProjectId)).ToListAsync(Ct);
        var evaluation = await db.SelfEvaluations.Where(e => e.Project!.UnitId == unit.Id).OrderBy(e => e.Id).FirstAsync(Ct);
        var disclosure = await db.Disclosures.Where(d => d.UnitId == unit.Id).OrderBy(d => d.Id).FirstAsync(Ct);
        var forms = new List<(string, string)>
        {
            ($"/api/v1/projects/{monitored.Id}/export", monitored.Name),
            ($"/api/v1/self-evaluations/{evaluation.Id}/export", projects.Single(p => p.Id == evaluation.ProjectId).Name),
            ($"/api/v1/monitoring/{monitored.Id}/7/export", monitored.Name),
            ($"/api/v1/disclosures/{disclosure.Id}/export", unit.Name),
            ($"/api/v1/units/{unit.Id}/package/2024/export", monitored.Name),
        };

        // Monitoring works on an approved version.
        var latest = versions.Where(v => v.ProjectId == monitored.Id).MaxBy(v => v.Number)!;
        db.SetStoredState(latest, FormState.Approved);
        await db.SaveChangesAsync(Ct);

        var states = versions.Select(v => (object)v).Append(evaluation).Append(disclosure).ToDictionary(e => e, State);
        foreach (var row in states.Keys) db.SetStoredState(row, FormState.Draft);
        await db.SaveChangesAsync(Ct);
        foreach (var v in versions) v.Content = SoilJson(v.Content);
        evaluation.Content = SoilJson(evaluation.Content);
        disclosure.Content = SoilJson(disclosure.Content);
        foreach (var p in projects) p.Name = p.Name[..1] + ColumnDirt + p.Name[1..];
        unit.Name = unit.Name[..1] + ColumnDirt + unit.Name[1..];
        await db.SaveChangesAsync(Ct);
        foreach (var (row, state) in states) db.SetStoredState(row, state);
        await db.SaveChangesAsync(Ct);
        return forms;

        static FormState State(object row) => row switch
        {
            Data.Entities.DeclarationVersion v => v.State,
            Data.Entities.SelfEvaluationEntity e => e.State,
            _ => ((Data.Entities.DisclosureEntity)row).State,
        };
    }
}

public sealed class SqliteStoredTextExportTests(SqliteApp app) : StoredTextExportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresStoredTextExportTests(PostgresApp app) : StoredTextExportTests<PostgresApp>(app), IClassFixture<PostgresApp>;
