using System.Text.RegularExpressions;

namespace Jixiao.E2E;

/// <summary>
/// Every browser a test opens is a Chinese office PC: locale zh-CN and time zone Asia/Shanghai, so dates, number formats
/// and the browser's own words are what a clerk sees. Contexts are opened only through <see cref="BrowserApp.NewContextAsync"/>.
/// </summary>
public partial class BrowserContextTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task EveryContext_IsZhCnInShanghaiTime()
    {
        var pages = new[] { await app.NewPageAsync(), await new Accessibility.PageTour(app).NewPageAsync("anonymous") };
        foreach (var page in pages)
        {
            await page.GotoAsync(app.BaseUrl + "/Account/Login");
            var seen = await page.EvaluateAsync<string[]>("() => [navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone]");
            Assert.Equal([BrowserApp.Locale, BrowserApp.TimeZone], seen);
        }
    }

    [Fact]
    public void TestSources_OpenContextsOnlyThroughBrowserApp()
    {
        var root = Path.GetDirectoryName(BrowserApp.ScreenshotDir)!; // TestResults under the repo root
        var dir = Path.Combine(Path.GetDirectoryName(root)!, "tests", "Jixiao.E2E");
        var offenders = Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "BrowserApp.cs")
            .Where(f => BrowserNewContext().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName).ToList();
        Assert.True(offenders.Count == 0, "Contexts opened outside BrowserApp.NewContextAsync: " + string.Join(", ", offenders));
    }

    [GeneratedRegex(@"Browser\s*\.\s*New(Context|Page)Async")]
    private static partial Regex BrowserNewContext();
}
