using System.Text.Json.Nodes;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// The editor at 1366×768 as a clerk meets it: the 填写说明 one line in view and the points on a click; help beside the
/// fields where people get stuck; 项目性质/项目类别 as lists, where a value from an import that is not in the list is shown,
/// marked, and kept through a save.
/// </summary>
public class FormHelpTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Editor_GuideOpensOnClick_FieldHelpShown_ImportedCategoryKeptThroughASave()
    {
        var page = await (await app.NewContextAsync(1366, 768)).NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        var id = await DraftAsync();

        // As an import leaves it: a class from another district's list.
        var detail = JsonNode.Parse(await (await page.APIRequest.GetAsync($"{app.BaseUrl}/api/v1/projects/{id}")).TextAsync())!;
        detail["content"]!["fields"]!["category"] = "经常性项目";
        var put = await page.APIRequest.PutAsync($"{app.BaseUrl}/api/v1/projects/{id}", new()
        {
            DataObject = new { content = detail["content"], concurrencyStamp = detail["concurrencyStamp"]!.GetValue<Guid>() },
        });
        Assert.True(put.Ok, await put.TextAsync());

        await page.GotoAsync($"{app.BaseUrl}/Projects/{id}/Edit");
        var guide = page.GetByTestId("form-guide");
        await Expect(guide).ToContainTextAsync("填写说明");
        await Expect(guide.GetByRole(AriaRole.Listitem).First).Not.ToBeVisibleAsync();
        await guide.Locator("summary").ClickAsync();
        await Expect(guide.GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();

        var category = page.GetByLabel("项目类别", new() { Exact = true });
        await Expect(category).ToHaveValueAsync("经常性项目");
        await Expect(category.Locator("option:checked")).ToHaveTextAsync("经常性项目（原值）");
        await Expect(category).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("^按预算一体化的项目分类选择"));
        await Expect(page.GetByLabel("项目性质", new() { Exact = true }).Locator("option")).ToContainTextAsync(["（未填）", "经常性项目", "其他经常性项目", "一次性项目"]);
        await BrowserApp.ScreenshotAsync(page, "form-help-editor");

        await SaveAsync(page, id);
        var after = JsonNode.Parse(await (await page.APIRequest.GetAsync($"{app.BaseUrl}/api/v1/projects/{id}")).TextAsync())!;
        Assert.Equal("经常性项目", after["content"]!["fields"]!["category"]!.GetValue<string>());

        // Chosen from the list, the marked value is simply another option.
        await category.SelectOptionAsync("特定目标类");
        await SaveAsync(page, id);
        after = JsonNode.Parse(await (await page.APIRequest.GetAsync($"{app.BaseUrl}/api/v1/projects/{id}")).TextAsync())!;
        Assert.Equal("特定目标类", after["content"]!["fields"]!["category"]!.GetValue<string>());
    }

    // Clicks 保存 and waits for the save itself (the status line may still show the previous save's 已保存).
    private static async Task SaveAsync(IPage page, Guid id)
    {
        var saved = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync(),
            r => r.Request.Method == "PUT" && r.Url.EndsWith($"/api/v1/projects/{id}", StringComparison.Ordinal));
        Assert.True(saved.Ok, $"保存返回 HTTP {saved.Status}");
        await Expect(page.GetByTestId("save-status")).ToContainTextAsync("已保存");
    }

    private async Task<Guid> DraftAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.DeclarationVersions
            .Where(v => v.State == FormState.Draft && v.Project!.Unit!.Name == "上海市松江区科技创新服务中心" && v.Project.Year == 2024)
            .OrderByDescending(v => v.Project!.Name).Select(v => v.ProjectId).FirstAsync(TestContext.Current.CancellationToken);
    }
}
