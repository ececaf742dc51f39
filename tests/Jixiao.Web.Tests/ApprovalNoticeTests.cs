using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DocumentTestSupport;

namespace Jixiao.Web.Tests;

/// <summary>
/// 绩效目标批复通知 (issue 15): a printable notice and PDF for approved versions only, naming the approving body, the
/// date, the project, its amount and the approved indicator table.
/// </summary>
public abstract class ApprovalNoticeTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Project = "短信平台月租费";

    private static Task<HttpResponseMessage> Move(HttpClient c, Guid id, string action, string? ack = null) =>
        c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, acknowledgement = ack }, Ct);

    [Fact]
    public async Task ApprovalNotice_OnlyForAnApprovedVersion_NamesBodyDateProjectAmountAndTheApprovedIndicators()
    {
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == Project).GetProperty("id").GetGuid();
        var url = $"/api/v1/projects/{id}/approval-notice";

        // A draft, and a version under review, have no notice (a state of a visible project: 409, saying why); the page offers none.
        var draft = await unit.GetAsync(url + "?format=pdf", Ct);
        Assert.Equal(HttpStatusCode.Conflict, draft.StatusCode);
        Assert.Contains("审核通过后才能打印", await draft.Content.ReadAsStringAsync(Ct));
        Assert.DoesNotContain("data-testid=\"approval-notice\"", await unit.GetStringAsync($"/Projects/{id}", Ct));
        Assert.Equal(HttpStatusCode.NoContent, (await Move(unit, id, "Submit", "已核实。")).StatusCode);
        var kewei = await app.LoginAsync("kewei");
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Open")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Pass")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await unit.GetAsync(url + "?format=pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(await app.LoginAsync("finance"), id, "Approve")).StatusCode);

        var (version, model, approvedAt, unitName) = await WithDbAsync(app, async db =>
        {
            var v = await db.DeclarationVersions.AsNoTracking().Where(x => x.ProjectId == id && x.ApprovedAt != null).SingleAsync(Ct);
            var u = await db.Projects.Where(p => p.Id == id).Select(p => p.Unit!.Name).SingleAsync(Ct);
            return (v.Number, ProjectService.ToDomain(v), v.ApprovedAt!.Value, u);
        });
        var page = await unit.GetStringAsync($"/Projects/{id}", Ct);
        Assert.Contains($"href=\"{url}?version={version}&amp;format=pdf\"", page);

        var pdf = await unit.GetAsync($"{url}?version={version}&format=pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.ToString());
        Assert.Equal($"2024-{Project}-绩效目标批复通知.pdf", pdf.Content.Headers.ContentDisposition!.FileNameStar);
        var read = Jixiao.Documents.Reading.AnyDocumentReader.Read("n.pdf", await pdf.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(read.Success, read.Error);
        var text = string.Join("\n", read.Lines!.Select(l => l.Text));
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal); // cells come tab-separated
        Assert.Contains("项目支出绩效目标批复通知", compact);
        Assert.Contains($"你单位报送的“{Project}”项目支出绩效目标（第{version}版）已经审核，现予批复。", compact);
        Assert.Contains($"批复机关{DemoOrganizations.Finance}", compact); // the approver's organisation
        var day = DisplayTime.Date(approvedAt);
        Assert.Contains($"批复日期{day.Year}年{day.Month}月{day.Day}日", compact);
        Assert.Contains($"项目资金（元）{model.Funds.ProjectFundsTotal:#,##0.00}", compact);
        Assert.Contains(unitName, compact);
        foreach (var indicator in model.Indicators)
            Assert.Contains(indicator.Target.OriginalText.Replace(" ", "", StringComparison.Ordinal), compact);

        // The printable page is the same notice as HTML.
        var html = await unit.GetStringAsync($"{url}?version={version}&format=html", Ct);
        Assert.Contains("项目支出绩效目标批复通知", html);
        Assert.Contains(model.Indicators[0].Name, html);
        // Another unit's preparer gets nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("dsj")).GetAsync($"{url}?format=pdf", Ct)).StatusCode);
    }
}

public sealed class SqliteApprovalNoticeTests(SqliteApp app) : ApprovalNoticeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresApprovalNoticeTests(PostgresApp app) : ApprovalNoticeTests<PostgresApp>(app), IClassFixture<PostgresApp>;
