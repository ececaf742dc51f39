using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Domain.Rectification;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// 整改事项: raise, answer, close / reopen, stamps, scope; the list and its API (filters, keyset pages); 转为整改 from a
/// reviewed form.
/// </summary>
public abstract partial class RectificationTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Kczx = "上海市松江区科技创新服务中心";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> UnitIdAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct);
    }

    private async Task<Guid> RaiseAsync(HttpClient reviewer, int unitId, DateOnly due)
    {
        var response = await reviewer.PostAsJsonAsync("/api/v1/rectifications", new
        {
            sourceKind = "ReReview",
            sourceReference = "test",
            sourceText = "培训签到表缺失",
            ownerUnitId = unitId,
            requirement = "补充培训签到表",
            dueDate = due,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ItemAsync(HttpClient client, Guid id) => await client.GetFromJsonAsync<JsonElement>($"/api/v1/rectifications/{id}", Ct);

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid id, string action, string? text, Guid stamp) =>
        client.PostAsJsonAsync($"/api/v1/rectifications/{id}/moves", new { action, text, concurrencyStamp = stamp }, Ct);

    [Fact]
    public async Task Rectification_AnsweredThenClosed_IsFinalAndAudited()
    {
        var kewei = await app.LoginAsync("kewei");
        var id = await RaiseAsync(kewei, await UnitIdAsync("上海市松江区科技创新服务中心"), Today.AddDays(10));
        var kczx = await app.LoginAsync("kczx");
        var item = await ItemAsync(kczx, id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await MoveAsync(kczx, id, "Close", null, item.GetProperty("concurrencyStamp").GetGuid())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(kczx, id, "Answer", "已补充签到表", item.GetProperty("concurrencyStamp").GetGuid())).StatusCode);

        // The stamp read before the answer is stale now.
        var stale = await MoveAsync(kewei, id, "Close", null, item.GetProperty("concurrencyStamp").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        item = await ItemAsync(kewei, id);
        Assert.Equal("已补充签到表", item.GetProperty("response").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(kewei, id, "Close", null, item.GetProperty("concurrencyStamp").GetGuid())).StatusCode);
        item = await ItemAsync(kczx, id);
        Assert.Equal("Closed", item.GetProperty("state").GetString());
        var again = await MoveAsync(kczx, id, "Answer", "再补充", item.GetProperty("concurrencyStamp").GetGuid());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("不能执行", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var actions = await db.AuditEvents.Where(e => e.EntityType == "Rectification" && e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync(Ct);
        Assert.Equal(["AnswerRectification", "CloseRectification", "Raise"], actions.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Rectification_ScopeAndRaiseRules()
    {
        var kewei = await app.LoginAsync("kewei");
        var kczxUnit = await UnitIdAsync("上海市松江区科技创新服务中心");
        var past = await kewei.PostAsJsonAsync("/api/v1/rectifications", new
        {
            sourceKind = "Review",
            sourceReference = "x",
            sourceText = "问题",
            ownerUnitId = kczxUnit,
            requirement = "整改",
            dueDate = Today.AddDays(-1),
        }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        var kczx = await app.LoginAsync("kczx");
        var byUnit = await kczx.PostAsJsonAsync("/api/v1/rectifications", new
        {
            sourceKind = "Review",
            sourceReference = "x",
            sourceText = "问题",
            ownerUnitId = kczxUnit,
            requirement = "整改",
            dueDate = Today,
        }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byUnit.StatusCode);

        var id = await RaiseAsync(kewei, kczxUnit, Today);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("dsj")).GetAsync($"/api/v1/rectifications/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("zfb")).GetAsync($"/api/v1/rectifications/{id}", Ct)).StatusCode);
    }

    private DateOnly Today => DisplayTime.Today(app.Services.GetRequiredService<TimeProvider>());

    /// <summary>An item raised by <paramref name="reviewer"/> for <paramref name="unit"/>, then made overdue (time passes: due 2 days ago).</summary>
    private async Task<Guid> OverdueItemAsync(string unit, string reviewer = "kewei")
    {
        var id = await RaiseAsync(await app.LoginAsync(reviewer), await UnitIdAsync(unit), Today);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var item = await db.RectificationItems.SingleAsync(i => i.Id == id, Ct);
        item.DueDate = Today.AddDays(-2);
        await db.SaveChangesAsync(Ct);
        return id;
    }

    /// <summary>Overdue items under the units whose names are given (straight from the table, as the spec defines overdue).</summary>
    private async Task<int> OverdueInAsync(params string[] units)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var today = Today;
        return await db.RectificationItems.CountAsync(i => i.State == RectificationState.Open && i.DueDate < today
            && (units.Length == 0 || units.Contains(i.OwnerUnit!.Name)), Ct);
    }

    [Fact]
    public async Task OverdueItems_AreListedAndFiltered_OnThePageAndTheApi()
    {
        var id = await OverdueItemAsync(Kczx);
        var kczx = await app.LoginAsync("kczx");
        var html = await kczx.GetStringAsync("/Rectifications?overdue=true", Ct);
        Assert.Contains($"/Rectifications/{id}", html, StringComparison.Ordinal);
        Assert.Contains("逾期", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Rectifications/{id}", await kczx.GetStringAsync("/Rectifications?state=Answered", Ct), StringComparison.Ordinal);

        // The API: the same filters, keyset pages with the total in a header, a bad filter named in Chinese.
        var kewei = await app.LoginAsync("kewei");
        var page = await kewei.GetAsync($"/api/v1/rectifications?overdue=true&orgId={await UnitIdAsync(Kczx)}&size=1", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(await OverdueInAsync(Kczx), int.Parse(page.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single((await page.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray());
        var all = new List<Guid>();
        string? after = null;
        do
        {
            var next = await kewei.GetAsync($"/api/v1/rectifications?overdue=true&orgId={await UnitIdAsync(Kczx)}&size=1&sort=unit" + (after is null ? "" : $"&after={Uri.EscapeDataString(after)}"), Ct);
            all.AddRange((await next.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
            after = next.Headers.TryGetValues("X-Next-Cursor", out var v) ? v.Single() : null;
        } while (after is not null);
        Assert.Contains(id, all);
        Assert.Equal(all.Count, all.Distinct().Count());
        var bad = await kewei.GetAsync("/api/v1/rectifications?state=Whatever", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("状态", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherUnitsItem_AnswersNotFound_AsARandomId()
    {
        var id = await RaiseAsync(await app.LoginAsync("kewei"), await UnitIdAsync(Kczx), Today.AddDays(5));
        var dsj = await app.LoginAsync("dsj");
        var stamp = (await ItemAsync(await app.LoginAsync("kczx"), id)).GetProperty("concurrencyStamp").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(dsj, id, "Answer", "不是本单位的", stamp)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dsj.GetAsync($"/Rectifications/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dsj.GetAsync($"/Rectifications/{Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Review_ACommentTurnedIntoAnItem_FromTheFormPage_LinksBackToTheForm()
    {
        Guid projectId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            projectId = await db.Projects.Where(p => p.Unit!.Name == Kczx).OrderBy(p => p.Name).Select(p => p.Id).FirstAsync(Ct);
        }
        var kewei = await app.LoginAsync("kewei");
        Assert.Contains($"/Rectifications/Raise?form=declaration&amp;id={projectId}", await kewei.GetStringAsync($"/Projects/{projectId}", Ct), StringComparison.Ordinal);
        var form = await kewei.GetStringAsync($"/Rectifications/Raise?form=declaration&id={projectId}", Ct);
        async Task<HttpResponseMessage> PostAsync(string requirement) => await kewei.PostAsync($"/Rectifications/Raise?form=declaration&id={projectId}",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value,
                ["form"] = "declaration",
                ["id"] = projectId.ToString(),
                ["comment"] = "",
                ["finding"] = "绩效指标与项目内容不对应。",
                ["requirement"] = requirement,
                ["due"] = Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }), Ct);

        var refused = await PostAsync("");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请填写整改要求。", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var done = await PostAsync("按项目内容重新设置产出指标。");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var itemPage = await kewei.GetStringAsync(done.Headers.Location!.ToString(), Ct);
        Assert.Contains($"href=\"/Projects/{projectId}\" data-testid=\"rectification-source\">来源：被审核的项目申报表", itemPage, StringComparison.Ordinal);
        Assert.Contains("审核意见：绩效指标与项目内容不对应。", itemPage, StringComparison.Ordinal);

        // The unit answers items; it raises none.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("kczx")).GetAsync($"/Rectifications/Raise?form=declaration&id={projectId}", Ct)).StatusCode);
    }
}

public sealed class SqliteRectificationTests(SqliteApp app) : RectificationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresRectificationTests(PostgresApp app) : RectificationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
