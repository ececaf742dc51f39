using System.Diagnostics;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// The screenshots issue 15's "done" asks a person to look at, at the office laptop's 1366×768 (the window, as seen
/// without scrolling): the declaration editor, the 自评表 page, an error page and the official 自评表 PDF (its first page
/// rendered to PNG by poppler's pdftoppm). Written to TestResults/screenshots/done-*.png.
/// </summary>
public class DoneScreenshotTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Screens_EditorSelfEvaluationErrorPageAndOfficialPdf_AreWrittenAt1366x768()
    {
        var page = await (await app.NewContextAsync(1366, 768)).NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();

        await page.GotoAsync($"{app.BaseUrl}/Projects/{await DraftAsync()}/Edit");
        await Expect(page.GetByTestId("form-guide")).ToBeVisibleAsync();
        await Shot(page, "done-editor");

        var evaluation = new SelfEvaluationPage(page, app.BaseUrl);
        await evaluation.GotoListAsync();
        await evaluation.OpenAsync("项目服务管理");
        await Expect(evaluation.PrintedTotal).ToHaveTextAsync("94.00");
        await Shot(page, "done-self-evaluation");

        var pdfUrl = await page.GetByTestId("export-pdf").GetAttributeAsync("href");
        var pdf = await page.APIRequest.GetAsync(app.BaseUrl + pdfUrl);
        Assert.Equal(200, pdf.Status);
        var body = await pdf.BodyAsync();
        Assert.Equal("%PDF"u8.ToArray(), body[..4]);
        var pdfPath = Path.Combine(BrowserApp.ScreenshotDir, "done-self-evaluation.pdf");
        await File.WriteAllBytesAsync(pdfPath, body, TestContext.Current.CancellationToken);
        var png = await RenderFirstPageAsync(pdfPath, Path.Combine(BrowserApp.ScreenshotDir, "done-self-evaluation-pdf"));
        Assert.True(new FileInfo(png).Length > 10_000, "the rendered PDF page is blank");

        var missing = await page.GotoAsync($"{app.BaseUrl}/SelfEvaluations/{Guid.Empty}");
        Assert.Equal(404, missing!.Status);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })).ToBeVisibleAsync();
        await Shot(page, "done-error-page");
    }

    private static async Task Shot(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, name + ".png") });
    }

    // pdftoppm (poppler-utils) draws the page as a printer would: 1366 pixels wide, like the screen shots.
    private static async Task<string> RenderFirstPageAsync(string pdf, string outputBase)
    {
        var start = new ProcessStartInfo("pdftoppm", ["-png", "-singlefile", "-f", "1", "-l", "1", "-scale-to-x", "1366", "-scale-to-y", "-1", pdf, outputBase])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm (poppler-utils) is needed to render the PDF.");
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, "pdftoppm: " + error);
        return outputBase + ".png";
    }

    private async Task<Guid> DraftAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.DeclarationVersions
            .Where(v => v.State == FormState.Draft && v.Project!.Unit!.Name == "上海市松江区科技创新服务中心" && v.Project.Year == 2024)
            .OrderBy(v => v.Project!.Name).Select(v => v.ProjectId).FirstAsync(TestContext.Current.CancellationToken);
    }
}
