using System.Net;
using System.Net.Http.Json;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Findings.FindingPages;

namespace Jixiao.Web.Tests.Findings;

/// <summary>
/// A reviewer dismisses a finding with a reason, the unit answers one (说明), issue 18: kept under the finding's
/// fingerprint, so a dismissal holds across saves until the fact it is about changes; only the form's reviewer
/// dismisses, only its unit answers, and an approved version takes neither.
/// </summary>
public abstract class FindingDismissalTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Salaries = "全年发放工资薪酬"; // 编外人员工作经费: UNIT-03, its unit 万元 under 数量指标

    private Task<List<FindingResponse>> ResponsesAsync(Guid id) =>
        DisclosureTestSupport.WithDbAsync(app, db => db.FindingResponses.AsNoTracking().Where(r => r.FormId == id).ToListAsync(Ct));

    private Task<List<AuditEvent>> AuditAsync(Guid id, string action) =>
        DisclosureTestSupport.WithDbAsync(app, db => db.AuditEvents.AsNoTracking().Where(e => e.EntityId == id.ToString() && e.Action == action).ToListAsync(Ct));

    [Fact]
    public async Task Dismiss_ShownApartWithWhoAndWhy_Audited_SurvivesASave_ReappearsWhenTheFactChanges()
    {
        var unit = await app.LoginAsync("kczx");
        var id = await ProjectIdAsync(unit, "编外人员工作经费");
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(unit, id, "Submit", ack: "已核实。")).StatusCode);
        var reviewer = await app.LoginAsync("kewei");
        var fp = Fingerprint(await reviewer.GetStringAsync($"/Projects/{id}", Ct), "UNIT-03", Salaries);

        var page = await PostAndReadAsync(reviewer, id, "Dismiss", new() { ["fingerprint"] = fp, ["reason"] = "FalsePositive", ["note"] = "按合同以金额计量" });

        Assert.Contains("已忽略该审核问题。", page);
        Assert.Empty(Items(Open(page), "UNIT-03", Salaries));
        var dismissed = Assert.Single(Items(Dismissed(page), "UNIT-03", Salaries));
        Assert.Contains("区科委审核人", dismissed);
        Assert.Contains("原因：误报（按合同以金额计量）", dismissed);
        Assert.Single(Items(Open(page), "UNIT-03", "全年发放餐费")); // only the one fact
        var stored = Assert.Single(await ResponsesAsync(id));
        Assert.Equal((FindingResponseKind.Dismissal, Domain.Review.DismissalReason.FalsePositive, fp), (stored.Kind, stored.Reason, stored.Fingerprint));
        var audited = Assert.Single(await AuditAsync(id, "Dismiss"));
        Assert.Equal($"UNIT-03 指标“{Salaries}”：“{Salaries}”的单位“万元”与类别不符；原因：误报（按合同以金额计量）", audited.Comment);
        Assert.Contains("忽略审核问题", await unit.GetStringAsync($"/Projects/{id}", Ct)); // the history, in Chinese

        // Returned and saved unchanged: the unit's page still shows it dismissed.
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(reviewer, id, "Return", comment: "请补充测算依据。")).StatusCode);
        await SaveAsync(unit, id);
        page = await unit.GetStringAsync($"/Projects/{id}", Ct);
        Assert.Single(Items(Dismissed(page), "UNIT-03", Salaries));
        Assert.Empty(Items(Open(page), "UNIT-03", Salaries));
        // The editor's live panel says so too: the finding comes with who dismissed it and why.
        var live = await LiveAsync(unit, id, Salaries);
        Assert.Equal(("误报", "按合同以金额计量", "区科委审核人"),
            ((string?)live["dismissal"]?["reasonName"], (string?)live["dismissal"]?["note"], (string?)live["dismissal"]?["by"]));

        // The fact changes (万元 → 元): the finding states another unit and is open again.
        await SaveAsync(unit, id, Salaries, row => row["targetText"] = ((string)row["targetText"]!).Replace("万元", "元", StringComparison.Ordinal));
        page = await unit.GetStringAsync($"/Projects/{id}", Ct);
        Assert.Contains("的单位“元”与类别不符", Assert.Single(Items(Open(page), "UNIT-03", Salaries)));
        Assert.Empty(Items(Dismissed(page), "UNIT-03", Salaries));
        Assert.Null((await LiveAsync(unit, id, Salaries))["dismissal"]);
    }

    /// <summary>The editor's live check (POST …/lint) of the stored content: the UNIT-03 finding about <paramref name="indicator"/>.</summary>
    private static async Task<System.Text.Json.Nodes.JsonNode> LiveAsync(HttpClient unit, Guid id, string indicator)
    {
        var content = System.Text.Json.Nodes.JsonNode.Parse(await unit.GetStringAsync($"/api/v1/projects/{id}", Ct))!["content"];
        var response = await unit.PostAsJsonAsync($"/api/v1/projects/{id}/lint", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsArray();
        return findings.Single(f => (string?)f!["ruleId"] == "UNIT-03" && (string?)f["indicator"] == indicator)!;
    }

    [Fact]
    public async Task Answer_UnitExplainsAWarning_ReviewerSeesIt_AnsweringAgainReplaces()
    {
        var unit = await app.LoginAsync("kczx");
        var id = await ProjectIdAsync(unit, "科技金融宣传活动费");
        var fp = Fingerprint(await unit.GetStringAsync($"/Projects/{id}", Ct), "OP-01", "大型宣传活动举办场次");

        var page = await PostAndReadAsync(unit, id, "Explain", new() { ["fingerprint"] = fp, ["text"] = "场次为上限，受场地预算约束。" });
        Assert.Contains("已保存说明。", page);
        page = await PostAndReadAsync(unit, id, "Explain", new() { ["fingerprint"] = fp, ["text"] = "场次为上限：全年场地预算只够 3 场。" });

        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(unit, id, "Submit", ack: "已说明。")).StatusCode);
        var reviewerPage = await (await app.LoginAsync("kewei")).GetStringAsync($"/Projects/{id}", Ct);
        var item = Assert.Single(Items(Open(reviewerPage), "OP-01", "大型宣传活动举办场次"));
        Assert.Contains("单位说明（科创中心填报人", item);
        Assert.Contains("场次为上限：全年场地预算只够 3 场。", item);
        Assert.Equal("场次为上限：全年场地预算只够 3 场。", Assert.Single(await ResponsesAsync(id)).Text);
        Assert.Equal(2, (await AuditAsync(id, "Explain")).Count);
    }

    [Fact]
    public async Task Scope_OnlyTheReviewerDismisses_OnlyTheUnitAnswers_ApprovedTakesNeither()
    {
        var unit = await app.LoginAsync("kczx");
        var id = await ProjectIdAsync(unit, "短信平台月租费");
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(unit, id, "Submit", ack: "已核实。")).StatusCode);
        var reviewer = await app.LoginAsync("kewei");
        var page = await reviewer.GetStringAsync($"/Projects/{id}", Ct);
        var warning = Fingerprint(page, "TXT-01", "疫情防控");
        var info = Fingerprint(page, "QNT-05", "年度总体目标");

        Assert.Contains("只有审核人可以忽略审核问题。",
            await PostAndReadAsync(unit, id, "Dismiss", new() { ["fingerprint"] = warning, ["reason"] = "NotApplicable" }));
        Assert.Contains("只有填报单位可以对本单位的审核问题作出说明。",
            await PostAndReadAsync(reviewer, id, "Explain", new() { ["fingerprint"] = warning, ["text"] = "审核人代答" }));
        Assert.Contains("该审核问题无需说明（只有警告需要说明）。",
            await PostAndReadAsync(unit, id, "Explain", new() { ["fingerprint"] = info, ["text"] = "提示也答" }));
        Assert.Contains("请选择忽略原因（误报、不适用或已说明）。",
            await PostAndReadAsync(reviewer, id, "Dismiss", new() { ["fingerprint"] = warning, ["reason"] = "Whatever" }));
        Assert.Contains("该审核问题已不存在（表单可能已修改），请刷新页面后重试。",
            await PostAndReadAsync(reviewer, id, "Dismiss", new() { ["fingerprint"] = new string('0', 32), ["reason"] = "NotApplicable" }));
        // Outside the form's scope: another unit and a department that does not review it never see the form.
        foreach (var outsider in new[] { "dsj", "zfb" })
            Assert.Equal(HttpStatusCode.NotFound,
                (await PostAsync(await app.LoginAsync(outsider), id, "Dismiss", new() { ["fingerprint"] = warning, ["reason"] = "NotApplicable" })).StatusCode);
        Assert.Empty(await ResponsesAsync(id));

        // Approved: the version is immutable, so neither the reviewer nor the unit changes what it says.
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(reviewer, id, "Pass")).StatusCode);
        var finance = await app.LoginAsync("finance");
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(finance, id, "Approve")).StatusCode);
        Assert.Contains("当前版本状态为“已批复”，已不能修改，不能忽略审核问题。",
            await PostAndReadAsync(finance, id, "Dismiss", new() { ["fingerprint"] = warning, ["reason"] = "NotApplicable" }));
        Assert.Contains("当前版本状态为“已批复”，已不能修改，不能再作说明。",
            await PostAndReadAsync(unit, id, "Explain", new() { ["fingerprint"] = warning, ["text"] = "批复后补充" }));
        Assert.Empty(await ResponsesAsync(id));
        Assert.Empty(await AuditAsync(id, "Dismiss"));
    }
}

