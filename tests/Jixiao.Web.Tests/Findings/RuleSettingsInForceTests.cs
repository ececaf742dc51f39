using System.Net.Http.Json;
using System.Text.Json;
using static Jixiao.Web.Tests.DocumentTestSupport;
using static Jixiao.Web.Tests.Findings.FindingPages;

namespace Jixiao.Web.Tests.Findings;

/// <summary>
/// The administrator's rule settings (评分规则 → 审核规则) are the one profile every check lints with, issue 18: not only
/// the form's own page but also 分析 (常见审核问题) and the preview of an upload. A rule switched off is gone from both,
/// a rule set to 提示 is stated there as information.
/// </summary>
public abstract class RuleSettingsInForceTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Seed = "001_f9a1a9807cfbc00b.txt"; // 大数据中心's 2024 declarations

    private static async Task<Dictionary<string, int>> CommonFindingsAsync(HttpClient finance)
    {
        var report = await finance.GetFromJsonAsync<JsonElement>("/api/v1/analysis", Ct);
        return report.GetProperty("commonFindings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("ruleId").GetString()!, f => f.GetProperty("count").GetInt32());
    }

    private static async Task<List<(string Rule, string Severity)>> PreviewFindingsAsync(HttpClient unit)
    {
        var response = await unit.PostAsync("/api/v1/imports", Upload(await File.ReadAllBytesAsync(SeedPath(Seed), Ct), "大数据中心2024.txt"), Ct);
        response.EnsureSuccessStatusCode();
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        await unit.DeleteAsync($"/api/v1/imports/{preview.GetProperty("uploadId").GetGuid()}", Ct); // previews only
        return preview.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!)).ToList();
    }

    [Fact]
    public async Task RuleSwitchedOff_IsGoneFromAnalysisAndImportPreview_SeverityChangeShowsThere()
    {
        var admin = await app.LoginAsync("admin");
        var finance = await app.LoginAsync("finance");
        var unit = await app.LoginAsync("dsj");
        var analysis = await CommonFindingsAsync(finance);
        var preview = await PreviewFindingsAsync(unit);
        // A review rule both lists state today (the catalogue's rules only: scoring checks have no setting).
        var catalogue = Domain.Review.RuleCatalog.All.Select(r => r.Id).ToHashSet();
        var off = analysis.Keys.Where(r => catalogue.Contains(r) && preview.Any(f => f.Rule == r)).Order(StringComparer.Ordinal).First();
        var quieter = preview.Where(f => catalogue.Contains(f.Rule) && f.Rule != off && f.Severity != "info")
            .Select(f => f.Rule).Order(StringComparer.Ordinal).First();

        Assert.Contains("下次审核起生效", await SetRuleAsync(admin, off, "", enabled: false));
        await SetRuleAsync(admin, quieter, "Info", enabled: true);

        var analysisAfter = await CommonFindingsAsync(finance);
        var previewAfter = await PreviewFindingsAsync(unit);
        Assert.False(analysisAfter.ContainsKey(off), $"{off} still in 常见审核问题");
        Assert.DoesNotContain(previewAfter, f => f.Rule == off);
        Assert.All(previewAfter.Where(f => f.Rule == quieter), f => Assert.Equal("info", f.Severity));
        Assert.Equal(preview.Count(f => f.Rule == quieter), previewAfter.Count(f => f.Rule == quieter)); // only the severity changed
        // Everything else is stated as before: the setting touches only its rule.
        Assert.Equal(analysis.Where(kv => kv.Key != off).OrderBy(kv => kv.Key), analysisAfter.OrderBy(kv => kv.Key));

        // Back on: the rule is stated again in both.
        await SetRuleAsync(admin, off, "", enabled: true);
        Assert.Equal(analysis[off], (await CommonFindingsAsync(finance))[off]);
        Assert.Equal(preview.Count(f => f.Rule == off), (await PreviewFindingsAsync(unit)).Count(f => f.Rule == off));
    }
}

public sealed class SqliteRuleSettingsInForceTests(SqliteApp app) : RuleSettingsInForceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresRuleSettingsInForceTests(PostgresApp app) : RuleSettingsInForceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
