using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// Review comments are bounded (<see cref="Jixiao.Domain.Review.ReviewCommentRules.MaxLength"/>) and anchored to
/// the form or a row of the version under review; anything else is refused in Chinese and nothing is stored.
/// </summary>
public abstract class ReviewCommentTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// 科创中心's 短信平台月租费 opened by 区科委 (in review, so comments may be written; submitted and opened once per
    /// fixture), with its first row's key.
    /// </summary>
    private async Task<(HttpClient Reviewer, Guid Id, Guid Row)> InReviewAsync()
    {
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == "短信平台月租费").GetProperty("id").GetGuid();
        var reviewer = await app.LoginAsync("kewei");
        var detail = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);
        if (detail.GetProperty("state").GetString() != "SupervisorReview")
        {
            var submit = await unit.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action = "Submit", acknowledgement = "已核实。" }, Ct);
            Assert.Equal(HttpStatusCode.NoContent, submit.StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action = "Open" }, Ct)).StatusCode);
            detail = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);
        }
        return (reviewer, id, detail.GetProperty("content").GetProperty("indicators")[0].GetProperty("key").GetGuid());
    }

    private Task<int> CommentCountAsync() => DisclosureTestSupport.WithDbAsync(app, db => db.ReviewComments.CountAsync(Ct));

    [Fact]
    public async Task Comment_LongerThan2000Characters_IsRefusedInChinese_AtTheLimitIsStored()
    {
        var (reviewer, id, row) = await InReviewAsync();
        var before = await CommentCountAsync();

        var refused = await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/comments", new { anchor = $"indicator:{row}", text = new string('审', 1_000_000) }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("审核意见最多 2,000 个字，当前 1,000,000 个字", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        var returned = await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action = "Return", comment = new string('审', 2001) }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, returned.StatusCode);
        Assert.Equal("SupervisorReview", (await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct)).GetProperty("state").GetString());
        Assert.Equal(before, await CommentCountAsync());

        var atLimit = await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/comments", new { anchor = $"indicator:{row}", text = new string('审', 2000) }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, atLimit.StatusCode);
        Assert.Equal(before + 1, await CommentCountAsync());
    }

    [Theory]
    [InlineData("indicator:{random}")]  // a row key that is not in this version
    [InlineData("indicator:第3行")]      // not a row key at all
    [InlineData("annualGoal")]           // an anchor kind the forms do not have
    public async Task Comment_OnAnAnchorNotInTheVersion_IsRefusedInChinese(string anchor)
    {
        var (reviewer, id, row) = await InReviewAsync();
        var before = await CommentCountAsync();

        var refused = await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/comments",
            new { anchor = anchor.Replace("{random}", Guid.NewGuid().ToString(), StringComparison.Ordinal), text = "请核对。" }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("指标行在当前版本中不存在", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        Assert.Equal(before, await CommentCountAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/comments", new { anchor = $"indicator:{row}", text = "请核对。" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/comments", new { anchor = "project", text = "整体意见。" }, Ct)).StatusCode);
    }

    /// <summary>The comments stored on one form (ADR-016: one table, each row naming its form).</summary>
    private Task<List<ReviewComment>> CommentsOnAsync(ReviewForm form, Guid formId) =>
        DisclosureTestSupport.WithDbAsync(app, db => db.ReviewComments.AsNoTracking().Where(c => c.FormType == form && c.FormId == formId).ToListAsync(Ct));

    [Fact]
    public async Task DeclarationReturn_Comment_IsStoredOnTheProjectAndVersion_AnchoredToTheForm_AndShown()
    {
        var (reviewer, id, _) = await InReviewAsync();
        var version = await DisclosureTestSupport.WithDbAsync(app, db =>
            db.DeclarationVersions.Where(v => v.ProjectId == id).OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync(Ct));

        var returned = await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action = "Return", comment = "请补充月租费的测算依据。" }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, returned.StatusCode);
        var stored = Assert.Single(await CommentsOnAsync(ReviewForm.Declaration, id), c => c.Text == "请补充月租费的测算依据。");
        Assert.Equal(version, stored.VersionId);
        Assert.Equal("project", stored.Anchor);
        Assert.Contains("请补充月租费的测算依据。", await (await app.LoginAsync("kczx")).GetStringAsync($"/Projects/{id}", Ct));
    }

    [Fact]
    public async Task DisclosureReturn_Comment_IsStoredOnTheDisclosure_NotAsAVersion_AndShown()
    {
        var (unit, _) = await DisclosureTestSupport.NewUnitAsync(app);
        var id = await DisclosureTestSupport.CreateDraftAsync(unit);
        Assert.Equal(HttpStatusCode.OK, (await DisclosureTestSupport.MoveAsync(unit, id, "submit")).StatusCode);

        var returned = await DisclosureTestSupport.MoveAsync(await app.LoginAsync("zfb"), id, "return", "请核对表8的支出口径。");

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var stored = Assert.Single(await CommentsOnAsync(ReviewForm.Disclosure, id));
        Assert.Null(stored.VersionId); // the disclosure's id is its FormId, no longer put where a version belongs
        Assert.Equal("project", stored.Anchor);
        Assert.Equal("请核对表8的支出口径。", stored.Text);
        Assert.Contains("请核对表8的支出口径。", await unit.GetStringAsync($"/Disclosure/{id}", Ct));
    }

    [Fact]
    public async Task DisclosureReturn_CommentOverTheLimit_IsRefused_StateUnchanged()
    {
        var (unit, _) = await DisclosureTestSupport.NewUnitAsync(app);
        var id = await DisclosureTestSupport.CreateDraftAsync(unit);
        Assert.Equal(HttpStatusCode.OK, (await DisclosureTestSupport.MoveAsync(unit, id, "submit")).StatusCode);
        var reviewer = await app.LoginAsync("zfb");

        var refused = await DisclosureTestSupport.MoveAsync(reviewer, id, "return", new string('审', 2001));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("最多 2,000 个字", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Submitted", (await DisclosureTestSupport.GetAsync(unit, id)).GetProperty("summary").GetProperty("state").GetString());
    }
}

public sealed class SqliteReviewCommentTests(SqliteApp app) : ReviewCommentTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresReviewCommentTests(PostgresApp app) : ReviewCommentTests<PostgresApp>(app), IClassFixture<PostgresApp>;
