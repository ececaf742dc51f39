using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Data.Entities;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Findings.FindingPages;

namespace Jixiao.Web.Tests.Findings;

/// <summary>
/// The administrator's view of the review rules (issue 18): per rule the findings of a year and district and the
/// dismissals by reason; a rule's severity or off-switch changed on 评分规则 is audited and in force on the next check.
/// </summary>
public abstract class RuleQualityTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Cell(string page, string rule, string testId) =>
        int.Parse(Regex.Match(Row(page, rule), $"data-testid=\"{testId}\">(\\d+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Row(string page, string rule) =>
        Regex.Match(page, $"<tr data-testid=\"quality-row\" data-rule=\"{rule}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;


    [Fact]
    public async Task Quality_CountsFiredAndDismissedByReason_PerYearAndDistrict_SwitchingOffAndSeverityTakeEffectNextCheck()
    {
        var unit = await app.LoginAsync("kczx");
        var id = await ProjectIdAsync(unit, "编外人员工作经费");
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(unit, id, "Submit", ack: "已核实。")).StatusCode);
        var reviewer = await app.LoginAsync("kewei");
        var admin = await app.LoginAsync("admin");
        var district = await DisclosureTestSupport.WithDbAsync(app, db => db.Organizations.Where(o => o.Name == DemoOrganizations.Finance).Select(o => o.Id).SingleAsync(Ct));
        var quality = $"/Admin/RuleQuality?year=2024&district={district}";
        var before = await admin.GetStringAsync(quality, Ct);
        var fired = Cell(before, "UNIT-03", "fired");

        var page = await reviewer.GetStringAsync($"/Projects/{id}", Ct);
        var (salaries, meals) = (Fingerprint(page, "UNIT-03", "全年发放工资薪酬"), Fingerprint(page, "UNIT-03", "全年发放餐费"));
        await PostAndReadAsync(reviewer, id, "Dismiss", new() { ["fingerprint"] = salaries, ["reason"] = "FalsePositive" });
        await PostAndReadAsync(reviewer, id, "Dismiss", new() { ["fingerprint"] = meals, ["reason"] = "NotApplicable", ["note"] = "餐费按金额核定" });

        var after = await admin.GetStringAsync(quality, Ct);
        Assert.True(fired >= 3, $"UNIT-03 fired {fired} times"); // the three 万元 rows of 编外人员工作经费 at least
        Assert.Equal(fired, Cell(after, "UNIT-03", "fired"));
        Assert.Equal(Cell(before, "UNIT-03", "dismissed") + 2, Cell(after, "UNIT-03", "dismissed"));
        Assert.Equal(1, Cell(after, "UNIT-03", "reason-FalsePositive"));
        Assert.Equal(1, Cell(after, "UNIT-03", "reason-NotApplicable"));
        Assert.Equal(0, Cell(after, "UNIT-03", "reason-Explained"));
        // Another year holds none of it.
        var otherYear = await admin.GetStringAsync($"/Admin/RuleQuality?year=1999&district={district}", Ct);
        Assert.Contains("共统计 0 个项目申报。", otherYear);
        Assert.Equal(0, Cell(otherYear, "UNIT-03", "fired"));

        // Switched off: audited, gone from the form on its next check, still counted on the quality page.
        Assert.Contains("已保存审核规则 UNIT-03 的设置，下次审核起生效。", await SetRuleAsync(admin, "UNIT-03", "", enabled: false));
        page = await reviewer.GetStringAsync($"/Projects/{id}", Ct);
        Assert.DoesNotContain("data-rule=\"UNIT-03\"", page);
        var off = await admin.GetStringAsync(quality, Ct);
        Assert.Contains("已关闭", Row(off, "UNIT-03"));
        Assert.Equal(fired, Cell(off, "UNIT-03", "fired"));

        // Back on at 提示: the findings return as information, the dismissals still hold (same facts).
        await SetRuleAsync(admin, "UNIT-03", "Info", enabled: true);
        page = await reviewer.GetStringAsync($"/Projects/{id}", Ct);
        Assert.Contains("提示 UNIT-03", Assert.Single(Items(Open(page), "UNIT-03", "一次性体检费")));
        Assert.Equal(2, Items(Dismissed(page), "UNIT-03", "全年发放").Count);

        var audit = await DisclosureTestSupport.WithDbAsync(app, db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == "SetRule" && e.EntityId == "UNIT-03").OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal(2, audit.Count);
        Assert.Contains("\"是否启用\"", audit[0].Diff);
        Assert.Contains("已关闭", audit[0].Diff);
        Assert.Contains("默认（警告）", audit[1].Diff);
        Assert.Contains("提示", audit[1].Diff);
        Assert.Contains("修改审核规则", await admin.GetStringAsync("/Admin/Audit?type=LintRule", Ct));

        // A rule that is not in the catalogue is refused and nothing is stored.
        Assert.Contains("没有编号为“XX-01”的审核规则。", await SetRuleAsync(admin, "XX-01", "", enabled: false));
        Assert.False(await DisclosureTestSupport.WithDbAsync(app, db => db.LintRuleSettings.AnyAsync(s => s.RuleId == "XX-01", Ct)));
    }

    [Theory]
    [InlineData("kewei")]
    [InlineData("finance")]
    [InlineData("kczx")]
    public async Task Quality_NonAdmin_IsDenied(string user)
    {
        var response = await (await app.LoginAsync(user)).GetAsync("/Admin/RuleQuality", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
    }
}

public sealed class SqliteRuleQualityTests(SqliteApp app) : RuleQualityTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresRuleQualityTests(PostgresApp app) : RuleQualityTests<PostgresApp>(app), IClassFixture<PostgresApp>;
