using Microsoft.Playwright;

namespace Jixiao.E2E.Pages;

/// <summary>Page objects for /SelfEvaluations and the 自评表, located by roles and test ids.</summary>
public sealed class SelfEvaluationPage(IPage page, string baseUrl)
{
    public async Task GotoListAsync() => await page.GotoAsync(baseUrl + "/SelfEvaluations");

    public async Task OpenAsync(string projectName) =>
        await page.GetByTestId("self-evaluation-list").GetByRole(AriaRole.Row).Filter(new() { HasText = projectName })
            .GetByRole(AriaRole.Link, new() { Name = "打开" }).ClickAsync();

    public async Task StartAsync(Guid projectId) =>
        await page.Locator($"form:has(input[name=projectId][value='{projectId}'])").GetByRole(AriaRole.Button, new() { Name = "开始自评" }).ClickAsync();

    public ILocator PrintedTotal => page.GetByTestId("total-printed");
    public ILocator ComputedTotal => page.GetByTestId("total-computed");
    public ILocator State => page.GetByTestId("self-evaluation-state");
    public ILocator FirstTrail => page.GetByTestId("row-trail").First;
}

/// <summary>Page object for the 运行监控表 /Monitoring/{projectId}.</summary>
public sealed class MonitoringReportPage(IPage page, string baseUrl)
{
    public async Task GotoAsync(Guid projectId, int month) => await page.GotoAsync($"{baseUrl}/Monitoring/{projectId}?month={month}");

    public Task SetBudgetAsync(string annual, string spent) =>
        page.GetByLabel("全年预算数", new() { Exact = true }).FillAsync(annual)
            .ContinueWith(_ => page.GetByLabel("1–7月执行数", new() { Exact = true }).FillAsync(spent)).Unwrap();

    public async Task SetLikelihoodAsync(string indicatorName, string likelihood) =>
        await page.GetByLabel($"{indicatorName} 完成目标可能性").SelectOptionAsync(new SelectOptionValue { Label = likelihood });

    public async Task SaveAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

    public ILocator ProjectLight => page.GetByTestId("project-light");
    public ILocator BudgetLight => page.GetByTestId("budget-light");
    public ILocator Problems => page.GetByTestId("monitoring-problems");
}
