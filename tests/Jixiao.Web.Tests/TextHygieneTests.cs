using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Documents;
using Jixiao.Documents.Reading;
using Jixiao.Domain.Text;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DocumentTestSupport;
using static Jixiao.Web.Tests.TextHygieneSupport;

namespace Jixiao.Web.Tests;

/// <summary>
/// Control characters and noncharacters never get in (API, editor) and never break what reads stored text (every
/// export, the bulk zip, the audit trail), on both stores.
/// </summary>
public abstract class TextHygieneTests<TApp>(TApp app) where TApp : AppFixture
{
    [Fact]
    public async Task SaveProject_ControlCharactersInFields_SavedCleanAndDocxUnitPackageAndDepartmentZipSucceed()
    {
        var kczx = await app.LoginAsync("kczx");
        var id = await WithDbAsync(app, db => db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre && p.Year == 2024)
            .OrderBy(p => p.Name).Select(p => p.Id).FirstAsync(Ct));
        var detail = (await kczx.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;
        var content = detail["content"]!.AsObject();
        var name = content["fields"]!["name"]!.GetValue<string>();
        var indicator = content["indicators"]![0]!.AsObject();
        var indicatorName = indicator["name"]!.GetValue<string>();
        content["fields"]!["name"] = Soil(name);
        content["fields"]!["overallGoal"] = Soil("保障全区政务系统稳定运行");
        indicator["name"] = Soil(indicatorName);

        var saved = await kczx.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject
        {
            ["content"] = content.DeepClone(),
            ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone(),
        }, Ct);

        Assert.True(saved.IsSuccessStatusCode, $"{(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync(Ct)}");
        var stored = await WithDbAsync(app, async db => new
        {
            Name = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync(Ct),
            Content = await db.DeclarationVersions.Where(v => v.ProjectId == id).OrderByDescending(v => v.Number).Select(v => v.Content).FirstAsync(Ct),
            Audit = await RawAuditTextAsync(db, id.ToString()),
        });
        Assert.Equal(name, stored.Name);
        AssertClean(stored.Content);
        Assert.Contains("保障全区政务系统稳定运行", stored.Content);
        Assert.Contains(indicatorName, stored.Content);
        Assert.NotEmpty(stored.Audit);
        Assert.All(stored.Audit, AssertClean);

