using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

public class DisclosureTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string DemoUnit = "上海市松江区科技创新服务中心";

    [Fact]
    public async Task Anonymous_OpensPublishedDemoPackage_SeesTable1AndTotal()
    {
        var page = await app.NewPageAsync();
        var disclosure = new PublicDisclosurePage(page, app.BaseUrl);
        await disclosure.GotoListAsync();
        await disclosure.OpenAsync(DemoUnit, 2021);

        await Expect(disclosure.TableTitle("2021年单位财务收支预算总表")).ToBeVisibleAsync();
        await Expect(disclosure.Table(1)).ToContainTextAsync("18,963,662.79");
        await Expect(disclosure.Table(1)).ToContainTextAsync("编制单位：");
        await Expect(disclosure.Table(6)).ToContainTextAsync("本单位无政府性基金预算支出。");
        await BrowserApp.ScreenshotAsync(page, "30-public-disclosure");
    }

    [Fact]
    public async Task Unit_ImportsPreviewsAndEdits_LiveCheckFlagsThreePublicMismatch()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("dsj", BrowserApp.Password);

        var import = new DisclosureImportPage(page, app.BaseUrl);
        await import.GotoAsync();
        await import.PreviewAsync(SeedPath());
        await Expect(import.Summary).ToContainTextAsync("2021年");
        await BrowserApp.ScreenshotAsync(page, "31-disclosure-import-preview");
        await import.CommitAsync();
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("草稿");

        var edit = new DisclosureEditPage(page);
        await edit.OpenFromDetailsAsync();
        var reception = edit.Cell("表8 单位“三公”经费和机关运行经费预算表 公务接待费");
        await reception.FillAsync("4,000.00");
        await Expect(edit.LiveFindings).ToContainTextAsync("DSC-06");
        await BrowserApp.ScreenshotAsync(page, "32-disclosure-edit-live-check");

        // Saved with the mismatch, the package cannot be submitted; the refusal lists the finding.
        await page.GetByRole(AriaRole.Button, new() { Name = "保存全部" }).ClickAsync();
        await Expect(page.GetByTestId("findings-8")).ToContainTextAsync("DSC-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Expect(page.GetByTestId("blocking")).ToContainTextAsync("DSC-06");
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("草稿");
        await BrowserApp.ScreenshotAsync(page, "33-disclosure-submit-blocked");
    }

    /// <summary>
    /// The 2021 seed printed for 大数据中心 (the seed names 科创中心, and a unit may import only its own documents),
    /// written to a temporary file for the file chooser.
    /// </summary>
    private static string SeedPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        var seed = File.ReadAllText(Path.Combine(dir!.FullName, "tests", "fixtures", "seeds", "003_5c87672f31bbd0d3.txt"))
            .Replace("上海市松江区科技创新服务中心（上海市松江区大数据中心）", "上海市松江区大数据中心", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-e2e-disclosure-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, seed);
        return path;
    }
}
