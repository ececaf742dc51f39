using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E.Accessibility;

/// <summary>Keyboard use at 1366×768: the skip link is the first stop, and the editor keeps focus where the user works.</summary>
public class KeyboardTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task FirstTab_IsSkipLink_AndItMovesFocusToTheContent()
    {
        var page = await new PageTour(app).NewPageAsync("kczx");
        await page.GotoAsync(app.BaseUrl + "/Projects");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "跳到正文" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        // The next stop is inside the page's content, not the navigation.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
    }

    [Fact]
    public async Task EditorMoveAndDelete_KeepFocusOnTheRow()
    {
        var page = await new PageTour(app).NewPageAsync("kczx");
        await page.GotoAsync(app.BaseUrl + "/Projects/New");
        await page.GetByLabel("项目名称").FillAsync("键盘操作测试项目");
        await page.GetByLabel("预算年度").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建并编辑" }).ClickAsync();
        var editor = new Pages.ProjectEditorPage(page);
        await editor.AddRowAsync("产出指标", "数量指标", "培训场次", "≥4(场)");
        await editor.AddRowAsync("产出指标", "质量指标", "培训合格率", "≥95%");
        await editor.AddRowAsync("满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%");

        // ↑ on row 2 with the keyboard: the row is now first and focus is on its ↑ button.
        await page.GetByRole(AriaRole.Button, new() { Name = "上移第2行" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByLabel("第1行三级指标")).ToHaveValueAsync("培训合格率");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "上移第1行" })).ToBeFocusedAsync();

        // ↓ on row 1 moves it back; focus follows to row 2's ↓.
        await page.GetByRole(AriaRole.Button, new() { Name = "下移第1行" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByLabel("第2行三级指标")).ToHaveValueAsync("培训合格率");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "下移第2行" })).ToBeFocusedAsync();

        // 删除 row 2: focus goes to the row that took its place (now row 2); deleting the last row goes to the new last.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "删除第2行" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByLabel("第2行三级指标")).ToHaveValueAsync("参训企业满意度");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "删除第2行" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "删除第1行" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "添加指标行" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task FocusRing_OnInputsAndSelects_IsAtLeast3To1AgainstWhite()
    {
        var page = await new PageTour(app).NewPageAsync("kczx");
        await page.GotoAsync(app.BaseUrl + "/Projects");
        foreach (var field in new[] { page.GetByLabel("查找", new() { Exact = true }), page.GetByLabel("年度", new() { Exact = true }) })
        {
            await field.FocusAsync();
            // The ring is the box-shadow's colour (or the outline's when there is no shadow), blended onto white.
            var ratio = await field.EvaluateAsync<double>(
                """
                el => {
                  el.getAnimations().forEach(a => a.finish()); // Bootstrap eases the ring in: read its final colour
                  const s = getComputedStyle(el);
                  const shadow = s.boxShadow !== 'none' ? s.boxShadow : `${s.outlineColor} 0 0 0 ${s.outlineWidth}`;
                  const m = shadow.match(/rgba?\(([^)]+)\)/);
                  if (!m || (s.boxShadow === 'none' && s.outlineStyle === 'none')) return 0;
                  const [r, g, b, a = 1] = m[1].split(',').map(Number);
                  const lin = c => { c = (c * a + 255 * (1 - a)) / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
                  const l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
                  return 1.05 / (l + 0.05);
                }
                """);
            Assert.True(ratio >= 3, $"{await field.GetAttributeAsync("id") ?? await field.GetAttributeAsync("name")}: focus ring {ratio:0.00}:1 against white");
        }
    }
}
