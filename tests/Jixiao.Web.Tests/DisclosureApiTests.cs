using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DisclosureTestSupport;

namespace Jixiao.Web.Tests;

/// <summary>The disclosure API and the anonymous downloads, on both stores.</summary>
public abstract class DisclosureApiTests<TApp>(TApp app) where TApp : AppFixture
{
    private const decimal SeedTotal = 18_963_662.79m;

    [Theory]
    [InlineData("kczx", 1)]    // its own demo package
    [InlineData("kewei", 1)]   // 区科委 supervises 科创中心
    [InlineData("finance", 1)] // finance sees all
    [InlineData("dsj", 0)]     // another unit
    [InlineData("zfb", 0)]     // another department (test units under it have no published package at start)
    public async Task List_IsScopedToTheUsersOrganizations(string user, int demoPackages)
    {
        var client = await app.LoginAsync(user);
        var rows = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/disclosures?year=2021", Ct);
        var demo = rows!.Count(r => r.GetProperty("unitName").GetString() == "上海市松江区科技创新服务中心");
        Assert.Equal(demoPackages, demo);
    }

    [Fact]
    public async Task Get_DemoPackage_HasTheEightTablesAndTheSeedTotal()
    {
        var client = await app.LoginAsync("kczx");
        var d = await GetAsync(client, await DemoPackageIdAsync(app));
        Assert.Equal("Published", d.GetProperty("summary").GetProperty("state").GetString());
        var package = d.GetProperty("package");
        Assert.Equal(SeedTotal, package.GetProperty("summary").GetProperty("income").GetProperty("total").GetDecimal());
        Assert.Equal(SeedTotal, package.GetProperty("expense").GetProperty("total").GetProperty("total").GetDecimal());
        // Codes read back as their digits (a SubjectCode without a converter would come back empty).
        var codes = package.GetProperty("expense").GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Contains("2080505", codes);
    }

    [Theory]
    [InlineData("dsj")]
    [InlineData("zfb")]
    public async Task Get_OtherUnitsPackage_Is404WithoutData(string user)
    {
        var id = await DemoPackageIdAsync(app);
        var client = await app.LoginAsync(user);
        foreach (var response in new[]
                 {
                     await client.GetAsync($"/api/v1/disclosures/{id}", Ct),
                     await client.PostAsJsonAsync($"/api/v1/disclosures/{id}/check", new { amounts = new Dictionary<string, decimal?>() }, Ct),
                     await client.PostAsJsonAsync($"/api/v1/disclosures/{id}/correct", new { note = "x" }, Ct),
                     await client.GetAsync($"/Disclosure/{id}", Ct),
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("18,963,662.79", body);
            Assert.DoesNotContain("18963662.79", body);
            Assert.DoesNotContain("科技创新服务中心", body);
        }
    }

    [Fact]
    public async Task ImportPreview_ParsesAndChecks_WritesNothing()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var before = await WithDbAsync(app, async db => (await db.Disclosures.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct)));

