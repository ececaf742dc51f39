using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jixiao.E2E.Accessibility;

/// <summary>
/// The main pages each demo account works on, visited at 1366×768 (the usual office laptop). Pages behind an id are
/// reached by following the first matching link of their list, as a person would; the declaration and self-evaluation
/// that need an approved project get one arranged in the store. Shared by the axe scan, the clipping check and the
/// screenshots.
/// </summary>
public sealed class PageTour(BrowserApp app)
{
    public const int Width = 1366, Height = 768;
    public static readonly string[] Roles = ["anonymous", "kczx", "kewei", "finance", "admin"];

    /// <summary>A context that lets the test inject axe-core's script (the app's CSP allows only its own scripts).</summary>
    public async Task<IPage> NewPageAsync(string role)
    {
        var context = await app.NewContextAsync(Width, Height, bypassCsp: true);
        var page = await context.NewPageAsync();
        if (role == "anonymous") return page;
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync(role, BrowserApp.Password);
        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Visits each main page of the role and hands it (with a short Chinese name) to <paramref name="visit"/>.</summary>
    public async Task WalkAsync(string role, Func<IPage, string, Task> visit)
    {
        var page = await NewPageAsync(role);
        async Task Go(string path, string name)
        {
            var response = await page.GotoAsync(app.BaseUrl + path);
            if (response is null || (response.Status >= 500)) throw new InvalidOperationException($"{role} {path}: HTTP {response?.Status}");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await visit(page, $"{role} {name} ({path})");
        }
        async Task Follow(string listPath, string pattern, string name, string suffix = "")
        {
            var href = await FirstLinkAsync(page, listPath, pattern);
            if (href is null) throw new InvalidOperationException($"{role}: no link matching {pattern} on {listPath}");
            await Go(href + suffix, name);
        }

        switch (role)
        {
            case "anonymous":
                await Go("/Account/Login", "登录");
                await Go("/Public/Disclosure", "预算公开（公开列表）");
                await Follow("/Public/Disclosure", @"^/Public/Disclosure/\d+/\d+$", "预算公开（公开页）");
                break;
            case "kczx":
                var (draft, approved) = await ArrangeProjectsAsync();
                await Go("/", "首页");
                await Go("/Projects", "项目列表");
                await Go("/Projects/New", "新建项目");
                await Go($"/Projects/{draft}/Edit", "编辑器");
                await Go($"/Projects/{draft}", "项目详情");
                await Follow($"/Projects/{draft}", @"^/Audit/", "修改记录");
                await Go($"/Projects/{approved}", "已批复项目详情");
                await Go($"/Projects/{approved}/Compare", "版本对比");
                await Go("/Monitoring", "运行监控");
                await Go($"/Monitoring/{approved}?month=7", "运行监控表");
                await Go("/SelfEvaluations", "绩效自评");
                await Follow("/SelfEvaluations", @"^/SelfEvaluations/[0-9a-f-]{36}$", "自评表");
                await Go("/Disclosure", "预算公开列表");
                await Follow("/Disclosure", @"^/Disclosure/[0-9a-f-]{36}$", "预算公开详情");
                await Follow("/Disclosure", @"^/Disclosure/[0-9a-f-]{36}$", "预算公开编辑", "/Edit");
                await Go("/Disclosure/Import", "预算公开导入");
                await Go("/Analysis", "分析");
                await Go("/Indicators", "指标库");
                await Go("/Documents/Import", "导入");
                await Go("/Documents/Export", "导出");
                await Go("/Account/ChangePassword", "修改密码");
                await Go($"/SelfEvaluations/{Guid.Empty}", "错误页");
                break;
            case "kewei":
                await Go("/", "首页");
                await Go("/Projects", "项目列表");
                await Follow("/Projects", @"^/Projects/[0-9a-f-]{36}$", "项目审核");
                await Go("/Monitoring", "运行监控");
                await Go("/Monitoring/Overview", "监控总览");
                await Go("/SelfEvaluations", "绩效自评");
                await Go("/Analysis", "分析");
                break;
            case "finance":
                await Go("/", "首页");
                await Go("/Projects", "项目列表");
                await Follow("/Projects", @"^/Projects/[0-9a-f-]{36}$", "项目审核");
                await Go("/Monitoring/Overview", "监控总览");
                await Go("/Disclosure", "预算公开列表");
                await Go("/Analysis", "分析");
                break;
            case "admin":
                await Go("/", "首页");
                await Go("/Admin/Organizations", "组织管理");
                await Go("/Admin/Users", "用户管理");
                await Go("/Admin/RuleProfiles", "评分规则");
                await Go("/Admin/RuleQuality", "审核规则质量");
                await Go("/Admin/Audit", "修改记录");
                await Go("/Documents/Import", "导入");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(role), role, null);
        }
        await page.Context.CloseAsync();
    }

    private async Task<string?> FirstLinkAsync(IPage page, string listPath, string pattern)
    {
        await page.GotoAsync(app.BaseUrl + listPath);
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main a[href]')].map(a => a.getAttribute('href'))");
        return hrefs.FirstOrDefault(h => Regex.IsMatch(h, pattern));
    }

    // One draft of the unit to edit, and one approved project (monitoring, comparison): the first two 2024 drafts of
    // the demo unit; the second is approved in the store, bypassing the workflow (arranged, not under test). Done once.
    private (Guid Draft, Guid Approved)? _arranged;
    private async Task<(Guid Draft, Guid Approved)> ArrangeProjectsAsync()
    {
        if (_arranged is { } done) return done;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var drafts = await db.DeclarationVersions
            .Where(v => v.State == FormState.Draft && v.Project!.Unit!.Name == "上海市松江区科技创新服务中心" && v.Project.Year == 2024)
            .OrderBy(v => v.Project!.Name).Take(2).ToListAsync();
        db.Entry(drafts[1]).Property(v => v.State).CurrentValue = FormState.Approved;
        await db.SaveChangesAsync();
        _arranged = (drafts[0].ProjectId, drafts[1].ProjectId);
        return _arranged.Value;
    }
}
