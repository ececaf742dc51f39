using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.SelfEvaluationTestData;

namespace Jixiao.Web.Tests;

/// <summary>复核 per indicator row (主管部门 then 财政局) and 抽评 over the API: rules, stages, stamps, scope, audit.</summary>
public abstract partial class ReReviewTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Kczx = "上海市松江区科技创新服务中心";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A 自评表 of a demo 科创中心 project in <paramref name="state"/>, its 分值 proposed from the profile's pools.</summary>
    private async Task<Guid> SeedSelfEvaluationAsync(FormState state)
    {
        var (projectId, declared) = await ApproveDemoProjectAsync(app, Kczx, HasEveryPool, Ct);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var version = await db.DeclarationVersions.Where(v => v.ProjectId == projectId && v.State == FormState.Approved).SingleAsync(Ct);
        var profile = RuleProfiles.For(declared);
        var content = EvaluationContent.Start(declared, profile);
        var score = Scorer.Score(SelfEvaluationService.Evaluated(declared, content), profile, ScoringMode.Live);
        var entity = new SelfEvaluationEntity(state)
        {
            Id = Guid.NewGuid(),
            ProjectId = projectId,
            DeclarationVersionId = version.Id,
            ProfileId = profile.Id,
            Content = EvaluationContentJson.Write(content),
            UpdatedAt = DateTimeOffset.UtcNow,
            TotalScore = state == FormState.Confirmed ? score.ComputedTotal : null,
            Grade = state == FormState.Confirmed ? score.ComputedGrade : null,
        };
        db.SelfEvaluations.Add(entity);
        await db.SaveChangesAsync(Ct);
        return entity.Id;
    }

    private static async Task<JsonElement> SheetAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}/re-review", Ct);

    private static Guid? Stamp(JsonElement sheet) =>
        sheet.GetProperty("concurrencyStamp").ValueKind == JsonValueKind.Null ? null : sheet.GetProperty("concurrencyStamp").GetGuid();

    private static Task<HttpResponseMessage> ScoreAsync(HttpClient client, Guid id, Guid key, decimal score, string? reason, Guid? stamp) =>
        client.PutAsJsonAsync($"/api/v1/self-evaluations/{id}/re-review/rows/{key}", new { score, reason, concurrencyStamp = stamp }, Ct);

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;

    [Fact]
    public async Task ReScore_SupervisorThenFinance_FinalIsFinanceAndAllStandSideBySide()
    {
        var id = await SeedSelfEvaluationAsync(FormState.Verification);
        var kewei = await app.LoginAsync("kewei");
        var sheet = await SheetAsync(kewei, id);
        Assert.Equal(JsonValueKind.Null, sheet.GetProperty("state").ValueKind);
        var row = sheet.GetProperty("rows")[0];
        var key = row.GetProperty("indicatorKey").GetGuid();
        var weight = row.GetProperty("weight").GetDecimal();
        var half = Math.Round(weight / 2m, 2, MidpointRounding.ToZero); // a 复核得分 has at most 2 decimals
        var selfTotal = sheet.GetProperty("selfTotal").GetDecimal();
        var selfRow = row.GetProperty("selfScore").ValueKind == JsonValueKind.Null ? 0m : row.GetProperty("selfScore").GetDecimal();

        var response = await ScoreAsync(kewei, id, key, 0m, "佐证材料不足", null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        sheet = await SheetAsync(kewei, id);
        Assert.Equal("主管部门审核", sheet.GetProperty("state").GetString());

        var finance = await app.LoginAsync("finance");
        sheet = await SheetAsync(finance, id);
        response = await ScoreAsync(finance, id, key, half, "签到表可核对一半", Stamp(sheet));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        sheet = await SheetAsync(finance, id);
        row = sheet.GetProperty("rows")[0];
        Assert.Equal("财政审核", sheet.GetProperty("state").GetString()); // finance took it over
        Assert.Equal(0m, row.GetProperty("supervisorScore").GetDecimal());
        Assert.Equal("佐证材料不足", row.GetProperty("supervisorReason").GetString());
        Assert.Equal(half, row.GetProperty("financeScore").GetDecimal());
        Assert.Equal(half, row.GetProperty("finalScore").GetDecimal());
        Assert.Equal(Math.Clamp(selfTotal + half - selfRow, 0m, 100m), sheet.GetProperty("finalTotal").GetDecimal());
        Assert.Equal(Grades.Of(sheet.GetProperty("finalTotal").GetDecimal()).DisplayName(), sheet.GetProperty("finalGrade").GetString());

        // The department may no longer change its score once finance has begun.
        response = await ScoreAsync(kewei, id, key, 1m, "补充", Stamp(sheet));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("现由财政局复核", await DetailAsync(response));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var reReviewId = (await db.ReReviews.SingleAsync(r => r.SelfEvaluationId == id, Ct)).Id.ToString();
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.EntityType == "ReReview" && a.EntityId == reReviewId && a.Action == "ReScore", Ct));
    }

    [Fact]
    public async Task ReScore_AboveTheRowWeight_IsRefusedInChineseAndNothingStored()
    {
        var id = await SeedSelfEvaluationAsync(FormState.Verification);
        var kewei = await app.LoginAsync("kewei");
        var row = (await SheetAsync(kewei, id)).GetProperty("rows")[0];
        var response = await ScoreAsync(kewei, id, row.GetProperty("indicatorKey").GetGuid(), row.GetProperty("weight").GetDecimal() + 1m, "多给一分", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("超过该行分值", await DetailAsync(response));
        Assert.Equal(JsonValueKind.Null, (await SheetAsync(kewei, id)).GetProperty("state").ValueKind);

        response = await ScoreAsync(kewei, id, row.GetProperty("indicatorKey").GetGuid(), 0m, " ", null);
        Assert.Contains("复核理由", await DetailAsync(response));
    }

    [Fact]
    public async Task ReScore_WithAStaleStamp_IsRefusedWith409InChinese()
    {
        var id = await SeedSelfEvaluationAsync(FormState.Verification);
        var finance = await app.LoginAsync("finance");
        var rows = (await SheetAsync(finance, id)).GetProperty("rows");
        Assert.Equal(HttpStatusCode.NoContent, (await ScoreAsync(finance, id, rows[0].GetProperty("indicatorKey").GetGuid(), 0m, "第一次", null)).StatusCode);
        var read = Stamp(await SheetAsync(finance, id));
        Assert.Equal(HttpStatusCode.NoContent, (await ScoreAsync(finance, id, rows[1].GetProperty("indicatorKey").GetGuid(), 0m, "第二次", read)).StatusCode);

        var stale = await ScoreAsync(finance, id, rows[0].GetProperty("indicatorKey").GetGuid(), 0m, "基于旧页面", read);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", await DetailAsync(stale));
    }

    [Fact]
    public async Task Confirm_LocksTheReReview()
    {
        var id = await SeedSelfEvaluationAsync(FormState.Confirmed);
        var finance = await app.LoginAsync("finance");
        var key = (await SheetAsync(finance, id)).GetProperty("rows")[0].GetProperty("indicatorKey").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await ScoreAsync(finance, id, key, 0m, "无佐证", null)).StatusCode);
        var stamp = Stamp(await SheetAsync(finance, id));
        var confirm = await finance.PostAsJsonAsync($"/api/v1/self-evaluations/{id}/re-review/moves", new { action = "Confirm", concurrencyStamp = stamp }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);

        var sheet = await SheetAsync(finance, id);
        Assert.Equal("已确认", sheet.GetProperty("state").GetString());
        var after = await ScoreAsync(finance, id, key, 1m, "再改", Stamp(sheet));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, after.StatusCode);
        Assert.Contains("已锁定", await DetailAsync(after));
    }

    [Fact]
    public async Task Scope_OtherUnitSeesNothing_OwnUnitReadsButCannotScore()
    {
        var id = await SeedSelfEvaluationAsync(FormState.Verification);
        var dsj = await app.LoginAsync("dsj");
        Assert.Equal(HttpStatusCode.NotFound, (await dsj.GetAsync($"/api/v1/self-evaluations/{id}/re-review", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ScoreAsync(dsj, id, Guid.NewGuid(), 0m, "越权", null)).StatusCode);
        var zfb = await app.LoginAsync("zfb");
        Assert.Equal(HttpStatusCode.NotFound, (await zfb.GetAsync($"/api/v1/self-evaluations/{id}/re-review", Ct)).StatusCode);

        var kczx = await app.LoginAsync("kczx");
        var key = (await SheetAsync(kczx, id)).GetProperty("rows")[0].GetProperty("indicatorKey").GetGuid();
        var own = await ScoreAsync(kczx, id, key, 0m, "自己改分", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, own.StatusCode);
        Assert.Contains("只有主管部门或财政局", await DetailAsync(own));
    }

    [Fact]
    public async Task DrawSample_SameSeed_IsReproducible_AndOpensFinanceReReviews()
    {
        var a = await SeedSelfEvaluationAsync(FormState.Confirmed);
        var b = await SeedSelfEvaluationAsync(FormState.Confirmed);
        var finance = await app.LoginAsync("finance");
        var kewei = await app.LoginAsync("kewei");
        Assert.Equal(HttpStatusCode.NotFound, (await kewei.PostAsJsonAsync("/api/v1/re-review/samples", new { year = 2024, percent = 50m }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await finance.PostAsJsonAsync("/api/v1/re-review/samples", new { year = 2024, percent = 0m }, Ct)).StatusCode);

        var response = await finance.PostAsJsonAsync("/api/v1/re-review/samples", new { year = 2024, percent = 50m, seed = 20261207L }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draw = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var drawn = draw.GetProperty("drawn").EnumerateArray().Select(e => e.GetGuid()).ToList();
        var candidates = draw.GetProperty("candidateCount").GetInt32();
        Assert.True(candidates >= 2);
        Assert.Equal(Domain.ReReview.SampleDraw.SizeOf(candidates, 50m), drawn.Count);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var opened = await db.ReReviews.Where(r => drawn.Contains(r.SelfEvaluationId)).ToListAsync(Ct);
        Assert.Equal(drawn.Count, opened.Count);
        Assert.All(opened, r => Assert.Equal(FormState.FinanceReview, r.State));
        var recorded = await db.SampleDraws.SingleAsync(d => d.Id == draw.GetProperty("id").GetGuid(), Ct);
        Assert.Equal(20261207L, recorded.Seed);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "DrawSample" && e.EntityId == recorded.Id.ToString() && e.Comment!.Contains("随机种子 20261207"), Ct));

        // The recorded seed draws the same sample again from the same candidates (the audit check).
        var amounts = await (from e in db.SelfEvaluations
                             join p in db.Projects on e.ProjectId equals p.Id
                             where (e.State == FormState.Confirmed || e.State == FormState.Imported) && p.Year == 2024 && (!db.ReReviews.Any(r => r.SelfEvaluationId == e.Id) || drawn.Contains(e.Id))
                             select new Domain.ReReview.SampleCandidate(e.Id, p.FundsTotalYuan)).ToListAsync(Ct);
        Assert.Equal(drawn, Domain.ReReview.SampleDraw.Draw(amounts, 50m, 20261207L).Drawn);
        Assert.Contains(a, amounts.Select(c => c.Id));
        Assert.Contains(b, amounts.Select(c => c.Id));
    }

    private static async Task<(List<JsonElement> Rows, HttpResponseMessage Response)> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/re-reviews" + query, Ct);
        var rows = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<List<JsonElement>>(Ct))! : [];
        return (rows, response);
    }

    [Fact]
    public async Task Demo_HasADepartmentReReviewPendingFinance_AndA2023Draw()
    {
        var finance = await app.LoginAsync("finance");
        var (rows, _) = await ListAsync(finance, "?year=2023&sampled=false");
        var own = Assert.Single(rows, r => r.GetProperty("unitName").GetString() == Kczx && r.GetProperty("projectName").GetString() == "市民服务");
        Assert.Equal("财政审核", own.GetProperty("stateName").GetString());
        Assert.True(own.GetProperty("hasDifference").GetBoolean()); // one full-marks row re-scored 2 points lower
        var sheet = await SheetAsync(await app.LoginAsync("kewei"), own.GetProperty("selfEvaluationId").GetGuid());
        var rescored = Assert.Single(sheet.GetProperty("rows").EnumerateArray(), r => r.GetProperty("supervisorScore").ValueKind != JsonValueKind.Null);
        Assert.Equal(Web.Services.ReReview.DemoReReview.Reason, rescored.GetProperty("supervisorReason").GetString());
        Assert.Equal(-2m, rescored.GetProperty("difference").GetDecimal());

        (rows, _) = await ListAsync(finance, "?year=2023&sampled=true");
        var drawn = Assert.Single(rows);
        Assert.Equal("财政审核", drawn.GetProperty("stateName").GetString());
        await using var scope = app.Services.CreateAsyncScope();
        var drawId = await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().SampleDraws
            .Where(d => d.Seed == Web.Services.ReReview.DemoReReview.Seed).Select(d => d.Id).SingleAsync(Ct);
        var html = await finance.GetStringAsync($"/ReReviews/Sample?draw={drawId}", Ct);
        Assert.Contains(Web.Services.ReReview.DemoReReview.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), html);
        Assert.Contains($"/SelfEvaluations/{drawn.GetProperty("selfEvaluationId").GetGuid()}/ReReview", html);
        Assert.Contains(drawn.GetProperty("projectName").GetString()!, html);
    }

    [Fact]
    public async Task List_FiltersByYearStateUnitSampleAndDifference_PagesByKeyset_InScope()
    {
        var finance = await app.LoginAsync("finance");
        var (all, response) = await ListAsync(finance, "?year=2023");
        Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
        Assert.True(all.Count >= 2);
        Assert.All(all, r => Assert.Equal(2023, r.GetProperty("year").GetInt32()));
        Assert.All((await ListAsync(finance, "?year=2023&sampled=true")).Rows, r => Assert.True(r.GetProperty("sampled").GetBoolean()));
        Assert.All((await ListAsync(finance, "?year=2023&differs=true")).Rows, r => Assert.True(r.GetProperty("hasDifference").GetBoolean()));
        Assert.All((await ListAsync(finance, "?year=2023&differs=false")).Rows, r => Assert.False(r.GetProperty("hasDifference").GetBoolean()));
        Assert.Contains((await ListAsync(finance, "?year=2023&differs=true")).Rows, r => r.GetProperty("projectName").GetString() == "市民服务");
        Assert.All((await ListAsync(finance, "?state=FinanceReview")).Rows, r => Assert.Equal("FinanceReview", r.GetProperty("state").GetString()));
        var unitId = all[0].GetProperty("unitId").GetInt32();
        Assert.All((await ListAsync(finance, $"?unitId={unitId}")).Rows, r => Assert.Equal(unitId, r.GetProperty("unitId").GetInt32()));

        // One row a page, by unit: every row exactly once, the cursor carried in the header.
        var seen = new List<Guid>();
        var query = "?year=2023&sort=unit&size=1";
        while (true)
        {
            var (page, answer) = await ListAsync(finance, query);
            seen.AddRange(page.Select(r => r.GetProperty("id").GetGuid()));
            if (!answer.Headers.TryGetValues("X-Next-Cursor", out var next)) break;
            query = "?year=2023&sort=unit&size=1&after=" + next.Single();
        }
        Assert.Equal(all.Select(r => r.GetProperty("id").GetGuid()).Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(HttpStatusCode.BadRequest, (await ListAsync(finance, "?after=not-a-cursor")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ListAsync(finance, "?state=Sideways")).Response.StatusCode);

        // Scope: the unit its own, the other unit and the other department nothing of 科创中心's.
        Assert.NotEmpty((await ListAsync(await app.LoginAsync("kczx"), "?year=2023")).Rows);
        Assert.DoesNotContain((await ListAsync(await app.LoginAsync("dsj"), "?year=2023")).Rows, r => r.GetProperty("unitName").GetString() == Kczx);
        Assert.DoesNotContain((await ListAsync(await app.LoginAsync("zfb"), "?year=2023")).Rows, r => r.GetProperty("unitName").GetString() == Kczx);

        // The page offers the same filters.
        var html = await finance.GetStringAsync("/ReReviews?year=2023&sampled=false&differs=true", Ct);
        Assert.Contains("市民服务", html);
        Assert.Contains("data-testid=\"pager\"", html);
    }

    [Theory]
    [InlineData("xlsx", "PK")]
    [InlineData("docx", "PK")]
    [InlineData("pdf", "%PDF")]
    public async Task Export_TheSheetInEachFormat_InScopeOnly(string format, string magic)
    {
        var finance = await app.LoginAsync("finance");
        var demo = (await ListAsync(finance, "?year=2023&sampled=false")).Rows.First(r => r.GetProperty("projectName").GetString() == "市民服务");
        var id = demo.GetProperty("id").GetGuid();

        var response = await finance.GetAsync($"/api/v1/re-reviews/{id}/export?format={format}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(magic, System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync(Ct))[..magic.Length]));
        Assert.Contains("绩效自评复核表", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("dsj")).GetAsync($"/api/v1/re-reviews/{id}/export?format={format}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.GetAsync($"/api/v1/re-reviews/{id}/export?format=csv", Ct)).StatusCode);
        Assert.Contains($"/api/v1/re-reviews/{id}/export?format=xlsx", await finance.GetStringAsync($"/SelfEvaluations/{demo.GetProperty("selfEvaluationId").GetGuid()}/ReReview", Ct));
    }

    [Fact]
    public async Task Confirmed_DirectSqlChange_IsRefusedByTheDatabase_ButNotBefore()
    {
        // An imported 2023 自评表 nobody has re-reviewed (no 2024 draft is used up: other tests approve those).
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var id = await db.SelfEvaluations.Where(e => e.Project!.Year == 2023 && e.State == FormState.Imported && !db.ReReviews.Any(r => r.SelfEvaluationId == e.Id))
            .OrderBy(e => e.Project!.Name).Select(e => e.Id).FirstAsync(Ct);
        var finance = await app.LoginAsync("finance");
        var key = (await SheetAsync(finance, id)).GetProperty("rows")[0].GetProperty("indicatorKey").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await ScoreAsync(finance, id, key, 0m, "无佐证", null)).StatusCode);
        var reReviewId = await db.ReReviews.Where(r => r.SelfEvaluationId == id).Select(r => r.Id).SingleAsync(Ct);
        const string toggle = "UPDATE \"ReReviews\" SET \"HasDifference\" = NOT \"HasDifference\" WHERE \"Id\" = {0}";

        // Not yet confirmed: the store lets it change (the service's rules apply there).
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(toggle, [reReviewId], Ct));
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(toggle, [reReviewId], Ct));

        Assert.Equal(HttpStatusCode.NoContent, (await finance.PostAsJsonAsync($"/api/v1/self-evaluations/{id}/re-review/moves",
            new { action = "Confirm", concurrencyStamp = Stamp(await SheetAsync(finance, id)) }, Ct)).StatusCode);
        var before = await db.ReReviews.AsNoTracking().SingleAsync(r => r.Id == reReviewId, Ct);
        foreach (var sql in new[]
        {
            "UPDATE \"ReReviews\" SET \"Content\" = '[]' WHERE \"Id\" = {0}",
            "UPDATE \"ReReviews\" SET \"FinalTotal\" = \"FinalTotal\" + 1 WHERE \"Id\" = {0}",
            toggle,
            "DELETE FROM \"ReReviews\" WHERE \"Id\" = {0}",
        })
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql, [reReviewId], Ct));
            Assert.True(ImmutabilityTriggerSql.IsRefusal(refused), $"{sql}: {refused.Message}");
        }
        var after = await db.ReReviews.AsNoTracking().SingleAsync(r => r.Id == reReviewId, Ct);
        Assert.Equal((before.Content, before.FinalTotal, before.HasDifference), (after.Content, after.FinalTotal, after.HasDifference));
    }
}

public sealed class SqliteReReviewTests(SqliteApp app) : ReReviewTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresReReviewTests(PostgresApp app) : ReReviewTests<PostgresApp>(app), IClassFixture<PostgresApp>;
