using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// The same record created by many requests at once (a double click, a retrying client): each create path that a
/// unique index guards answers exactly one success, every other request 409 with a Chinese reason — never 500 —
/// and the store holds one new record.
/// </summary>
public abstract partial class CreateRaceTests<TApp>(TApp app) where TApp : AppFixture
{
    private const int Requests = 20;
    // The page handler does more before its check than the API paths, so 20 posts rarely overlap in-process; 50 do.
    private const int PagePosts = 50;

    [Fact]
    public async Task Adjustment_TwentyAtOnce_OneVersionCreated_Rest409()
    {
        var (projectId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, DemoOrganizations.BigDataCentre, _ => true, Ct);
        var unit = await app.LoginAsync("dsj");
        var versionsBefore = await WithDbAsync(app, db => db.DeclarationVersions.CountAsync(v => v.ProjectId == projectId, Ct));

        var answers = await AllAtOnceAsync(() => unit.PostAsJsonAsync($"/api/v1/projects/{projectId}/adjustments", new { text = "预算调减" }, Ct));

        await AssertOneWinnerAsync(answers, HttpStatusCode.NoContent);
        Assert.Equal(versionsBefore + 1, await WithDbAsync(app, db => db.DeclarationVersions.CountAsync(v => v.ProjectId == projectId, Ct)));
    }

    [Fact]
    public async Task DisclosureCorrection_TwentyAtOnce_OneVersionCreated_Rest409()
    {
        var (unit, unitId) = await DisclosureTestSupport.NewUnitAsync(app);
        var reviewer = await app.LoginAsync("zfb");
        var id = await DisclosureTestSupport.CreateDraftAsync(unit);
        Assert.Equal(HttpStatusCode.OK, (await DisclosureTestSupport.MoveAsync(unit, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DisclosureTestSupport.MoveAsync(reviewer, id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DisclosureTestSupport.MoveAsync(unit, id, "publish")).StatusCode);

        var answers = await AllAtOnceAsync(() => unit.PostAsJsonAsync($"/api/v1/disclosures/{id}/correct", new { note = "更正表8公务接待费。" }, Ct));

        await AssertOneWinnerAsync(answers, HttpStatusCode.Created);
        Assert.Equal(2, await WithDbAsync(app, db => db.Disclosures.CountAsync(d => d.UnitId == unitId, Ct)));
    }

    [Fact]
    public async Task SelfEvaluationStart_TwentyAtOnce_OneCreated_Rest409()
    {
        var (projectId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, DemoOrganizations.InnovationCentre, _ => true, Ct);
        var unit = await app.LoginAsync("kczx");

        var answers = await AllAtOnceAsync(() => unit.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct));

        await AssertOneWinnerAsync(answers, HttpStatusCode.Created);
        Assert.Equal(1, await WithDbAsync(app, db => db.SelfEvaluations.CountAsync(e => e.ProjectId == projectId, Ct)));
    }

    [Fact]
    public async Task CopyToNextYear_FiftyAtOnce_OneCopy_RestToldInChinese_No500()
    {
        var source = await WithDbAsync(app, db => db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre && p.Year == 2024)
            .OrderByDescending(p => p.Name).Select(p => new { p.Id, p.Name, p.UnitId }).FirstAsync(Ct));
        var unit = await app.LoginAsync("kczx");
        var token = TokenPattern().Match(await unit.GetStringAsync($"/Projects/{source.Id}", Ct)).Groups[1].Value;

        var answers = await AllAtOnceAsync(() => unit.PostAsync($"/Projects/{source.Id}?handler=Copy",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct), PagePosts);

        Assert.All(answers, a => Assert.True((int)a.StatusCode < 500, $"{(int)a.StatusCode}"));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect && a.Headers.Location!.ToString().EndsWith("/Edit", StringComparison.Ordinal));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
            Assert.Contains("2025 年度已有同名项目", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, await WithDbAsync(app, db => db.Projects.CountAsync(p => p.UnitId == source.UnitId && p.Year == 2025 && p.Name == source.Name, Ct)));
    }

    private static async Task<HttpResponseMessage[]> AllAtOnceAsync(Func<Task<HttpResponseMessage>> send, int count = Requests)
    {
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, count).Select(async _ =>
        {
            await start.WaitAsync(Ct);
            return await send();
        }).ToList();
        start.Release(count);
        return await Task.WhenAll(tasks);
    }

    private static async Task AssertOneWinnerAsync(HttpResponseMessage[] answers, HttpStatusCode success)
    {
        var statuses = answers.Select(a => (int)a.StatusCode).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(",", statuses.GroupBy(s => s).Select(g => $"{g.Count()}×{g.Key}")));
        Assert.Equal(1, answers.Count(a => a.StatusCode == success));
        Assert.All(answers.Where(a => a.StatusCode != success), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString()!);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString()!);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteCreateRaceTests(SqliteApp app) : CreateRaceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresCreateRaceTests(PostgresApp app) : CreateRaceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
