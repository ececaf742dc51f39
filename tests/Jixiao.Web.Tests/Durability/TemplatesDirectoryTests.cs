using System.Net;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// An administrator's templates directory (`Jixiao:TemplatesDirectory`, ADR-026) read at start-up: two nodes given the
/// same files know the same templates; a refused file stops the start with its reasons.
/// </summary>
public sealed class TemplatesDirectoryTests
{
    private const string Template = """
    {
      "format": 1, "id": "TEST-WEB-SE", "title": "专项资金绩效自评表", "jurisdiction": "测试自治区", "kind": "projectSelfEvaluation",
      "blocks": [ { "id": "header" } ],
      "fields": [ { "key": "name", "label": "专项名称", "kind": "text", "place": { "block": "header", "row": 1, "order": 1, "span": 2 } } ],
      "moneyGrid": { "rows": [ { "key": "total", "label": "资金合计", "role": "total" } ],
                     "columns": [ { "key": "plan", "label": "下达数", "role": "adjustedBudget" }, { "key": "spent", "label": "支出数", "role": "expenditure" } ] },
      "indicatorColumns": [ { "key": "name", "label": "绩效指标名称" }, { "key": "target", "label": "目标值" }, { "key": "actual", "label": "实现值" } ],
      "framework": { "levels": 1 },
      "scoring": { "displayName": "测试自治区专项资金自评规则", "executionWeight": 10 }
    }
    """;

    private static string Directory(string json)
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-web-templates", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "added.json"), json);
        return dir;
    }

    [Fact]
    public async Task TwoNodes_SameTemplatesDirectory_KnowTheSameTemplate_ABadFileStopsTheStart()
    {
        var dir = Directory(Template);
        var (connectionString, drop) = await ChildApp.NewPostgresDatabaseAsync();
        await using var a = new ChildApp("postgres", connectionString, "node-a");
        await using var b = new ChildApp("postgres", connectionString, "node-b");
        await using var bad = new ChildApp("postgres", connectionString, "node-bad");
        try
        {
            foreach (var node in new[] { a, b }) node.ExtraEnvironment["Jixiao__TemplatesDirectory"] = dir;
            await a.StartAsync();
            await b.StartAsync();
            var cookie = await AuthCookieAsync(a.Client(), "admin");

            foreach (var node in new[] { a, b })
            {
                var page = await node.Client(cookie).GetAsync("/Admin/RuleProfiles", Ct);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                Assert.Contains("测试自治区专项资金自评规则", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            }

            bad.ExtraEnvironment["Jixiao__TemplatesDirectory"] = Directory(Template.Replace("\"levels\": 1", "\"levels\": 5", StringComparison.Ordinal));
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => bad.StartAsync(TimeSpan.FromSeconds(120)));
            Assert.Contains("表单模板未能载入", refused.Message, StringComparison.Ordinal);
            Assert.Contains("模板文件“added.json”的 $.framework.levels", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            await drop();
        }
    }
}
