using Microsoft.Playwright;

namespace Jixiao.E2E.Pages;

/// <summary>Page object for /Analysis (绩效分析) and /Indicators (指标库).</summary>
public sealed class AnalysisPage(IPage page, string baseUrl)
{
    public async Task GotoAsync(string query = "") => await page.GotoAsync(baseUrl + "/Analysis" + query);

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "绩效分析", Level = 1 });
    public ILocator GradeTable => page.GetByTestId("grade-table");
    public ILocator GradeChart => page.GetByTestId("grade-chart");
    public ILocator Groups => page.GetByTestId("analysis-groups");
    public ILocator Breadcrumb => page.GetByTestId("analysis-breadcrumb");
    public ILocator Evaluations => page.GetByTestId("evaluation-table");

    /// <summary>Follows the drill-down link of a department, unit or project in the breakdown table.</summary>
    public async Task DrillAsync(string name) =>
        await Groups.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();

    public async Task GotoIndicatorsAsync() => await page.GotoAsync(baseUrl + "/Indicators");

    public async Task SearchIndicatorAsync(string text)
    {
        await page.GetByLabel("指标名称或类别").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
    }
}
