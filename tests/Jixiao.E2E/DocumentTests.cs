using System.IO.Compression;
using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>Documents in and out in the browser: export buttons download files, 导入 previews then confirms, 批量导出.</summary>
public class DocumentTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Unit_ExportsAProjectToExcel_ThenImportsIt_PreviewShowsAnUpdate_ConfirmWritesIt()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("dsj", BrowserApp.Password);

        await page.GotoAsync(app.BaseUrl + "/Projects?year=2024");
        var first = page.GetByRole(AriaRole.Table, new() { Name = "项目列表" }).GetByRole(AriaRole.Link).First;
        var name = await first.InnerTextAsync();
        await first.ClickAsync();
        var file = await new ExportButtons(page).DownloadAsync("导出 Excel");
        Assert.Equal($"2024-{name}-申报表.xlsx", Path.GetFileName(file));
        Assert.True(new FileInfo(file).Length > 0);

        var import = new ImportPage(page);
        await import.OpenFromNavAsync();
        await import.PreviewAsync(file);
        await Expect(import.Summary).ToContainTextAsync("更新 1 个");
        await Expect(import.Items).ToContainTextAsync(name);
        await Expect(import.Items).ToContainTextAsync("生成第 2 版");
        await BrowserApp.ScreenshotAsync(page, "60-import-preview");
        await import.ConfirmAsync();
        await Expect(import.Result).ToContainTextAsync("更新 1 个");
        await BrowserApp.ScreenshotAsync(page, "61-import-done");

        await page.GetByRole(AriaRole.Link, new() { Name = "查看项目申报" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(page.GetByText($"第 2 版 · 上海市松江区大数据中心 · 2024 年度")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Unit_BulkExportsItsForms_ProgressPageOffersTheZip()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);

        await page.GotoAsync(app.BaseUrl + "/Projects");
        await page.GetByTestId("bulk-export-link").ClickAsync();
        await page.GetByLabel("年度").SelectOptionAsync("2024");
        await page.GetByLabel("格式").SelectOptionAsync("docx");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始导出" }).ClickAsync();
        var link = page.GetByTestId("job-download");
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await BrowserApp.ScreenshotAsync(page, "62-bulk-export-done");
        var download = await page.RunAndWaitForDownloadAsync(async () => await link.ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), "jixiao-e2e-downloads", Guid.NewGuid().ToString("N"), download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var zip = ZipFile.OpenRead(path);
        // The 11 projects of 科创中心's 2024 declaration document, and the one the demo copied from 2023 (结果应用).
        Assert.Equal(12, zip.Entries.Count);
        Assert.All(zip.Entries, e => Assert.EndsWith(".docx", e.FullName));
    }
}
