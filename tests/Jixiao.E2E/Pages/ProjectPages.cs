using Microsoft.Playwright;

namespace Jixiao.E2E.Pages;

/// <summary>Page object for the declaration editor (/Projects/{id}/Edit).</summary>
public sealed class ProjectEditorPage(IPage page)
{
    // A list field (项目性质, 项目类别) is chosen from, any other typed into.
    public async Task Field(string label, string value)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT") await field.SelectOptionAsync(value);
        else await field.FillAsync(value);
    }

    public async Task AddRowAsync(string level1, string level2, string name, string target)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "添加指标行" }).ClickAsync();
        var n = await page.GetByTestId("editor-row").CountAsync();
        await page.GetByLabel($"第{n}行一级指标").SelectOptionAsync(level1);
        await page.GetByLabel($"第{n}行二级指标").SelectOptionAsync(level2);
        await page.GetByLabel($"第{n}行三级指标").FillAsync(name);
        await page.GetByLabel($"第{n}行指标值").FillAsync(target);
    }

    public ILocator Understood(int row) => page.GetByTestId("editor-row").Nth(row - 1).GetByTestId("understood");
    public ILocator LiveFindings => page.GetByTestId("live-findings");
    public Task SaveAsync() => page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
    public ILocator SaveStatus => page.GetByTestId("save-status");
}

/// <summary>Page object for a project's page (/Projects/{id}): state, workflow buttons, row comments.</summary>
public sealed class ProjectPage(IPage page)
{
    public ILocator State => page.GetByTestId("project-state");
    public ILocator Message => page.GetByTestId("action-message");

    public Task ActAsync(string action) => page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();

    public async Task SubmitAsync(string acknowledgement)
    {
        await page.GetByLabel("警告说明（存在警告时必填）").FillAsync(acknowledgement);
        await ActAsync("提交");
    }

    public async Task CommentOnRowAsync(string indicator, string text)
    {
        await page.GetByLabel($"对“{indicator}”的审核意见").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "添加意见" }).First.ClickAsync();
    }

    public async Task ReplyAsync(string text)
    {
        await page.GetByPlaceholder("答复审核意见").First.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "答复" }).First.ClickAsync();
    }
}
