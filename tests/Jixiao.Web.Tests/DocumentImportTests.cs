using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DocumentTestSupport;

namespace Jixiao.Web.Tests;

/// <summary>Upload → preview → commit/cancel, scope, locked forms, hostile files and bulk import, on both stores.</summary>
public abstract partial class DocumentImportTests<TApp>(TApp app) where TApp : AppFixture
{
    [Fact]
    public async Task Preview_ThenCancel_WritesNothing()
    {
        var dsj = await app.LoginAsync("dsj");
        var before = await SnapshotAsync(app);
        var files = await WithDbAsync(app, db => db.StoredFiles.CountAsync(Ct));

        var response = await dsj.PostAsync("/api/v1/imports", Upload(File.ReadAllBytes(SeedPath("001_f9a1a9807cfbc00b.txt")), "大数据中心2024.txt"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(DemoOrganizations.BigDataCentre, preview.GetProperty("unitName").GetString());
        var items = preview.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Equal("Update", i.GetProperty("action").GetString())); // the demo holds these drafts already
        Assert.Equal(before, await SnapshotAsync(app));
        Assert.Equal(files + 1, await WithDbAsync(app, db => db.StoredFiles.CountAsync(Ct))); // only the upload is kept

        var uploadId = preview.GetProperty("uploadId").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await dsj.DeleteAsync($"/api/v1/imports/{uploadId}", Ct)).StatusCode);
        Assert.Equal(files, await WithDbAsync(app, db => db.StoredFiles.CountAsync(Ct)));
        var late = await dsj.PostAsync($"/api/v1/imports/{uploadId}/commit", null, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    [Fact]
    public async Task Commit_OwnUnitsFile_CreatesThenUpdatesInOneTransaction()
    {
        var (client, unitId, name) = await NewUnitAsync(app);
        var bytes = DeclarationsOf(name);
        var before = await SnapshotAsync(app);

        var preview = await PreviewAsync(client, bytes, "申报表.txt");
        Assert.All(preview.GetProperty("items").EnumerateArray(), i => Assert.Equal("Create", i.GetProperty("action").GetString()));
        Assert.Equal(before, await SnapshotAsync(app)); // the preview wrote nothing

        var commit = await client.PostAsync($"/api/v1/imports/{preview.GetProperty("uploadId").GetGuid()}/commit", null, Ct);
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        Assert.Equal(4, (await commit.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("created").GetInt32());
        var created = await WithDbAsync(app, db => db.Projects.Where(p => p.UnitId == unitId)
            .Select(p => new { p.Id, p.Name, Versions = p.Versions.Select(v => new { v.Number, v.State, v.Origin }).ToList() }).ToListAsync(Ct));
        Assert.Equal(4, created.Count);
        Assert.All(created, p => Assert.Equal((1, FormState.Draft, VersionOrigin.Imported), (p.Versions.Single().Number, p.Versions.Single().State, p.Versions.Single().Origin)));
        var ids = created.Select(p => p.Id.ToString()).ToList();
        Assert.Equal(4, await WithDbAsync(app, db => db.AuditEvents.CountAsync(a => a.Action == "Import" && ids.Contains(a.EntityId), Ct)));
        Assert.False(await WithDbAsync(app, db => db.StoredFiles.AnyAsync(f => f.Id == preview.GetProperty("uploadId").GetGuid(), Ct)));

        // The same file again: the projects exist as drafts, so each gets version 2 and version 1 is superseded.
        var again = await PreviewAsync(client, bytes, "申报表.txt");
        Assert.All(again.GetProperty("items").EnumerateArray(), i => Assert.Equal(("Update", 1), (i.GetProperty("action").GetString(), i.GetProperty("existingVersion").GetInt32())));
        var update = await client.PostAsync($"/api/v1/imports/{again.GetProperty("uploadId").GetGuid()}/commit", null, Ct);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var states = await WithDbAsync(app, db => db.DeclarationVersions.Where(v => v.Project!.UnitId == unitId)
            .Select(v => new { v.Number, v.State }).ToListAsync(Ct));
        Assert.Equal(4, states.Count(v => v is { Number: 2, State: FormState.Draft }));
        Assert.Equal(4, states.Count(v => v is { Number: 1, State: FormState.Superseded }));
    }

    [Fact]
    public async Task Preview_AnotherUnitsFile_IsRefusedInChineseAndWritesNothing()
    {
        var (client, _, name) = await NewUnitAsync(app);
        var before = await SnapshotAsync(app);
        var files = await WithDbAsync(app, db => db.StoredFiles.CountAsync(Ct));

        var response = await client.PostAsync("/api/v1/imports", Upload(File.ReadAllBytes(SeedPath("000_df2f341524882840.txt")), "000.txt"), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString();
        Assert.Contains(DemoOrganizations.InnovationCentre, detail);
        Assert.Contains($"不是本单位（{name}）", detail);
        Assert.Equal(before, await SnapshotAsync(app));
        Assert.Equal(files, await WithDbAsync(app, db => db.StoredFiles.CountAsync(Ct)));
    }

    [Fact]
    public async Task Preview_LockedForms_AreNotUpdatedAndThePreviewSaysSo()
    {
        var kczx = await app.LoginAsync("kczx");
        var before = await SnapshotAsync(app);

        // The 2021 package: its 3 filing forms are stored as imported (locked) records, its disclosure is published.
        var preview = await PreviewAsync(kczx, File.ReadAllBytes(SeedPath("003_5c87672f31bbd0d3.txt")), "2021.txt");

        var items = preview.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal("Skip", i.GetProperty("action").GetString()));
        Assert.Equal(3, items.Count(i => i.GetProperty("note").GetString()!.Contains("已锁定")));
        Assert.Contains(items, i => i.GetProperty("form").GetString() == "预算公开" && i.GetProperty("note").GetString()!.Contains("已存在"));
        var commit = await kczx.PostAsync($"/api/v1/imports/{preview.GetProperty("uploadId").GetGuid()}/commit", null, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, commit.StatusCode);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    public static TheoryData<string, string, byte[]> HostileFiles() => new()
    {
        { "0-byte file", "empty.txt", [] },
        { "binary junk", "junk.bin", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray() },
        { "truncated xlsx", "truncated.xlsx", Truncated(XlsxLikePackage(), 300) },
        { "zip bomb", "bomb.xlsx", ZipBomb() },
        { "OLE (encrypted Office)", "secret.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]] },
        { "PDF without text layer", "scan.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n") },
        { "text without any form", "notes.txt", Encoding.UTF8.GetBytes("这是一份会议纪要，没有任何表格。\n") },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task Preview_HostileFile_GivesAClearChineseErrorAndWritesNothing(string reason, string name, byte[] bytes)
    {
        var kczx = await app.LoginAsync("kczx");
        var before = await SnapshotAsync(app);
        var files = await WithDbAsync(app, db => db.StoredFiles.CountAsync(Ct));

        var response = await kczx.PostAsync("/api/v1/imports", Upload(bytes, name), Ct);

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{reason}: {(int)response.StatusCode}");
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString();
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", detail);
        Assert.Contains(name, detail);
        Assert.Equal(before, await SnapshotAsync(app));
        Assert.Equal(files, await WithDbAsync(app, db => db.StoredFiles.CountAsync(Ct)));
    }

    [Fact]
    public async Task FiveSeeds_ThroughTheWebUpload_GiveTheSameModelAsTheCli()
    {
        var clients = new Dictionary<string, HttpClient>
        {
            [DemoOrganizations.InnovationCentre] = await app.LoginAsync("kczx"),
            [DemoOrganizations.BigDataCentre] = await app.LoginAsync("dsj"),
        };
        var seeds = SeedFiles().ToList();
        Assert.Equal(5, seeds.Count);
        foreach (var seed in seeds)
        {
            var cli = DocumentImporter.ImportFile(SeedPath(seed)).Document!;
            var unit = clients.Keys.FirstOrDefault(u => cli.UnitName!.StartsWith(u, StringComparison.Ordinal));
            if (unit is null)
            {
                // A unit outside the demo district: give it its own preparer, as a newcomer district would.
                var (client, _, _) = await NewUnitAsync(app, cli.UnitName);
                unit = cli.UnitName!;
                clients[unit] = client;
            }

            var preview = await PreviewAsync(clients[unit], await File.ReadAllBytesAsync(SeedPath(seed), Ct), seed);
            var items = preview.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("form").GetString() != "预算公开").ToList();
            Assert.Equal(cli.Package.Projects.Select(p => p.Name), items.Select(i => i.GetProperty("name").GetString()));
            Assert.Equal(cli.Package.Projects.Select(p => p.Indicators.Count), items.Select(i => i.GetProperty("indicators").GetInt32()));
            Assert.Equal(cli.Package.Projects.Select(UnitSummary.FundsOf), items.Select(i => i.GetProperty("fundsYuan").GetDecimal()));
            var uploadId = preview.GetProperty("uploadId").GetGuid();
            if (preview.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("action").GetString() != "Skip"))
                Assert.Equal(HttpStatusCode.OK, (await clients[unit].PostAsync($"/api/v1/imports/{uploadId}/commit", null, Ct)).StatusCode);
            else
                await clients[unit].DeleteAsync($"/api/v1/imports/{uploadId}", Ct);

            // Whatever the store holds for these forms now is the CLI's model.
            var unitName = unit;
            foreach (var expected in cli.Package.Projects)
            {
                var stored = await WithDbAsync(app, async db =>
                {
                    var p = await db.Projects.SingleAsync(x => x.Unit!.Name == unitName && x.Year == expected.Year && x.Name == expected.Name, Ct);
                    var v = await db.DeclarationVersions.Where(x => x.ProjectId == p.Id).OrderByDescending(x => x.Number).FirstAsync(Ct);
                    var e = await db.SelfEvaluations.SingleOrDefaultAsync(x => x.ProjectId == p.Id, Ct);
                    return (Model: ProjectService.ToDomain(v), Score: e?.TotalScore);
                });
                Assert.Equal(expected.Funds, stored.Model.Funds);
                Assert.Equal(Rows(expected), Rows(stored.Model));
                if (expected.Evaluation is { } evaluation) Assert.Equal(evaluation.PrintedTotal, stored.Score);
            }
            if (cli.Disclosure is { } disclosure)
            {
                var json = await WithDbAsync(app, db => db.Disclosures.Where(d => d.Unit!.Name == unitName && d.Year == disclosure.Year)
                    .OrderBy(d => d.Version).Select(d => d.Content).FirstAsync(Ct));
                Assert.Equal(DisclosureJson.Serialize(disclosure), DisclosureJson.Serialize(DisclosureJson.Deserialize(json)));
            }
        }
    }

    [Fact]
    public async Task BulkImport_ZipOfFiles_ReportsEachFileAndAFailedFileWritesNothing()
    {
        var (client, unitId, name) = await NewUnitAsync(app);
        var kczxBefore = await WithDbAsync(app, db => db.DeclarationVersions.CountAsync(v => v.Project!.Unit!.Name == DemoOrganizations.InnovationCentre, Ct));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "本单位/申报表.txt", DeclarationsOf(name));
            Add(zip, "他单位/000.txt", File.ReadAllBytes(SeedPath("000_df2f341524882840.txt")));
            Add(zip, "说明.txt", Encoding.UTF8.GetBytes("这里没有表格。\n"));
        }

        var accepted = await client.PostAsync("/api/v1/imports/bulk", Upload(buffer.ToArray(), "部门表单.zip", "files"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var job = await WaitForJobAsync(client, id);
        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        Assert.Equal(100, job.GetProperty("progress").GetInt32());
        var outcome = JsonDocument.Parse(job.GetProperty("result").GetString()!).RootElement;
        var results = outcome.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!);
        Assert.Equal(3, results.Count);
        Assert.Equal(("created", 4), (results["部门表单.zip/本单位/申报表.txt"].GetProperty("status").GetString(), results["部门表单.zip/本单位/申报表.txt"].GetProperty("created").GetInt32()));
        Assert.Equal("failed", results["部门表单.zip/他单位/000.txt"].GetProperty("status").GetString());
        Assert.Contains("不是本单位", results["部门表单.zip/他单位/000.txt"].GetProperty("reason").GetString());
        Assert.Equal("failed", results["部门表单.zip/说明.txt"].GetProperty("status").GetString());
        Assert.Contains("未识别出", results["部门表单.zip/说明.txt"].GetProperty("reason").GetString());
        Assert.Equal(4, await WithDbAsync(app, db => db.Projects.CountAsync(p => p.UnitId == unitId, Ct)));
        Assert.Equal(kczxBefore, await WithDbAsync(app, db => db.DeclarationVersions.CountAsync(v => v.Project!.Unit!.Name == DemoOrganizations.InnovationCentre, Ct)));

        // The job and its results belong to the uploader only.
        var other = await app.LoginAsync("kczx");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/jobs/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("admin")).GetAsync($"/api/v1/jobs/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ImportPage_PreviewThenConfirm_CreatesTheProjects()
    {
        var (client, unitId, name) = await NewUnitAsync(app);
        var page = await client.GetStringAsync("/Documents/Import", Ct);
        var form = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(DeclarationsOf(name)), "upload", "申报表.txt" },
        };

        var preview = await (await client.PostAsync("/Documents/Import?handler=Preview", form, Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("确认导入", preview);
        Assert.Equal(4, Regex.Matches(preview, "data-action=\"Create\"").Count);
        Assert.Equal(0, await WithDbAsync(app, db => db.Projects.CountAsync(p => p.UnitId == unitId, Ct)));
        var uploadId = Regex.Match(preview, "name=\"uploadId\" value=\"([^\"]+)\"").Groups[1].Value;
        var done = await client.PostAsync("/Documents/Import?handler=Commit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["uploadId"] = uploadId,
            ["__RequestVerificationToken"] = Token(preview),
        }), Ct);
        Assert.Contains("新建 4 个", await done.Content.ReadAsStringAsync(Ct));
        Assert.Equal(4, await WithDbAsync(app, db => db.Projects.CountAsync(p => p.UnitId == unitId, Ct)));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("narrative")]
    public async Task PreviewAndCommit_ProjectWithTextOverLimit_IsSkippedNamingFieldAndLine_OthersImported(string which)
    {
        var (client, unitId, name) = await NewUnitAsync(app);
        var text = Encoding.UTF8.GetString(DeclarationsOf(name));
        var longName = "门户网站管理" + new string('站', 195); // 201 characters
        string skipped, label;
        if (which == "name")
        {
            (text, skipped, label) = (text.Replace("门户网站管理", longName, StringComparison.Ordinal), longName, "“项目名称”最多 200 个字符，现有 201 个");
        }
        else
        {
            const string Overview = "该项目包括 4 个子项目，分别为区政务外网"; // 大数据与网络信息 only
            Assert.Contains(Overview, text);
            (text, skipped, label) = (text.Replace(Overview, Overview + new string('述', 25_000), StringComparison.Ordinal), "大数据与网络信息", "最多 20,000 个字符");
        }

        var preview = await PreviewAsync(client, Encoding.UTF8.GetBytes(text), "申报表.txt");

        var items = preview.GetProperty("items").EnumerateArray().ToList();
        var item = Assert.Single(items, i => i.GetProperty("name").GetString() == skipped);
        Assert.Equal("Skip", item.GetProperty("action").GetString());
        var note = item.GetProperty("note").GetString()!;
        Assert.Matches(@"^文件第 \d+ 行起的该项目中，", note);
        Assert.Contains(label, note);
        Assert.Equal(3, items.Count(i => i.GetProperty("action").GetString() == "Create"));
        var commit = await client.PostAsync($"/api/v1/imports/{preview.GetProperty("uploadId").GetGuid()}/commit", null, Ct);
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        Assert.Equal(3, (await commit.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("created").GetInt32());
        var names = await WithDbAsync(app, db => db.Projects.Where(p => p.UnitId == unitId).Select(p => p.Name).ToListAsync(Ct));
        Assert.Equal(3, names.Count);
        Assert.DoesNotContain(skipped, names);
    }

    [Fact]
    public async Task Commit_FormWithColumnsNoTemplateDefines_KeepsThemThroughSaveAndExport()
    {
        // A made-up county form (ADR-037): 数据来源 and 考核方式 are columns no shipped template prints.
        var (client, unitId, name) = await NewUnitAsync(app);
        var form = string.Join("\n",
            "示例县项目支出绩效目标表(2025年度)",
            $"项目名称 | 示例村道硬化 | 实施单位 | {name}",
            "主管部门 | 示例县交通运输局 | 资金总额 | 120",
            "一级指标 | 二级指标 | 三级指标 | 指标值 | 数据来源 | 考核方式",
            "产出指标 | 数量指标 | 硬化道路长度 | ≥5公里 | 交通局验收单 | 现场核查",
            "效益指标 | 社会效益指标 | 群众出行便利度 | 明显改善 | 问卷调查 | 抽样调查");

        var preview = await PreviewAsync(client, Encoding.UTF8.GetBytes(form), "目标表.txt");
        var commit = await client.PostAsync($"/api/v1/imports/{preview.GetProperty("uploadId").GetGuid()}/commit", null, Ct);
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);

        var id = await WithDbAsync(app, db => db.Projects.Where(p => p.UnitId == unitId).Select(p => p.Id).SingleAsync(Ct));
        var html = await (await client.GetAsync($"/api/v1/projects/{id}/export?format=html", Ct)).Content.ReadAsStringAsync(Ct);
        foreach (var text in new[] { "数据来源", "考核方式", "交通局验收单", "现场核查", "问卷调查", "抽样调查", "硬化道路长度" })
            Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("财政项目支出绩效目标申报表", html, StringComparison.Ordinal); // not forced into the Shanghai layout
    }

    private static async Task<JsonElement> PreviewAsync(HttpClient client, byte[] bytes, string name)
    {
        var response = await client.PostAsync("/api/v1/imports", Upload(bytes, name), Ct);
        Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static List<string> Rows(Project p) =>
        p.Indicators.Select(i => $"{i.Level1}|{i.Level2}|{i.Name}|{i.Target.OriginalText}").ToList();

    private static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(bytes);
    }

    private static byte[] XlsxLikePackage()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            Add(zip, "xl/workbook.xml", Encoding.UTF8.GetBytes(new string('x', 4000)));
        }
        return buffer.ToArray();
    }

    private static byte[] Truncated(byte[] bytes, int length) => bytes[..Math.Min(length, bytes.Length)];

    // An xlsx-shaped package whose one sheet inflates to 200 MB of zeros.
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            Add(zip, "xl/workbook.xml", Encoding.UTF8.GetBytes("<workbook/>"));
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++) sheet.Write(zeros);
        }
        return buffer.ToArray();
    }
}

public sealed class SqliteDocumentImportTests(SqliteApp app) : DocumentImportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDocumentImportTests(PostgresApp app) : DocumentImportTests<PostgresApp>(app), IClassFixture<PostgresApp>;