        var response = await client.PostAsync("/api/v1/disclosures/import-preview", Upload(SeedBytes(client)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2021, preview.GetProperty("year").GetInt32());
        Assert.Contains(preview.GetProperty("cells").EnumerateArray(), c => c.GetProperty("key").GetString() == "1.in.total" && c.GetProperty("value").GetDecimal() == SeedTotal);
        var after = await WithDbAsync(app, async db => (await db.Disclosures.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct)));
        Assert.Equal(before, after);
        Assert.False(await WithDbAsync(app, db => db.Disclosures.AnyAsync(d => d.UnitId == unitId, Ct)));
    }

    [Fact]
    public async Task ImportPreview_NotADisclosure_Is422InChinese_AndWritesNothing()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var response = await client.PostAsync("/api/v1/disclosures/import-preview", Upload(Encoding.UTF8.GetBytes("这不是预算公开文件。\n"), "x.txt"), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("未识别出", problem.GetProperty("detail").GetString());
        Assert.False(await WithDbAsync(app, db => db.Disclosures.AnyAsync(d => d.UnitId == unitId, Ct)));
    }

    [Fact]
    public async Task Create_SecondPackageForSameYear_IsRefused()
    {
        var (client, _) = await NewUnitAsync(app);
        await CreateDraftAsync(client);
        var again = await client.PostAsync("/api/v1/disclosures", Upload(SeedBytes(client)), Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Create_DocumentNamingAnotherUnit_IsRefusedLikeTheImportRoute_AndWritesNothing()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var before = await WithDbAsync(app, async db => (await db.Disclosures.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct)));

        var create = await client.PostAsync("/api/v1/disclosures", Upload(SeedBytes()), Ct); // the seed prints 科创中心
        var import = await client.PostAsync("/api/v1/imports", Upload(SeedBytes()), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, create.StatusCode);
        var detail = (await create.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString();
        Assert.Contains($"“{SeedUnit}”不是本单位", detail);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, import.StatusCode);
        Assert.Equal(detail, (await import.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        var preview = await client.PostAsync("/api/v1/disclosures/import-preview", Upload(SeedBytes()), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.StatusCode);
        Assert.Equal(before, await WithDbAsync(app, async db => (await db.Disclosures.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct))));
        Assert.False(await WithDbAsync(app, db => db.Disclosures.AnyAsync(d => d.UnitId == unitId, Ct)));
    }

    [Fact]
    public async Task Create_ByReviewer_IsForbidden()
    {
        var client = await app.LoginAsync("finance");
        var response = await client.PostAsync("/api/v1/disclosures", Upload(SeedBytes()), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Submit_WithInjectedDscError_IsBlockedAndListsIt_ThenPassesWhenFixed()
    {
        var (client, _) = await NewUnitAsync(app);
        var id = await CreateDraftAsync(client);
        var draft = await GetAsync(client, id);
        Assert.DoesNotContain(draft.GetProperty("findings").EnumerateArray(), f => f.GetProperty("blocks").GetBoolean());

        // 表3 合计 one 元 above Σ rows and the other tables: DSC-01/02 errors.
        var stamp = draft.GetProperty("stamp").GetGuid();
        var update = await client.PutAsJsonAsync($"/api/v1/disclosures/{id}",
            new { stamp, amounts = new Dictionary<string, decimal?> { ["3.sum.total"] = SeedTotal + 1m } }, Ct);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var edited = await update.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(edited.GetProperty("findings").EnumerateArray(), f => f.GetProperty("blocks").GetBoolean() && f.GetProperty("table").GetString() == "表3");

        var refused = await MoveAsync(client, id, "submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("错误级审核问题", problem.GetProperty("detail").GetString());
        Assert.Contains(problem.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString()!.StartsWith("DSC-", StringComparison.Ordinal));
        Assert.Equal("Draft", (await GetAsync(client, id)).GetProperty("summary").GetProperty("state").GetString());

        var fixedStamp = edited.GetProperty("stamp").GetGuid();
        var restore = await client.PutAsJsonAsync($"/api/v1/disclosures/{id}",
            new { stamp = fixedStamp, amounts = new Dictionary<string, decimal?> { ["3.sum.total"] = SeedTotal } }, Ct);
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, "submit")).StatusCode);
    }

    [Fact]
    public async Task Update_WithStaleStamp_Is409_AndChangesNothing()
    {
        var (client, _) = await NewUnitAsync(app);
        var id = await CreateDraftAsync(client);
        var response = await client.PutAsJsonAsync($"/api/v1/disclosures/{id}",
            new { stamp = Guid.NewGuid(), amounts = new Dictionary<string, decimal?> { ["3.sum.total"] = 1m } }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("已被他人修改", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        var cell = (await GetAsync(client, id)).GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "3.sum.total");
        Assert.Equal(SeedTotal, cell.GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("9.r0.total", 1, HttpStatusCode.UnprocessableEntity)] // no table 9
    [InlineData("3.sum.total", -1, HttpStatusCode.BadRequest)]       // negative amount: outside the money range, the cell named
    [InlineData("3.sum.total", 0.001, HttpStatusCode.BadRequest)]    // more than 2 decimals
    public async Task Update_InvalidCell_IsRefused(string key, double amount, HttpStatusCode expected)
    {
        var (client, _) = await NewUnitAsync(app);
        var id = await CreateDraftAsync(client);
        var stamp = (await GetAsync(client, id)).GetProperty("stamp").GetGuid();
        var response = await client.PutAsJsonAsync($"/api/v1/disclosures/{id}",
            new { stamp, amounts = new Dictionary<string, decimal?> { [key] = (decimal)amount } }, Ct);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Check_EditedAmounts_ReportsFindings_WithoutSaving()
    {
        var (client, _) = await NewUnitAsync(app);
        var id = await CreateDraftAsync(client);
        var stampBefore = (await GetAsync(client, id)).GetProperty("stamp").GetGuid();
        var response = await client.PostAsJsonAsync($"/api/v1/disclosures/{id}/check",
            new { amounts = new Dictionary<string, decimal?> { ["8.main.total"] = 5_000m } }, Ct);
        var findings = await response.Content.ReadFromJsonAsync<List<JsonElement>>(Ct);
        Assert.Contains(findings!, f => f.GetProperty("ruleId").GetString() == "DSC-06" && f.GetProperty("table").GetString() == "表8");
        Assert.Equal(stampBefore, (await GetAsync(client, id)).GetProperty("stamp").GetGuid());
    }

    [Fact]
    public async Task Workflow_ReturnNeedsComment_ApprovePublish_MakesItPublic_AndIsAudited()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var reviewer = await app.LoginAsync("zfb");
        var anonymous = app.CreateClient();
        var id = await CreateDraftAsync(client);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/disclosures/{unitId}/2021.json", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Public/Disclosure/{unitId}/2021", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(client, id, "approve")).StatusCode); // a unit may not approve

        var noComment = await MoveAsync(reviewer, id, "return");
        Assert.Equal(HttpStatusCode.Conflict, noComment.StatusCode);
        Assert.Contains("审核意见", (await noComment.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(reviewer, id, "return", "请核对表8。")).StatusCode);
        Assert.Equal("Returned", (await GetAsync(client, id)).GetProperty("summary").GetProperty("state").GetString());

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(reviewer, id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/disclosures/{unitId}/2021.csv", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, "publish")).StatusCode);

        var json = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/disclosures/{unitId}/2021.json", Ct);
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/Public/Disclosure/{unitId}/2021", Ct)).StatusCode);

        var actions = await WithDbAsync(app, db => db.AuditEvents.Where(e => e.EntityType == "Disclosure" && e.EntityId == id.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct));
        Assert.Equal(["Import", "Submit", "Return", "Submit", "Approve", "Publish"], actions);
        Assert.True(await WithDbAsync(app, db => db.ReviewComments.AnyAsync(c => c.FormType == ReviewForm.Disclosure && c.FormId == id && c.VersionId == null && c.Text == "请核对表8。", Ct)));

        // Each move told whom it concerns (issue 15): the department above the unit on submission, the unit on return
        // and approval; the unit's own publication tells no one (the actor is not told of their own move).
        var unitName = await WithDbAsync(app, db => db.Organizations.Where(o => o.Id == unitId).Select(o => o.Name).SingleAsync(Ct));
        var told = await WithDbAsync(app, db => (from n in db.Notifications.AsNoTracking()
                                                 join u in db.Users on n.UserId equals u.Id
                                                 where n.Link == $"/Disclosure/{id}"
                                                 orderby n.CreatedAt
                                                 select (u.UserName == "zfb" ? "zfb" : "unit") + "：" + n.Text).ToListAsync(Ct));
        Assert.Equal(
        [
            $"zfb：{unitName}提交了单位预算公开“2021年度{unitName}”，请审核。",
            $"unit：单位预算公开“2021年度{unitName}”被退回，请按审核意见修改后重新提交。",
            $"zfb：{unitName}提交了单位预算公开“2021年度{unitName}”，请审核。",
            $"unit：单位预算公开“2021年度{unitName}”已审核通过，可以公开。",
        ], told);
    }

    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task PublicDownload_PdfOrExcel_Anonymous_IsTheOfficialLayoutWithTheFiguresOfThePublicPage(string format, string contentType)
    {
        var unitId = await DemoUnitIdAsync(app);
        var stored = await WithDbAsync(app, db => db.Disclosures.AsNoTracking().Include(d => d.Unit).SingleAsync(d => d.UnitId == unitId && d.Year == 2021 && d.State == FormState.Published, Ct));
        var anonymous = app.CreateClient();
        var page = await anonymous.GetStringAsync($"/Public/Disclosure/{unitId}/2021", Ct);
        Assert.Contains($"href=\"/api/v1/public/disclosures/{unitId}/2021.{format}\"", page);

        var response = await anonymous.GetAsync($"/api/v1/public/disclosures/{unitId}/2021.{format}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        var package = Jixiao.Web.Services.DisclosureService.ToDomain(stored);
        var name = response.Content.Headers.ContentDisposition!.FileNameStar!;
        Assert.Equal($"2021-{package.UnitName}-单位预算公开.{format}", name); // the unit as the package prints it
        Assert.StartsWith(stored.Unit!.Name, package.UnitName);
        // Read back by the importer: the same package, cell for cell, as the page and the JSON download show.
        var back = Jixiao.Documents.DocumentImporter.ImportBytes(name, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(back.Success, back.Error);
        var expected = Jixiao.Documents.OpenData.DisclosureCells.Of(package);
        Assert.Equal(expected.Select(c => (c.Key, c.Value)), Jixiao.Documents.OpenData.DisclosureCells.Of(back.Document!.Disclosure!).Select(c => (c.Key, c.Value)));
        Assert.Equal(NarrativeFigures(package), NarrativeFigures(back.Document.Disclosure!));
    }

    // The 说明's figures and sentences, without the source line each was read from (a file's own line numbers).
    private static string NarrativeFigures(Jixiao.Domain.Disclosure.BudgetDisclosure d) =>
        System.Text.RegularExpressions.Regex.Replace(JsonSerializer.Serialize(d.Narrative), "\"Line\":\\d+", "\"Line\":0");

    [Fact]
    public async Task PublicDownload_OfAnUnpublishedPackage_IsNotFound()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var id = await CreateDraftAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, "submit")).StatusCode);
        var anonymous = app.CreateClient();
        foreach (var format in new[] { "pdf", "xlsx" })
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/disclosures/{unitId}/2021.{format}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Publish_ByTheReviewer_TellsTheUnit()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var reviewer = await app.LoginAsync("zfb");
        var id = await CreateDraftAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(reviewer, id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(reviewer, id, "publish")).StatusCode);
        var unitName = await WithDbAsync(app, db => db.Organizations.Where(o => o.Id == unitId).Select(o => o.Name).SingleAsync(Ct));
        Assert.Contains($"单位预算公开“2021年度{unitName}”已公开发布。", await client.GetStringAsync("/Notifications", Ct));
    }

    [Fact]
    public async Task Correction_CreatesNextVersion_OldStaysVisibleAsSuperseded()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var reviewer = await app.LoginAsync("finance");
        var anonymous = app.CreateClient();
        var v1 = await CreateDraftAsync(client);
        foreach (var (c, verb) in new[] { (client, "submit"), (reviewer, "approve"), (reviewer, "publish") })
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(c, v1, verb)).StatusCode);

        var noNote = await client.PostAsJsonAsync($"/api/v1/disclosures/{v1}/correct", new { note = " " }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNote.StatusCode);
        var corrected = await client.PostAsJsonAsync($"/api/v1/disclosures/{v1}/correct", new { note = "更正表8公务接待费。" }, Ct);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var v2 = (await corrected.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/v1/disclosures/{v1}/correct", new { note = "再次更正" }, Ct)).StatusCode);

        // Until the correction is published the public still sees version 1.
        Assert.Equal(1, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/disclosures/{unitId}/2021.json", Ct)).GetProperty("version").GetInt32());
        foreach (var (c, verb) in new[] { (client, "submit"), (reviewer, "approve"), (client, "publish") })
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(c, v2, verb)).StatusCode);

        var latest = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/disclosures/{unitId}/2021.json", Ct);
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        Assert.Equal("更正表8公务接待费。", latest.GetProperty("correctionNote").GetString());
        Assert.Equal("Superseded", (await GetAsync(client, v1)).GetProperty("summary").GetProperty("state").GetString());
        var old = await anonymous.GetAsync($"/Public/Disclosure/{unitId}/2021?version=1", Ct);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Contains("此版本已被更正", await old.Content.ReadAsStringAsync(Ct));
        Assert.True(await WithDbAsync(app, db => db.AuditEvents.AnyAsync(e => e.Action == "Supersede" && e.EntityId == v1.ToString(), Ct)));
    }

    [Fact]
    public async Task PublicJson_DemoPackage_Anonymous_HasTheTotalAndTables()
    {
        var unitId = await DemoUnitIdAsync(app);
        var response = await app.CreateClient().GetAsync($"/api/v1/public/disclosures/{unitId}/2021.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("上海市松江区科技创新服务中心", json.GetProperty("unitName").GetString());
        Assert.Equal(SeedTotal, json.GetProperty("package").GetProperty("fiscal").GetProperty("expenseTotal").GetProperty("total").GetDecimal());
        var cells = json.GetProperty("cells").EnumerateArray().ToList();
        Assert.Contains(cells, c => c.GetProperty("key").GetString() == "4.in.total" && c.GetProperty("value").GetDecimal() == SeedTotal);
        Assert.Contains(cells, c => c.GetProperty("code").GetString() == "2101102" && c.GetProperty("table").GetString() == "ExpenseByFunction"
            && c.GetProperty("columnKey").GetString() == "total" && c.GetProperty("value").GetDecimal() == 462_559.97m);
    }

    [Fact]
    public async Task PublicCsv_DemoPackage_Anonymous_IsUtf8WithBom_OneLinePerRow()
    {
        var unitId = await DemoUnitIdAsync(app);
        var response = await app.CreateClient().GetAsync($"/api/v1/public/disclosures/{unitId}/2021.csv", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(["表号", "表名", "科目编码", "科目名称"], header[..4]);
        var total = Array.IndexOf(header, "合计");
        var basic = Array.IndexOf(header, "基本支出");
        // 表3 row 20805 行政事业单位养老支出: 合计 = 基本支出 = 1,071,019.94 (disclosure.md §5).
        var row = lines.Select(l => l.Split(',')).Single(f => f[0] == "3" && f[2] == "20805");
        Assert.Equal("2021年单位支出预算总表", row[1]);
        Assert.Equal("1071019.94", row[total]);
        Assert.Equal("1071019.94", row[basic]);
        Assert.Contains(lines, l => l.StartsWith("1,2021年单位财务收支预算总表,,收入总计,", StringComparison.Ordinal) && l.Contains("18963662.79", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublicPage_DemoPackage_Anonymous_PrintsTablesLikeTheDocument()
    {
        var unitId = await DemoUnitIdAsync(app);
        var html = await app.CreateClient().GetStringAsync($"/Public/Disclosure/{unitId}/2021", Ct);
        Assert.Contains("2021年单位财务收支预算总表", html);
        Assert.Contains("编制单位：", html);
        Assert.Contains("单位：元", html);
        Assert.Contains("18,963,662.79", html);
        Assert.Contains("本单位无政府性基金预算支出。", html);
        Assert.DoesNotContain("data-testid=\"finding\"", html);
    }

    [Fact]
    public async Task OpenApi_DescribesTheDisclosureEndpoints()
    {
        var doc = await (await app.LoginAsync("kczx")).GetStringAsync("/api/openapi/v1.json", Ct);
        Assert.Contains("/api/v1/disclosures/{id}/submit", doc);
        Assert.Contains("/api/v1/public/disclosures/{unitId}/{year}.csv", doc);
    }

    [Fact]
    public async Task PublicList_Anonymous_ShowsOnlyPublished()
    {
        var (client, unitId) = await NewUnitAsync(app);
        await CreateDraftAsync(client);
        var rows = await app.CreateClient().GetFromJsonAsync<List<JsonElement>>("/api/v1/public/disclosures", Ct);
        Assert.Contains(rows!, r => r.GetProperty("unitName").GetString() == "上海市松江区科技创新服务中心");
        Assert.DoesNotContain(rows!, r => r.GetProperty("unitId").GetInt32() == unitId);
        Assert.All(rows!, r => Assert.Equal(nameof(FormState.Published), r.GetProperty("state").GetString()));
    }
}

public sealed class SqliteDisclosureApiTests(SqliteApp app) : DisclosureApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDisclosureApiTests(PostgresApp app) : DisclosureApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
