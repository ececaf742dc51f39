using System.Text.Json;
using Microsoft.Playwright;

namespace Jixiao.E2E.Accessibility;

/// <summary>
/// axe-core (pinned in src/Jixiao.Web/frontend/package.json, installed by ensure_frontend) injected into each main
/// page of each demo account at 1366×768: no serious or critical violation (contrast, names…), and no empty table
/// header (axe rates it minor, but an action column without a name is read as a blank by a screen reader).
/// </summary>
public class AxeTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    public static TheoryData<string> Roles => new(PageTour.Roles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task MainPages_HaveNoSeriousOrCriticalViolations(string role)
    {
        var axe = AxeScript();
        var found = new List<string>();
        var pages = 0;
        await new PageTour(app).WalkAsync(role, async (page, name) =>
        {
            pages++;
            foreach (var v in await RunAxeAsync(page, axe)) found.Add($"{name}: {v}");
        });

        Assert.True(pages > 0);
        Assert.True(found.Count == 0, $"{found.Count} serious/critical axe violations (or empty table headers) on {pages} pages:\n" + string.Join("\n", found));
    }

    /// <summary>Runs axe on the page as it stands; one line per violating element: rule, impact, target, summary.</summary>
    public static async Task<IReadOnlyList<string>> RunAxeAsync(IPage page, string axeScript)
    {
        await page.AddScriptTagAsync(new() { Content = axeScript });
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical' || v.id === 'empty-table-header')
                .flatMap(v => v.nodes.map(n => `[${v.id}/${v.impact}] ${n.target.join(' ')} — ${(n.failureSummary || v.help).replace(/\s+/g, ' ')}`));
            }
            """);
        return [.. json.EnumerateArray().Select(e => e.GetString()!)];
    }

    private static string AxeScript()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? ".", "src", "Jixiao.Web", "frontend", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"axe-core is not installed at {path}: run `source scripts/lib/prereqs.sh && ensure_frontend`.");
        return File.ReadAllText(path);
    }
}
