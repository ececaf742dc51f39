using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>整改事项 over the API: raise, answer, close / reopen, stamps, scope, overdue counts per unit.</summary>
public abstract class RectificationTests<TApp>(TApp app) where TApp : AppFixture
{
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
        var id = await RaiseAsync(kewei, await UnitIdAsync("上海市松江区科技创新服务中心"), DateOnly.FromDateTime(DateTime.Today).AddDays(10));
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
            dueDate = DateOnly.FromDateTime(DateTime.Today).AddDays(-1),
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
            dueDate = DateOnly.FromDateTime(DateTime.Today),
        }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byUnit.StatusCode);

        var id = await RaiseAsync(kewei, kczxUnit, DateOnly.FromDateTime(DateTime.Today));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("dsj")).GetAsync($"/api/v1/rectifications/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("zfb")).GetAsync($"/api/v1/rectifications/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task OverdueItems_AreCountedPerUnitOnThePage()
    {
        var kewei = await app.LoginAsync("kewei");
        var id = await RaiseAsync(kewei, await UnitIdAsync("上海市松江区科技创新服务中心"), DateOnly.FromDateTime(DateTime.Today));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Time passes: the due date is yesterday now.
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var item = await db.RectificationItems.SingleAsync(i => i.Id == id, Ct);
            item.DueDate = item.DueDate.AddDays(-2);
            await db.SaveChangesAsync(Ct);
        }
        var html = await (await app.LoginAsync("kczx")).GetStringAsync("/Rectifications?overdue=true", Ct);
        Assert.Contains("逾期未整改：上海市松江区科技创新服务中心", html, StringComparison.Ordinal);
        Assert.Contains($"/Rectifications/{id}", html, StringComparison.Ordinal);
    }
}

public sealed class SqliteRectificationTests(SqliteApp app) : RectificationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresRectificationTests(PostgresApp app) : RectificationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
