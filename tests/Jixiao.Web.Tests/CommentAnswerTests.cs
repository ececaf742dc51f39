using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Replying to and resolving a review comment works the same on the 自评表, the 运行监控表 and the 预算公开 as on the
/// declaration (ADR-021): the unit replies on the page or by the API, a reviewer resolves, and a role that may not is
/// refused with a Chinese reason and changes nothing.
/// </summary>
public abstract class CommentAnswerTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A form of 科创中心 (unit kczx, reviewer kewei): its comment table key, API base and page.</summary>
    private sealed record FormUnderReview(ReviewForm Type, Guid FormId, string Api, string Page);

    public static TheoryData<string> Forms => new() { "SelfEvaluation", "Monitoring", "Disclosure" };

    private async Task<FormUnderReview> FormAsync(string kind)
    {
        switch (kind)
        {
            case "SelfEvaluation":
                {
                    var id = await DisclosureTestSupport.WithDbAsync(app, db => db.SelfEvaluations
                        .Where(e => e.Project!.Unit!.Name == DemoOrganizations.InnovationCentre).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Ct));
                    return new(ReviewForm.SelfEvaluation, id, $"/api/v1/self-evaluations/{id}", $"/SelfEvaluations/{id}");
                }
            case "Monitoring":
                {
                    var (projectId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, DemoOrganizations.InnovationCentre, _ => true, Ct);
                    var unit = await app.LoginAsync("kczx");
                    var created = await unit.PutAsJsonAsync($"/api/v1/monitoring/{projectId}/7", new { fields = new { annualBudget = 1000m, expenditureToDate = 0m }, rows = Array.Empty<object>() }, Ct);
                    Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
                    var id = await DisclosureTestSupport.WithDbAsync(app, db => db.MonitoringReports
                        .Where(m => m.ProjectId == projectId && m.PeriodEndMonth == 7).Select(m => m.Id).SingleAsync(Ct));
                    return new(ReviewForm.Monitoring, id, $"/api/v1/monitoring/{projectId}/7", $"/Monitoring/{projectId}?month=7");
                }
            default:
                {
                    var id = await DisclosureTestSupport.DemoPackageIdAsync(app);
                    return new(ReviewForm.Disclosure, id, $"/api/v1/disclosures/{id}", $"/Disclosure/{id}");
                }
        }
    }

    /// <summary>A reviewer's open comment on the whole form, as a return leaves it.</summary>
    private async Task<Guid> CommentAsync(FormUnderReview form, string text)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var comment = new ReviewComment
        {
            Id = Guid.NewGuid(),
            FormType = form.Type,
            FormId = form.FormId,
            Anchor = ReviewCommentRules.FormAnchor,
            Text = text,
            AuthorName = "区科委审核人",
            CreatedAt = DateTimeOffset.UtcNow,
            Status = CommentStatus.Open,
        };
        db.ReviewComments.Add(comment);
        await db.SaveChangesAsync(Ct);
        return comment.Id;
    }

    private Task<ReviewComment> StoredAsync(Guid id) =>
        DisclosureTestSupport.WithDbAsync(app, db => db.ReviewComments.AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    private static string PageHandler(FormUnderReview form, string handler) =>
        form.Page + (form.Page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Page_UnitReplies_ReviewerResolves(string kind)
    {
        var form = await FormAsync(kind);
        var id = await CommentAsync(form, $"请补充{kind}的佐证材料。");
        var unit = await app.LoginAsync("kczx");

        // The unit sees the comment with a reply box (the shared partial), and replies on the page.
        var page = await unit.GetStringAsync(form.Page, Ct);
        Assert.Contains($"请补充{kind}的佐证材料。", page);
        Assert.Contains("placeholder=\"答复审核意见\"", page);
        Assert.DoesNotContain("标记为已解决", page); // the unit never closes a comment
        var replied = await unit.PostAsync(PageHandler(form, "Reply"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["commentId"] = id.ToString(),
            ["answer"] = nameof(CommentAnswer.Reply),
            ["text"] = "已补充，见附件。",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var stored = await StoredAsync(id);
        Assert.Equal((CommentStatus.Answered, "已补充，见附件。"), (stored.Status, stored.Reply));
        Assert.Contains("答复：已补充，见附件。", await unit.GetStringAsync(form.Page, Ct));

        // The reviewer is offered "resolve" only, and resolves on the page.
        var kewei = await app.LoginAsync("kewei");
        var reviewPage = await kewei.GetStringAsync(form.Page, Ct);
        Assert.Contains("标记为已解决", reviewPage);
        Assert.DoesNotContain("placeholder=\"答复审核意见\"", reviewPage); // a reviewer never writes the unit's reply
        var resolved = await kewei.PostAsync(PageHandler(form, "Reply"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["commentId"] = id.ToString(),
            ["answer"] = nameof(CommentAnswer.Resolve),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal(CommentStatus.Resolved, (await StoredAsync(id)).Status);
        Assert.DoesNotContain($"value=\"{id}\"", await kewei.GetStringAsync(form.Page, Ct)); // nothing left to answer on it
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Api_UnitReplies_ReviewerResolves_ListedWithTheForm(string kind)
    {
        var form = await FormAsync(kind);
        var id = await CommentAsync(form, "请核对年度预算数。");
        var unit = await app.LoginAsync("kczx");

        Assert.Equal(HttpStatusCode.NoContent, (await unit.PostAsJsonAsync($"{form.Api}/comments/{id}/reply", new { text = "已核对。" }, Ct)).StatusCode);
        var listed = (await unit.GetFromJsonAsync<JsonElement>($"{form.Api}/comments", Ct)).EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(("Answered", "已核对。"), (listed.GetProperty("status").GetString(), listed.GetProperty("reply").GetString()));

        var kewei = await app.LoginAsync("kewei");
        Assert.Equal(HttpStatusCode.NoContent, (await kewei.PostAsync($"{form.Api}/comments/{id}/resolve", null, Ct)).StatusCode);
        Assert.Equal(CommentStatus.Resolved, (await StoredAsync(id)).Status);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Api_RoleThatMayNot_IsRefusedInChinese_AndNothingChanges(string kind)
    {
        var form = await FormAsync(kind);
        var id = await CommentAsync(form, "请说明偏差原因。");
        var unit = await app.LoginAsync("kczx");
        var kewei = await app.LoginAsync("kewei");

        // The unit may not close a comment, a reviewer may not write the unit's reply.
        var unitResolves = await unit.PostAsync($"{form.Api}/comments/{id}/resolve", null, Ct);
        Assert.False(unitResolves.IsSuccessStatusCode);
        Assert.Contains("只有审核人可以将审核意见标记为已解决。", await unitResolves.Content.ReadAsStringAsync(Ct));
        var stored = await StoredAsync(id);
        Assert.Equal((CommentStatus.Open, (string?)null), (stored.Status, stored.Reply));

        // An empty reply is refused; once resolved, a comment takes no further answer.
        var empty = await unit.PostAsJsonAsync($"{form.Api}/comments/{id}/reply", new { text = " " }, Ct);
        Assert.Contains("答复不能为空。", await empty.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NoContent, (await kewei.PostAsync($"{form.Api}/comments/{id}/resolve", null, Ct)).StatusCode);
        var late = await unit.PostAsJsonAsync($"{form.Api}/comments/{id}/reply", new { text = "补充说明。" }, Ct);
        Assert.False(late.IsSuccessStatusCode);
        Assert.Contains("该审核意见已解决，不能再答复或关闭。", await late.Content.ReadAsStringAsync(Ct));
        stored = await StoredAsync(id);
        Assert.Equal((CommentStatus.Resolved, (string?)null), (stored.Status, stored.Reply));
    }

    [Fact]
    public async Task Api_AnotherFormsComment_IsNotFound()
    {
        // A comment id of one form cannot be answered through another form's address.
        var selfEvaluation = await FormAsync("SelfEvaluation");
        var disclosure = await FormAsync("Disclosure");
        var id = await CommentAsync(selfEvaluation, "请补充材料。");
        var unit = await app.LoginAsync("kczx");
        Assert.Equal(HttpStatusCode.NotFound, (await unit.PostAsJsonAsync($"{disclosure.Api}/comments/{id}/reply", new { text = "已补充。" }, Ct)).StatusCode);
        Assert.Equal(CommentStatus.Open, (await StoredAsync(id)).Status);
    }
}

public sealed class SqliteCommentAnswerTests(SqliteApp app) : CommentAnswerTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresCommentAnswerTests(PostgresApp app) : CommentAnswerTests<PostgresApp>(app), IClassFixture<PostgresApp>;