public sealed class SqliteFindingDismissalTests(SqliteApp app) : FindingDismissalTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresFindingDismissalTests(PostgresApp app) : FindingDismissalTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>A reviewer withdraws a dismissal (撤销忽略, issue 18): audited, the finding is open again; the unit cannot.</summary>
public abstract class FindingUndismissTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<List<FindingResponse>> ResponsesAsync(Guid id) =>
        DisclosureTestSupport.WithDbAsync(app, db => db.FindingResponses.AsNoTracking().Where(r => r.FormId == id).ToListAsync(Ct));

    private Task<List<AuditEvent>> AuditAsync(Guid id, string action) =>
        DisclosureTestSupport.WithDbAsync(app, db => db.AuditEvents.AsNoTracking().Where(e => e.EntityId == id.ToString() && e.Action == action).ToListAsync(Ct));

    [Fact]
    public async Task Undismiss_ReviewerWithdraws_Audited_FindingOpenAgain_UnitCannot()
    {
        var unit = await app.LoginAsync("kczx");
        var id = await ProjectIdAsync(unit, "科技金融宣传活动费");
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(unit, id, "Submit", ack: "已核实。")).StatusCode);
        var reviewer = await app.LoginAsync("kewei");
        var fp = Fingerprint(await reviewer.GetStringAsync($"/Projects/{id}", Ct), "OP-01", "大型宣传活动举办场次");
        var dismissedPage = await PostAndReadAsync(reviewer, id, "Dismiss", new() { ["fingerprint"] = fp, ["reason"] = "NotApplicable" });
        Assert.Contains("撤销忽略", Assert.Single(Items(Dismissed(dismissedPage), "OP-01", "大型宣传活动举办场次")));
        Assert.Contains("只有审核人可以忽略审核问题。", await PostAndReadAsync(unit, id, "Undismiss", new() { ["fingerprint"] = fp }));

        var page = await PostAndReadAsync(reviewer, id, "Undismiss", new() { ["fingerprint"] = fp });

        Assert.Contains("已撤销忽略，该审核问题重新列为待处理。", page);
        Assert.Single(Items(Open(page), "OP-01", "大型宣传活动举办场次"));
        Assert.Empty(Items(Dismissed(page), "OP-01", "大型宣传活动举办场次"));
        Assert.DoesNotContain(await ResponsesAsync(id), r => r.Kind == FindingResponseKind.Dismissal);
        var audited = Assert.Single(await AuditAsync(id, "Undismiss"));
        Assert.Equal("OP-01 指标“大型宣传活动举办场次”", audited.Comment![..audited.Comment!.IndexOf('：')]);
        Assert.EndsWith("；撤销原因为“不适用”的忽略（区科委审核人）", audited.Comment);
        Assert.Contains("撤销忽略审核问题", await reviewer.GetStringAsync($"/Projects/{id}", Ct)); // the history, in Chinese
        // Nothing left to withdraw; and it can be dismissed again.
        Assert.Contains("该审核问题未被忽略，无需撤销。", await PostAndReadAsync(reviewer, id, "Undismiss", new() { ["fingerprint"] = fp }));
        Assert.Contains("已忽略该审核问题。", await PostAndReadAsync(reviewer, id, "Dismiss", new() { ["fingerprint"] = fp, ["reason"] = "FalsePositive" }));
    }
}

public sealed class SqliteFindingUndismissTests(SqliteApp app) : FindingUndismissTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresFindingUndismissTests(PostgresApp app) : FindingUndismissTests<PostgresApp>(app), IClassFixture<PostgresApp>;
