using Microsoft.Playwright;

namespace Jixiao.E2E.Pages;

/// <summary>Page objects of 导入 (upload → preview → 确认导入), the export buttons and 批量导出.</summary>
public sealed class ImportPage(IPage page)
{
    public async Task OpenFromNavAsync() =>
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "导入", Exact = true }).ClickAsync();

    public async Task PreviewAsync(string path)
    {
        await page.GetByLabel("申报表、自评表或预算公开（xlsx、docx、pdf、html、md、txt）").SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
    }

    public ILocator Summary => page.GetByTestId("preview-summary");
    public ILocator Items => page.GetByTestId("preview-items");
    public ILocator Result => page.GetByTestId("import-result");

    public async Task ConfirmAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
}

public sealed class ExportButtons(IPage page)
{
    /// <summary>Clicks an export button (导出 Excel / Word / PDF) and saves the download; returns its path.</summary>
    public async Task<string> DownloadAsync(string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(async () =>
            await page.GetByRole(AriaRole.Link, new() { Name = button, Exact = true }).First.ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), "jixiao-e2e-downloads", Guid.NewGuid().ToString("N"), download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
