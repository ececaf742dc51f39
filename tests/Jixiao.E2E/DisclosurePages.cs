using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jixiao.E2E;

/// <summary>Page object for the anonymous /Public/Disclosure pages, located by roles and visible text.</summary>
public sealed class PublicDisclosurePage(IPage page, string baseUrl)
{
    public async Task GotoListAsync() => await page.GotoAsync(baseUrl + "/Public/Disclosure");

    public async Task OpenAsync(string unitName, int year) =>
        await page.GetByRole(AriaRole.Link, new() { Name = $"{unitName} {year}年单位预算" }).ClickAsync();

    public ILocator TableTitle(string title) => page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true });

    public ILocator Table(int number) => page.GetByTestId($"table-{number}");
}

/// <summary>Page objects for the signed-in disclosure screens: import with preview, and amount editing.</summary>
public sealed class DisclosureImportPage(IPage page, string baseUrl)
{
    public async Task GotoAsync() => await page.GotoAsync(baseUrl + "/Disclosure/Import");

    public async Task PreviewAsync(string path)
    {
        await page.GetByLabel(new Regex("^预算公开文档（")).SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
    }

    public ILocator Summary => page.GetByTestId("preview-summary");

    public async Task CommitAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
}

public sealed class DisclosureEditPage(IPage page)
{
    public async Task OpenFromDetailsAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "修改金额" }).ClickAsync();

    public ILocator Cell(string label) => page.GetByLabel(label, new() { Exact = true });

    public ILocator LiveFindings => page.GetByTestId("live-findings");
}
