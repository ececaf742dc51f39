using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Findings.FindingPages;

namespace Jixiao.Web.Tests.Findings;

/// <summary>
/// The 自评表 has the same finding panel as the declaration (issue 18): the unit answers a warning (说明), the reviewer
/// of the form in verification dismisses a finding with a reason and may withdraw it; kept per form under the finding's
/// fingerprint (made on the declaration version it evaluates), audited on the 自评表, and holding across a save.
/// </summary>
public abstract class SelfEvaluationFindingTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Kczx = "上海市松江区科技创新服务中心";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Unit, Guid Id)> StartAsync()
    {
        var (projectId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Kczx, SelfEvaluationTestData.HasEveryPool, Ct);
        var unit = await app.LoginAsync("kczx");
        var response = await unit.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (unit, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
    }

    // The review itself is not under test here: the form is put into verification directly.
    private Task SetStateAsync(Guid id, FormState state) => DisclosureTestSupport.WithDbAsync(app, async db =>
    {
        var e = await db.SelfEvaluations.SingleAsync(x => x.Id == id, Ct);
        db.SetStoredState(e, state);
        await db.SaveChangesAsync(Ct);
        return 0;
    });

    private static async Task<string> PostAndReadAsync(HttpClient c, Guid id, string handler, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = TokenOf(await c.GetStringAsync($"/SelfEvaluations/{id}", Ct));
        var response = await c.PostAsync($"/SelfEvaluations/{id}?handler={handler}", new FormUrlEncodedContent(form), Ct);
        return response.StatusCode == HttpStatusCode.Redirect
            ? await c.GetStringAsync(response.Headers.Location!.OriginalString, Ct)
            : await response.Content.ReadAsStringAsync(Ct);
    }

    private static string Panel(string page) => page[page.IndexOf("data-testid=\"finding-panel\"", StringComparison.Ordinal)..];

    private static (string Rule, string Fingerprint) First(string page, Func<string, bool> which)
    {
        var m = System.Text.RegularExpressions.Regex.Matches(Open(Panel(page)),
            "data-testid=\"finding\" data-rule=\"(?<rule>[^\"]+)\">(?<body>.*?)</li>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .First(x => which(x.Groups["body"].Value) && x.Groups["body"].Value.Contains("name=\"fingerprint\"", StringComparison.Ordinal));
        return (m.Groups["rule"].Value, System.Text.RegularExpressions.Regex.Match(m.Groups["body"].Value, "name=\"fingerprint\" value=\"([0-9a-f]{32})\"").Groups[1].Value);
    }

    [Fact]
    public async Task SelfEvaluation_UnitAnswers_ReviewerDismissesAndWithdraws_Audited_HoldsAcrossASave()
    {
        var (unit, id) = await StartAsync();
        // Spent more than the budget: SE-14, a warning the unit explains.
        await SaveAsync(unit, id, entry => entry["funds"] = new JsonObject
        {
            ["total"] = new JsonObject { ["initialBudget"] = "100000", ["adjustedBudget"] = "100000", ["expenditure"] = "120000", ["weight"] = "10" },
        });
        var draft = await unit.GetStringAsync($"/SelfEvaluations/{id}", Ct);
        Assert.Contains("data-testid=\"finding-panel\"", draft);
        Assert.Contains("已保存内容的审核问题", draft); // the unit's live list stays; the panel is the saved form's
        Assert.DoesNotContain("忽略此问题", Panel(draft)); // a unit does not dismiss

        // The unit explains a warning.
        var (warnRule, warning) = First(draft, body => body.Contains("警告 SE-14", StringComparison.Ordinal) && body.Contains("提交说明", StringComparison.Ordinal));
        var answered = await PostAndReadAsync(unit, id, "Explain", new() { ["fingerprint"] = warning, ["text"] = "年中调整了实施计划。" });
        Assert.Contains("已保存说明。", answered);
        Assert.Contains("年中调整了实施计划。", Panel(answered));

        // In verification the reviewer dismisses a finding; the unit cannot.
        await SetStateAsync(id, FormState.Verification);
        var refused = await PostAndReadAsync(unit, id, "Dismiss", new() { ["fingerprint"] = warning, ["reason"] = "FalsePositive" });
        Assert.Contains("只有审核人可以忽略审核问题。", refused);
        var finance = await app.LoginAsync("finance");
        var review = await finance.GetStringAsync($"/SelfEvaluations/{id}", Ct);
        Assert.Contains("单位说明", Panel(review));
        Assert.DoesNotContain("data-live=\"findings\"", review); // the reviewer reads the findings in the panel only
        var page = await PostAndReadAsync(finance, id, "Dismiss", new() { ["fingerprint"] = warning, ["reason"] = "Explained", ["note"] = "说明合理" });
        Assert.Contains("已忽略该审核问题。", page);
        Assert.DoesNotContain(warning, Open(Panel(page)));
        var dismissed = Assert.Single(Items(Dismissed(page), warnRule, "原因：已说明（说明合理）"));
        Assert.Contains("撤销忽略", dismissed);
        var stored = await DisclosureTestSupport.WithDbAsync(app, db => db.FindingResponses.AsNoTracking()
            .Where(r => r.FormId == id && r.Kind == FindingResponseKind.Dismissal).ToListAsync(Ct));
        var row = Assert.Single(stored);
        Assert.Equal((ReviewForm.SelfEvaluation, warning), (row.FormType, row.Fingerprint));
        Assert.Single(await AuditAsync(id, "Dismiss"));

        // Returned and saved (another field changed): the dismissal holds.
        await SetStateAsync(id, FormState.Returned);
        await SaveAsync(unit, id, entry => entry["fields"]!["actualOutcome"] = "按计划实施，年中调整了实施计划。");
        Assert.Single(Items(Dismissed(await unit.GetStringAsync($"/SelfEvaluations/{id}", Ct)), warnRule, "原因：已说明"));

        // Back in verification the reviewer withdraws the dismissal: audited, the finding is open again.
        await SetStateAsync(id, FormState.Verification);
        page = await PostAndReadAsync(finance, id, "Undismiss", new() { ["fingerprint"] = warning });
        Assert.Contains("已撤销忽略，该审核问题重新列为待处理。", page);
        Assert.Contains(warning, Open(Panel(page)));
        Assert.Equal("", Dismissed(page));
        Assert.False(await DisclosureTestSupport.WithDbAsync(app, db => db.FindingResponses.AnyAsync(r => r.FormId == id && r.Kind == FindingResponseKind.Dismissal, Ct)));
        var withdrawn = Assert.Single(await AuditAsync(id, "Undismiss"));
        Assert.Contains("撤销原因为“已说明”的忽略", withdrawn.Comment);
        Assert.Contains("撤销忽略审核问题", await finance.GetStringAsync($"/Audit/SelfEvaluation/{id}", Ct)); // the history, in Chinese
    }

    /// <summary>Saves the stored entries with <paramref name="change"/> applied, as the unit's editor would.</summary>
    private static async Task SaveAsync(HttpClient unit, Guid id, Action<JsonObject> change)
    {
        var detail = JsonNode.Parse(await unit.GetStringAsync($"/api/v1/self-evaluations/{id}", Ct))!;
        var entry = detail["form"]!.AsObject();
        entry["concurrencyStamp"] = (Guid)detail["concurrencyStamp"]!;
        change(entry);
        var response = await unit.PutAsJsonAsync($"/api/v1/self-evaluations/{id}", entry, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync(Ct));
    }

    private Task<List<AuditEvent>> AuditAsync(Guid id, string action) =>
        DisclosureTestSupport.WithDbAsync(app, db => db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == "SelfEvaluation" && e.EntityId == id.ToString() && e.Action == action).ToListAsync(Ct));

    private static string TokenOf(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}

public sealed class SqliteSelfEvaluationFindingTests(SqliteApp app) : SelfEvaluationFindingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresSelfEvaluationFindingTests(PostgresApp app) : SelfEvaluationFindingTests<PostgresApp>(app), IClassFixture<PostgresApp>;
