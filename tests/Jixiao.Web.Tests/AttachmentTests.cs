using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.SelfEvaluationTestData;

namespace Jixiao.Web.Tests;

/// <summary>
/// Attachments on the declaration, the monitoring report and the self-evaluation (测算依据, 佐证材料): stored in the
/// database, listed with name, size, uploader and time (+8), seen by exactly those who see the form, added only by the
/// unit while the form is a draft or returned, refused by type, content and size with the file named.
/// </summary>
public abstract class AttachmentTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Kczx = "上海市松江区科技创新服务中心";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly byte[] PdfBytes = [.. "%PDF-1.4\n测算依据\n"u8.ToArray(), .. new byte[3000]];
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static Task<HttpResponseMessage> Upload(HttpClient c, string form, Guid id, string name, byte[] bytes)
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        return c.PostAsync($"/api/v1/forms/{form}/{id}/attachments", content, Ct);
    }

    private static async Task<string> Detail(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;

    // The demo unit has few drafts to approve: the tests that only add and read share one self-evaluation per host.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<AppFixture, Guid> Shared = new();

    private async Task<(HttpClient Unit, Guid Id)> SharedAsync()
    {
        if (Shared.TryGetValue(app, out var id)) return (await app.LoginAsync("kczx"), id);
        var started = await SelfEvaluationAsync();
        Shared[app] = started.Id;
        return started;
    }

    private static async Task<int> CountAsync(HttpClient c, string form, Guid id) =>
        (await c.GetFromJsonAsync<JsonElement>($"/api/v1/forms/{form}/{id}/attachments", Ct)).GetArrayLength();

    private async Task<(HttpClient Unit, Guid Id)> SelfEvaluationAsync()
    {
        var (projectId, _) = await ApproveDemoProjectAsync(app, Kczx, _ => true, Ct);
        var unit = await app.LoginAsync("kczx");
        var started = await unit.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        return (unit, (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
    }

    private async Task SetStateAsync<T>(Guid id, FormState state) where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        db.SetStoredState((await db.Set<T>().FindAsync([id], Ct))!, state);
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task SelfEvaluation_Attachment_IsStored_Listed_Shown_AndDownloaded()
    {
        var (unit, id) = await SelfEvaluationAsync();
        var page = await unit.GetStringAsync($"/SelfEvaluations/{id}", Ct);
        Assert.Contains("附件（测算依据、佐证材料）", page);
        Assert.Contains("data-testid=\"attachments-empty\"", page);
        Shared.TryAdd(app, id);
        Assert.Contains($"action=\"/api/v1/forms/self-evaluation/{id}/attachments\"", page);

        var before = DateTimeOffset.UtcNow;
        var created = await Upload(unit, "self-evaluation", id, "测算依据.pdf", PdfBytes);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = await unit.GetFromJsonAsync<JsonElement>($"/api/v1/forms/self-evaluation/{id}/attachments", Ct);
        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal("测算依据.pdf", row.GetProperty("name").GetString());
        Assert.Equal(PdfBytes.Length, row.GetProperty("size").GetInt64());
        Assert.Equal("科创中心填报人", row.GetProperty("uploadedBy").GetString());

        // The page lists it with its uploader and the time in Shanghai.
        page = await unit.GetStringAsync($"/SelfEvaluations/{id}", Ct);
        Assert.Contains(">测算依据.pdf</a>", page);
        Assert.Contains("<td class=\"num\">3 KB</td>", page);
        Assert.Contains("<td>科创中心填报人</td>", page);
        var shanghai = before.ToOffset(TimeSpan.FromHours(8));
        Assert.Contains($"<td>{shanghai:yyyy-MM-dd HH}:", page);

        var download = await unit.GetAsync(row.GetProperty("url").GetString(), Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PdfBytes, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [InlineData("kczx", HttpStatusCode.OK)]     // the unit
    [InlineData("kewei", HttpStatusCode.OK)]    // its 主管部门
    [InlineData("finance", HttpStatusCode.OK)]  // 财政局
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("dsj", HttpStatusCode.NotFound)] // another unit
    [InlineData("zfb", HttpStatusCode.NotFound)] // the department of another unit
    [InlineData(ScopeTestUsers.DepartmentPreparer, HttpStatusCode.NotFound)] // a preparer of the department holds no forms
    public async Task Attachments_AreSeenByWhoeverSeesTheForm_AndNobodyElse(string user, HttpStatusCode expected)
    {
        var (unit, id) = await SharedAsync();
        var created = await Upload(unit, "self-evaluation", id, "佐证材料.png", PngBytes);
        var attachment = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var client = await ScopeTestUsers.LoginAsync(app, user);
        Assert.Equal(expected, (await client.GetAsync($"/api/v1/forms/self-evaluation/{id}/attachments", Ct)).StatusCode);
        var download = await client.GetAsync($"/api/v1/attachments/{attachment}", Ct);
        Assert.Equal(expected, download.StatusCode);
        if (expected == HttpStatusCode.OK) Assert.Equal(PngBytes, await download.Content.ReadAsByteArrayAsync(Ct));
        // Only the unit adds; a reviewer who sees the form is refused (403), one who does not gets 404; nothing stored.
        if (user != "kczx")
        {
            var count = await CountAsync(unit, "self-evaluation", id);
            var refused = await Upload(client, "self-evaluation", id, "审核意见.pdf", PdfBytes);
            Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal(count, await CountAsync(unit, "self-evaluation", id));
        }
    }

    [Theory]
    [InlineData("说明.exe", "MZ", "“说明.exe”的文件类型不能作为附件")]
    [InlineData("照片.pdf", "PNG", "“照片.pdf”的内容与扩展名“.pdf”不符")]
    [InlineData("空白.pdf", "", "“空白.pdf”是空文件")]
    [InlineData("大文件.pdf", "LARGE", "“大文件.pdf”大小为 1 MB，超过 1 MB 的上限")]
    public async Task Upload_OfAWrongFile_IsRefusedNamingIt_AndStoresNothing(string name, string content, string message)
    {
        var (unit, id) = await SharedAsync();
        var count = await CountAsync(unit, "self-evaluation", id);
        byte[] bytes = content switch
        {
            "PNG" => PngBytes,
            "" => [],
            "LARGE" => [.. "%PDF"u8.ToArray(), .. new byte[1024 * 1024 - 3]], // 1 MB + 1 byte: over the configured limit
            _ => "MZ\x90\0"u8.ToArray(),
        };
        var refused = await Upload(unit, "self-evaluation", id, name, bytes);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(message, await Detail(refused));
        Assert.Equal(count, await CountAsync(unit, "self-evaluation", id));
    }

    [Fact]
    public async Task Upload_WithoutToken_IsRefusedInChinese_AndStoresNothing()
    {
        var (unit, id) = await SharedAsync();
        var count = await CountAsync(unit, "self-evaluation", id);
        unit.DefaultRequestHeaders.Remove(AppFixture.AntiforgeryHeader);
        var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/forms/self-evaluation/{id}/attachments")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(PdfBytes), "file", "测算依据.pdf" } },
        };
        forged.Headers.Add("Origin", "http://localhost:8081");
        var refused = await unit.SendAsync(forged, Ct);
        Assert.True((int)refused.StatusCode is 400 or 403, refused.StatusCode.ToString());
        Assert.Contains("防伪令牌", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(count, await CountAsync(unit, "self-evaluation", id));
    }

    [Fact]
    public async Task SubmittedSelfEvaluation_TakesNoAttachment_AndItsPageOffersNone()
    {
        var (unit, id) = await SelfEvaluationAsync();
        await SetStateAsync<SelfEvaluationEntity>(id, FormState.Submitted);

        var refused = await Upload(unit, "self-evaluation", id, "测算依据.pdf", PdfBytes);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("该自评表当前状态为“已提交”，不能再添加或删除附件", await Detail(refused));
        var page = await unit.GetStringAsync($"/SelfEvaluations/{id}", Ct);
        Assert.Contains("附件（测算依据、佐证材料）", page);
        Assert.DoesNotContain("data-attachment-form", page);
    }

    [Fact]
    public async Task Declaration_TakesAttachmentsAsADraft_NotOnceApproved_AndShowsThemOnItsPage()
    {
        var unit = await app.LoginAsync("kczx");
        var version = await WithDb(db => db.DeclarationVersions
            .Where(v => v.Project!.Unit!.Name == Kczx && v.Project.Year == 2024 && v.State == FormState.Draft)
            .OrderBy(v => v.Project!.Name).Select(v => new { v.ProjectId, v.Id }).FirstAsync(Ct));
        var (projectId, versionId) = (version.ProjectId, version.Id);
        Assert.Equal(HttpStatusCode.Created, (await Upload(unit, "declaration", versionId, "测算依据.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2])).StatusCode);
        Assert.Contains(">测算依据.xlsx</a>", await unit.GetStringAsync($"/Projects/{projectId}", Ct));
        Assert.Contains(">测算依据.xlsx</a>", await (await app.LoginAsync("kewei")).GetStringAsync($"/Projects/{projectId}", Ct));

        await SetStateAsync<DeclarationVersion>(versionId, FormState.Approved);
        var refused = await Upload(unit, "declaration", versionId, "补充.pdf", PdfBytes);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("该申报表当前状态为“已批复”", await Detail(refused));
    }

    [Fact]
    public async Task MonitoringReport_TakesAttachments_SeenByItsReviewers_NotByAnotherUnit()
    {
        var (projectId, _) = await ApproveDemoProjectAsync(app, Kczx, _ => true, Ct);
        var reportId = Guid.NewGuid();
        await WithDb(async db =>
        {
            db.MonitoringReports.Add(new MonitoringReportEntity { Id = reportId, ProjectId = projectId, PeriodEndMonth = 7, Content = "{}", UpdatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync(Ct);
        });
        var unit = await app.LoginAsync("kczx");
        Assert.Equal(HttpStatusCode.Created, (await Upload(unit, "monitoring", reportId, "佐证材料.zip", [0x50, 0x4B, 0x03, 0x04, 0, 0])).StatusCode);
        Assert.Single((await (await app.LoginAsync("kewei")).GetFromJsonAsync<JsonElement>($"/api/v1/forms/monitoring/{reportId}/attachments", Ct)).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("dsj")).GetAsync($"/api/v1/forms/monitoring/{reportId}/attachments", Ct)).StatusCode);
    }

    [Fact]
    public async Task Delete_ByTheUnitOnADraft_IsAudited_RefusedToReviewersOutsidersAndOnceApproved()
    {
        var unit = await app.LoginAsync("kczx");
        var (projectId, versionId) = await DraftVersionAsync(1);
        var created = await Upload(unit, "declaration", versionId, "错传的文件.pdf", PdfBytes);
        var attachment = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Contains($"data-attachment-delete=\"/api/v1/attachments/{attachment}\"", await unit.GetStringAsync($"/Projects/{projectId}", Ct));

        // A reviewer who sees it may not delete it; another unit does not see it; nothing is deleted.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.LoginAsync("kewei")).DeleteAsync($"/api/v1/attachments/{attachment}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("dsj")).DeleteAsync($"/api/v1/attachments/{attachment}", Ct)).StatusCode);
        Assert.Equal(1, await CountAsync(unit, "declaration", versionId));

        // An approved version keeps what was approved: refused with the reason, and its page offers no 删除 but says why.
        await SetStateAsync<DeclarationVersion>(versionId, FormState.Approved);
        var refused = await unit.DeleteAsync($"/api/v1/attachments/{attachment}", Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("该申报表当前状态为“已批复”，不能再添加或删除附件", await Detail(refused));
        Assert.Equal(1, await CountAsync(unit, "declaration", versionId));
        var locked = await unit.GetStringAsync($"/Projects/{projectId}", Ct);
        Assert.DoesNotContain("data-attachment-delete=", locked);
        Assert.Contains("不能再添加或删除附件", locked);

        await SetStateAsync<DeclarationVersion>(versionId, FormState.Draft);
        Assert.Equal(HttpStatusCode.NoContent, (await unit.DeleteAsync($"/api/v1/attachments/{attachment}", Ct)).StatusCode);
        Assert.Equal(0, await CountAsync(unit, "declaration", versionId));
        var trail = await unit.GetFromJsonAsync<JsonElement>($"/api/v1/audit/Project/{projectId}", Ct);
        Assert.Contains(trail.EnumerateArray(), e => e.GetProperty("action").GetString() == "Detach" && e.GetProperty("comment").GetString() == "错传的文件.pdf");
        Assert.Contains("删除附件", await unit.GetStringAsync($"/Audit/Project/{projectId}", Ct));
    }

    [Fact]
    public async Task Adjustment_StartsWithTheApprovedVersionsAttachments_TheApprovedOneKeepsItsOwn()
    {
        var unit = await app.LoginAsync("kczx");
        var (projectId, versionId) = await DraftVersionAsync(2);
        Assert.Equal(HttpStatusCode.Created, (await Upload(unit, "declaration", versionId, "测算依据.pdf", PdfBytes)).StatusCode);
        await SetStateAsync<DeclarationVersion>(versionId, FormState.Approved);

        var adjusted = await unit.PostAsJsonAsync($"/api/v1/projects/{projectId}/adjustments", new { text = "预算调减。" }, Ct);
        Assert.True(adjusted.IsSuccessStatusCode, await adjusted.Content.ReadAsStringAsync(Ct));

        var next = await LatestVersionAsync(projectId);
        Assert.NotEqual(versionId, next);
        var carried = Assert.Single((await unit.GetFromJsonAsync<JsonElement>($"/api/v1/forms/declaration/{next}/attachments", Ct)).EnumerateArray());
        Assert.Equal("测算依据.pdf", carried.GetProperty("name").GetString());
        Assert.Equal(PdfBytes, await unit.GetByteArrayAsync(carried.GetProperty("url").GetString(), Ct));
        Assert.Equal(1, await CountAsync(unit, "declaration", versionId));
        // The adjustment's copy is its own: deleting it leaves the approved version's file.
        Assert.Equal(HttpStatusCode.NoContent, (await unit.DeleteAsync(carried.GetProperty("url").GetString(), Ct)).StatusCode);
        Assert.Equal(1, await CountAsync(unit, "declaration", versionId));
    }

    [Fact]
    public async Task Return_TheVersionToResubmitKeepsTheAttachments()
    {
        var unit = await app.LoginAsync("kczx");
        var (projectId, versionId) = await DraftVersionAsync(3);
        Assert.Equal(HttpStatusCode.Created, (await Upload(unit, "declaration", versionId, "佐证材料.png", PngBytes)).StatusCode);
        await SetStateAsync<DeclarationVersion>(versionId, FormState.Submitted);

        var returned = await (await app.LoginAsync("kewei")).PostAsJsonAsync($"/api/v1/projects/{projectId}/transitions",
            new { action = "Return", comment = "请补充测算依据。" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, returned.StatusCode);

        var next = await LatestVersionAsync(projectId);
        Assert.NotEqual(versionId, next);
        Assert.Equal("佐证材料.png", Assert.Single((await unit.GetFromJsonAsync<JsonElement>($"/api/v1/forms/declaration/{next}/attachments", Ct)).EnumerateArray())
            .GetProperty("name").GetString());
        Assert.Contains(">佐证材料.png</a>", await unit.GetStringAsync($"/Projects/{projectId}", Ct));
    }

    // The n-th 2024 draft of the demo unit (by name), a different one per test so the tests do not share a project.
    private Task<(Guid ProjectId, Guid VersionId)> DraftVersionAsync(int skip) => WithDb(async db =>
    {
        var v = await db.DeclarationVersions
            .Where(v => v.Project!.Unit!.Name == Kczx && v.Project.Year == 2024 && v.State == FormState.Draft)
            .OrderByDescending(v => v.Project!.Name).Skip(skip).Select(v => new { v.ProjectId, v.Id }).FirstAsync(Ct);
        return (v.ProjectId, v.Id);
    });

    private Task<Guid> LatestVersionAsync(Guid projectId) => WithDb(db =>
        db.DeclarationVersions.Where(v => v.ProjectId == projectId).OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync(Ct));

    private async Task<T> WithDb<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }
}

/// <summary>A SQLite host whose attachments may be 1 MB at most (the limit is configuration).</summary>
public sealed class SqliteAttachmentApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Attachments:MaxBytes", "1048576");
    }
}

/// <summary>A PostgreSQL host whose attachments may be 1 MB at most.</summary>
public sealed class PostgresAttachmentApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Attachments:MaxBytes", "1048576");
    }
}

public sealed class SqliteAttachmentTests(SqliteAttachmentApp app) : AttachmentTests<SqliteAttachmentApp>(app), IClassFixture<SqliteAttachmentApp>;

public sealed class PostgresAttachmentTests(PostgresAttachmentApp app) : AttachmentTests<PostgresAttachmentApp>(app), IClassFixture<PostgresAttachmentApp>;
