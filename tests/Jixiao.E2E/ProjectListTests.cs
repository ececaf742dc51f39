using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.E2E.Pages;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>The finance bureau filters and pages its project list at 1366 wide; back returns to the previous page.</summary>
public class ProjectListTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Finance_FiltersByYearStateAndName_PagesForward_AndBackReturns()
    {
        await SeedAsync(70, "分页演示项目", 2040);
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("finance", BrowserApp.Password);

        await page.GotoAsync(app.BaseUrl + "/Projects");
        var filters = page.GetByRole(AriaRole.Search, new() { Name = "筛选项目" });
        await filters.GetByLabel("查找").FillAsync("分页演示");
        await filters.GetByLabel("年度").SelectOptionAsync("2040");
        await filters.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = "草稿" });
        await filters.GetByLabel("主管部门").SelectOptionAsync(new SelectOptionValue { Label = DemoOrganizations.GovernmentOffice });
        await filters.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        var count = page.GetByTestId("match-count");
        await Expect(count).ToHaveTextAsync("共 70 个项目，本页第 1–50 个项目");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "项目列表" }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(filters.GetByLabel("年度")).ToHaveValueAsync("2040");
        await Expect(filters.GetByLabel("查找")).ToHaveValueAsync("分页演示");
        await BrowserApp.ScreenshotAsync(page, "70-project-list-filtered");

        await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).ClickAsync();
        await Expect(count).ToHaveTextAsync("共 70 个项目，本页第 51–70 个项目");
        await Expect(rows).ToHaveCountAsync(20);
        Assert.Contains("year=2040", page.Url);
        Assert.Contains("after=", page.Url);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "下一页" })).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "71-project-list-page-2");

        // The page is in the address: a shared link opens the same page, and back returns to the first.
        var shared = await app.NewPageAsync();
        await new LoginPage(shared, app.BaseUrl).GotoAsync();
        await new LoginPage(shared, app.BaseUrl).LoginAsync("finance", BrowserApp.Password);
        await shared.GotoAsync(page.Url);
        await Expect(shared.GetByTestId("match-count")).ToHaveTextAsync("共 70 个项目，本页第 51–70 个项目");

        await page.GoBackAsync();
        await Expect(count).ToHaveTextAsync("共 70 个项目，本页第 1–50 个项目");
        var horizontal = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(horizontal, "the filtered list scrolls sideways at 1366 wide");
    }

    // Projects of the 大数据中心 (under 区政府办公室), as drafts, copied from one of its demo declarations.
    private async Task SeedAsync(int count, string name, int year)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var unit = await db.Organizations.SingleAsync(o => o.Name == DemoOrganizations.BigDataCentre);
        var content = await db.DeclarationVersions.Where(v => v.Project!.UnitId == unit.Id).Select(v => v.Content).FirstAsync();
        var at = DateTimeOffset.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            var project = new ProjectEntity
            {
                Id = Guid.NewGuid(),
                UnitId = unit.Id,
                Year = year,
                Name = $"{name}{i:000}",
                TemplateId = "SH-DIST-2024",
                Form = Jixiao.Domain.Projects.FormKind.DistrictDeclaration,
                FundsTotalYuan = 1000m,
                CreatedAt = at,
            };
            project.Versions.Add(new DeclarationVersion
            {
                Id = Guid.NewGuid(),
                Number = 1,
                Origin = VersionOrigin.New,
                Content = content,
                CreatedAt = at,
                UpdatedAt = at,
            });
            db.Projects.Add(project);
        }
        await db.SaveChangesAsync();
    }
}