        var docx = await kczx.GetAsync($"/api/v1/projects/{id}/export?format=docx", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var back = DocumentImporter.ImportBytes("申报表.docx", await docx.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(back.Success, back.Error);
        Assert.Equal(name, Assert.Single(back.Document!.Package.Projects).Name);

        var unitId = await WithDbAsync(app, db => db.Organizations.Where(o => o.Name == DemoOrganizations.InnovationCentre).Select(o => o.Id).SingleAsync(Ct));
        var package = await kczx.GetAsync($"/api/v1/units/{unitId}/package/2024/export?format=docx", Ct);
        Assert.Equal(HttpStatusCode.OK, package.StatusCode);
        Assert.Contains(name, ReadText("package.docx", await package.Content.ReadAsByteArrayAsync(Ct)));

        await AssertDepartmentZipAsync(app, "docx");
    }

    [Fact]
    public async Task SaveProject_NameLongerThanTheLimit_Is400NamingTheFieldAndChangesNothing()
    {
        var kczx = await app.LoginAsync("kczx");
        var id = await WithDbAsync(app, db => db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre && p.Year == 2024 && p.Versions.All(v => v.State == FormState.Draft))
            .OrderByDescending(p => p.Name).Select(p => p.Id).FirstAsync(Ct));
        var before = await SnapshotAsync(app);
        var detail = (await kczx.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;
        var content = detail["content"]!.AsObject();
        content["fields"]!["name"] = new string('项', TextLimits.Name + 1);
        content["indicators"]![0]!["name"] = new string('指', TextLimits.Name + 1);

        var response = await kczx.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject
        {
            ["content"] = content.DeepClone(),
            ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone(),
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("“项目名称”最多 200 个字符", problem.GetProperty("detail").GetString());
        Assert.Contains("第 1 行指标：“三级指标”最多 200 个字符", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.Equal(before, await SnapshotAsync(app));
    }

    [Fact]
    public async Task Import_DocumentWithControlCharacters_StoresCleanTextAndExports()
    {
        var (client, unitId, unitName) = await NewUnitAsync(app);
        // Dirt on every 项目名称 line, without NUL in the first 8 KB (there a NUL marks a binary file, refused as such).
        var text = new StringBuilder();
        foreach (var line in Encoding.UTF8.GetString(DeclarationsOf(unitName)).Split('\n'))
            text.Append(line.StartsWith("项目名称", StringComparison.Ordinal) ? line[..1] + (text.Length > 8192 ? Dirt : ColumnDirt) + line[1..] : line).Append('\n');

        var preview = await client.PostAsync("/api/v1/imports", Upload(Encoding.UTF8.GetBytes(text.ToString()), "申报" + ColumnDirt + "表.txt"), Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var uploadId = (await preview.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("uploadId").GetGuid();
        var commit = await client.PostAsync($"/api/v1/imports/{uploadId}/commit", null, Ct);

        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var stored = await WithDbAsync(app, db => db.Projects.Where(p => p.UnitId == unitId)
            .Select(p => new { p.Id, p.Name, Contents = p.Versions.Select(v => v.Content).ToList() }).ToListAsync(Ct));
        Assert.Equal(4, stored.Count);
        Assert.All(stored, p => AssertClean(p.Name));
        Assert.All(stored.SelectMany(p => p.Contents), AssertClean);
        var docx = await client.GetAsync($"/api/v1/projects/{stored[0].Id}/export?format=docx", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Contains(stored[0].Name, ReadText("申报表.docx", await docx.Content.ReadAsByteArrayAsync(Ct)));
    }

    [Fact]
    public async Task NewProjectPage_NameWithControlCharactersOrTooLong_IsCleanedOrRefusedByTheFormBinding()
    {
        var (client, unitId, _) = await NewUnitAsync(app);
        async Task<HttpResponseMessage> PostAsync(string name)
        {
            var form = await client.GetStringAsync("/Projects/New", Ct);
            var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            return await client.PostAsync("/Projects/New", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Name"] = name,
                ["Year"] = "2025",
                ["__RequestVerificationToken"] = token,
            }), Ct);
        }

        // NUL included: FormNulCleaning removes it before the framework's form reader (which throws on one) sees it.
        var created = await PostAsync("智" + ColumnDirt + "慧园区运维项目");
        var refused = await PostAsync(new string('项', TextLimits.Name + 1));

        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"{(int)created.StatusCode} {await created.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(["智慧园区运维项目"], await WithDbAsync(app, db => db.Projects.Where(p => p.UnitId == unitId).Select(p => p.Name).ToListAsync(Ct)));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("“项目名称”最多 200 个字符", await refused.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>
    /// A NUL in a posted Razor form, as a browser sends it (antiforgery token in the form, no API header) and as a
    /// script does (header): removed like the API's JSON converter removes it, the rest saved. Before, the browser got
    /// a bare 400 problem JSON and the script a page saying the typed name was missing.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NewProjectPage_PostedNul_IsRemovedLikeTheApi_AndTheRestSaved(bool tokenInHeader)
    {
        var (client, unitId, _) = await NewUnitAsync(app);
        if (!tokenInHeader) client.DefaultRequestHeaders.Remove(AppFixture.AntiforgeryHeader);
        var form = await client.GetStringAsync("/Projects/New", Ct);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        // A typed "%00" is sent as %2500 and stays text.
        var response = await client.PostAsync("/Projects/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "智\u0000慧园区运维项目（达标率%00）\u0000",
            ["Year"] = "2025",
            ["__RequestVerificationToken"] = token,
        }), Ct);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(["智慧园区运维项目（达标率%00）"], await WithDbAsync(app, db => db.Projects.Where(p => p.UnitId == unitId).Select(p => p.Name).ToListAsync(Ct)));
    }

    [Fact]
    public async Task Audit_RowsStoredWithControlCharacters_PageCsvAndApiShowThemClean()
    {
        var kczx = await app.LoginAsync("kczx");
        var id = await WithDbAsync(app, db => db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre && p.Year == 2024)
            .OrderBy(p => p.Name).Select(p => p.Id).Skip(1).FirstAsync(Ct));
        var diff = JsonSerializer.Serialize(new[] { new { field = "项目名称", old = "旧" + Dirt + "名称", @new = "新" + Dirt + "名称" } });
        await WithDbAsync(app, async db =>
        {
            // Straight into the append-only table, as an older version wrote it (an insert; the triggers allow nothing else).
            var at = DateTimeOffset.UtcNow;
            var user = "填报" + ColumnDirt + "人";
            var comment = "审计说明甲" + ColumnDirt + "乙";
            return await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "AuditEvents" ("AtUtc", "UserName", "Action", "EntityType", "EntityId", "Diff", "Comment")
                VALUES ({at}, {user}, 'Update', 'Project', {id.ToString()}, {diff}, {comment})
                """, Ct);
        });

        var page = await kczx.GetStringAsync($"/Audit/Project/{id}", Ct);
        var csv = await kczx.GetStringAsync($"/Audit/Project/{id}?handler=Csv", Ct);
        var api = await kczx.GetStringAsync($"/api/v1/audit/Project/{id}", Ct);
        var details = await kczx.GetStringAsync($"/Projects/{id}", Ct);

        foreach (var (where, text) in new[] { ("page", page), ("csv", csv), ("api", Regex.Unescape(api)), ("details", details) })
        {
            Assert.True(text.Contains("审计说明甲乙", StringComparison.Ordinal), where);
            Assert.True(text.Contains("填报人", StringComparison.Ordinal), where);
            AssertClean(text);
            Assert.DoesNotMatch(EscapedEntity(), text);
        }
        Assert.Contains("新名称", csv);
        Assert.Contains("新名称", page);
    }

    // The raw audit text of a form, read past the context's own cleaning: what the table really holds.
    private static async Task<List<string>> RawAuditTextAsync(JixiaoDbContext db, string entityId)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COALESCE("UserName", '') || COALESCE("Diff", '') || COALESCE("Comment", '') FROM "AuditEvents" WHERE "EntityId" = @id""";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = entityId;
        command.Parameters.Add(parameter);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) rows.Add(reader.GetString(0));
        return rows;
    }
}

public sealed class SqliteTextHygieneTests(SqliteApp app) : TextHygieneTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresTextHygieneTests(PostgresApp app) : TextHygieneTests<PostgresApp>(app), IClassFixture<PostgresApp>;
