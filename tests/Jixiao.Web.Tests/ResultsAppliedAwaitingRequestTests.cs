using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// 结果应用 on a project declared again whose amount is not filled in yet (ADR-060): the rule's cut is said, but no
/// suggested budget is shown as a figure (a cut of nothing is not "0.00 元"), and finance has nothing to accept.
/// Its own app: the demo's declared-again project is changed here.
/// </summary>
public abstract class ResultsAppliedAwaitingRequestTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeclaredAgainWithoutAmount_ShowsTheRuleAndWaitsForTheAmount_AndFinanceCannotDecideYet()
    {
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var copy = await db.Projects.Where(p => p.CopiedFromId != null && p.Versions.Any(v => v.Origin == VersionOrigin.CopiedFromPriorYear))
                .OrderBy(p => p.Name).FirstAsync(Ct);
            copy.FundsTotalYuan = 0m;
            await db.SaveChangesAsync(Ct);
            id = copy.Id;
        }
        var finance = await app.LoginAsync("finance");

        var page = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Projects/{id}", Ct));
        Assert.Contains("建议压减 10%（上年有 1 项整改未完成，压减 10%）；本年申报金额尚未填写，填写后按此计算建议预算。", page);
        Assert.DoesNotContain("建议预算 0.00 元", page);
        Assert.DoesNotContain("name=\"accept\" value=\"true\"", page); // nothing to accept; 不采纳 with an amount stays

        var api = await finance.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/last-year", Ct);
        Assert.Equal(10m, api.GetProperty("suggestedCutPercent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, api.GetProperty("suggestedYuan").ValueKind);

        // Accepting a suggestion on nothing is refused and leaves no decision behind.
        var stamp = (await finance.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct)).GetProperty("concurrencyStamp").GetGuid();
        var accept = await finance.PostAsJsonAsync($"/api/v1/projects/{id}/budget-decision", new { accept = true, concurrencyStamp = stamp }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, accept.StatusCode);
        Assert.Equal(Domain.ResultsApplied.BudgetSuggestionRule.NothingToAccept, (await accept.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Null, (await finance.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/last-year", Ct)).GetProperty("decision").ValueKind);
    }
}

public sealed class SqliteResultsAppliedAwaitingRequestTests(SqliteApp app) : ResultsAppliedAwaitingRequestTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresResultsAppliedAwaitingRequestTests(PostgresApp app) : ResultsAppliedAwaitingRequestTests<PostgresApp>(app), IClassFixture<PostgresApp>;
