using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// Optimistic concurrency on every editable form: two editors read the same version, the first save wins, the second
/// is refused (409) with a Chinese message naming who changed which field — never a silent lost update.
/// </summary>
public abstract class ConcurrencyTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Unit = Jixiao.Web.Infrastructure.DemoOrganizations.InnovationCentre;

    [Fact]
    public async Task Declaration_SecondEditorWithStaleStamp_IsRefusedNamingWhoChangedWhichField()
    {
        var second = await SecondPreparerAsync(app, "kczx", "kczx2");
        var (first, other) = (await app.LoginAsync("kczx"), await app.LoginAsync(second));
        var id = (await WithDbAsync(app, db => DraftProjectsAsync(db, Unit)))[0];
        var (mine, stamp) = await ReadProjectAsync(first, id);
        var (theirs, sameStamp) = await ReadProjectAsync(other, id);
        Assert.Equal(stamp, sameStamp);

        mine["fields"]!["annualGoal"] = "第一位编辑写入的年度目标";
        Assert.Equal(HttpStatusCode.NoContent, (await SaveProjectAsync(first, id, mine, stamp)).StatusCode);
        theirs["fields"]!["overallGoal"] = "第二位编辑的修改";
        var refused = await SaveProjectAsync(other, id, theirs, stamp);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        Assert.Contains("保存冲突", detail);
        Assert.Contains("kczx", detail);                       // who
        Assert.Contains(AnnualGoalField, detail);              // which field (ProjectDiff label)
        Assert.Contains("第一位编辑写入的年度目标", detail);      // the new value
        var (stored, fresh) = await ReadProjectAsync(other, id);
        Assert.Equal("第一位编辑写入的年度目标", (string?)stored["fields"]!["annualGoal"]); // the first save is not lost
        Assert.NotEqual("第二位编辑的修改", (string?)stored["fields"]!["overallGoal"]);   // the refused one wrote nothing

        stored["fields"]!["overallGoal"] = "第二位编辑的修改";
        Assert.Equal(HttpStatusCode.NoContent, (await SaveProjectAsync(other, id, stored, fresh)).StatusCode); // after a refresh it saves
    }

    [Fact]
    public async Task SelfEvaluation_SecondEditorWithStaleStamp_IsRefusedNamingTheIndicatorField()
    {
        var second = await SecondPreparerAsync(app, "kczx", "kczx2");
        var (projectId, declared) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Unit, _ => true, Ct);
        var (first, other) = (await app.LoginAsync("kczx"), await app.LoginAsync(second));
        var started = await first.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var stamp = (await first.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct)).GetProperty("concurrencyStamp").GetGuid();
        var row = declared.Indicators[0];

        var saved = await first.PutAsJsonAsync($"/api/v1/self-evaluations/{id}",
            new { concurrencyStamp = stamp, rows = new[] { new { key = row.Key, actualText = "已全部完成" } } }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var refused = await other.PutAsJsonAsync($"/api/v1/self-evaluations/{id}",
            new { concurrencyStamp = stamp, fields = new { actualOutcome = "第二位编辑的说明" }, rows = Array.Empty<object>() }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        Assert.Contains("kczx", detail);
        Assert.Contains($"指标“{row.Name}” · 实际完成值", detail);
        Assert.Contains("已全部完成", detail);
        var form = (await other.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct)).GetProperty("form");
        Assert.Contains(form.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetGuid() == row.Key && r.GetProperty("actualText").GetString() == "已全部完成");

        // A save that does not say which version it read could overwrite anything: refused as well.
        var blind = await other.PutAsJsonAsync($"/api/v1/self-evaluations/{id}", new { fields = new { actualOutcome = "盲写" }, rows = Array.Empty<object>() }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, blind.StatusCode);
        Assert.Contains("concurrencyStamp", await blind.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Monitoring_SecondEditorWithStaleStamp_IsRefusedNamingTheField()
    {
        var second = await SecondPreparerAsync(app, "kczx", "kczx2");
        var (projectId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Unit, _ => true, Ct);
        var (first, other) = (await app.LoginAsync("kczx"), await app.LoginAsync(second));
        var url = $"/api/v1/monitoring/{projectId}/7";
        Assert.Equal(HttpStatusCode.NoContent, (await first.PutAsJsonAsync(url, new { fields = new { annualBudget = "100000", expenditureToDate = "10000" }, rows = Array.Empty<object>() }, Ct)).StatusCode);
        var stamp = (await first.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("content").GetProperty("concurrencyStamp").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent,
            (await first.PutAsJsonAsync(url, new { concurrencyStamp = stamp, fields = new { annualBudget = "100000", expenditureToDate = "55000" }, rows = Array.Empty<object>() }, Ct)).StatusCode);
        var refused = await other.PutAsJsonAsync(url, new { concurrencyStamp = stamp, fields = new { annualBudget = "100000", expenditureToDate = "1" }, rows = Array.Empty<object>() }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        Assert.Contains("kczx", detail);
        Assert.Contains("执行数", detail);
        Assert.Equal("55000", (await other.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("content").GetProperty("fields").GetProperty("expenditureToDate").GetString());
    }

    [Fact]
    public async Task Disclosure_SecondEditorWithStaleStamp_IsRefusedNamingTheCell()
    {
        var (client, _) = await DisclosureTestSupport.NewUnitAsync(app);
        var id = await DisclosureTestSupport.CreateDraftAsync(client);
        var stamp = (await DisclosureTestSupport.GetAsync(client, id)).GetProperty("stamp").GetGuid();
        var url = $"/api/v1/disclosures/{id}";

        var saved = await client.PutAsJsonAsync(url, new { stamp, amounts = new Dictionary<string, decimal?> { ["3.sum.total"] = 123.45m } }, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var refused = await client.PutAsJsonAsync(url, new { stamp, amounts = new Dictionary<string, decimal?> { ["3.sum.total"] = 9m } }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        Assert.Contains("3.sum.total", detail);
        Assert.Contains("修改了", detail);
    }

    [Fact]
    public async Task Transition_TwoReviewersAtOnce_OneWinsTheOtherIsToldWhy()
    {
        var id = (await WithDbAsync(app, db => DraftProjectsAsync(db, Unit)))[^1];
        await WithDbAsync(app, async db =>
        {
            var version = db.DeclarationVersions.Where(v => v.ProjectId == id).OrderByDescending(v => v.Number).First();
            db.SetStoredState(version, FormState.Submitted);
            return await db.SaveChangesAsync(Ct);
        });
        var reviewers = new[] { await app.LoginAsync("kewei"), await app.LoginAsync("kewei") };
        var answers = await Task.WhenAll(reviewers.Select(r =>
            r.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action = "Open" }, Ct)));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.NoContent);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity,
            $"unexpected {(int)a.StatusCode}"));
        var state = await WithDbAsync(app, db => Task.FromResult(db.DeclarationVersions.Where(v => v.ProjectId == id).OrderByDescending(v => v.Number).First().State));
        Assert.Equal(FormState.SupervisorReview, state);
    }

    [Theory]
    [InlineData(0L)]                  // the Unix epoch
    [InlineData(1_795_000_000_123L)]  // a millisecond in 2026
    public void Stamps_AreTimeOrdered_SoAStaleStampTellsWhenItWasRead(long unixMs)
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(unixMs).AddTicks(4321); // sub-millisecond part is not kept
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), ConcurrencyStamps.IssuedAt(ConcurrencyStamps.New(at)));
        Assert.Null(ConcurrencyStamps.IssuedAt(Guid.NewGuid())); // a random (v4) stamp carries no time
    }
}

public sealed class SqliteConcurrencyTests(SqliteApp app) : ConcurrencyTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresConcurrencyTests(PostgresApp app) : ConcurrencyTests<PostgresApp>(app), IClassFixture<PostgresApp>;
