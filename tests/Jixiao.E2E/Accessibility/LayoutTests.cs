using System.Text.Json;
using Microsoft.Playwright;

namespace Jixiao.E2E.Accessibility;

/// <summary>
/// The usual office laptop (1366×768): every main page of every demo account is photographed into
/// TestResults/screenshots (looked at by a person), and nothing a user reads is cut: no navigation item wraps, no page
/// or table scrolls sideways, and on the declaration editor and the monitoring report no select, input or text area hides part
/// of its text.
/// </summary>
public class LayoutTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    public static TheoryData<string> Roles => new(PageTour.Roles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task MainPages_At1366_NothingCutOrWrapped(string role)
    {
        var problems = new List<string>();
        var shot = 0;
        await new PageTour(app).WalkAsync(role, async (page, name) =>
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, $"1366-{role}-{++shot:00}-{name.Split(' ')[1]}.png"), FullPage = true });
            var clipFields = name.Contains("编辑器") || name.Contains("运行监控表");
            foreach (var p in await FindProblemsAsync(page, clipFields)) problems.Add($"{name}: {p}");
        });
        Assert.True(problems.Count == 0, $"{problems.Count} layout problems at 1366×768:\n" + string.Join("\n", problems));
    }

    public static TheoryData<string> DemoAccounts => new(Jixiao.Web.Infrastructure.DemoOrganizations.Users.Select(u => u.UserName));

    /// <summary>The navigation bar of every demo account stays one row at 1366×768 (通知, the user's name and menu included).</summary>
    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Navbar_At1366_IsOneRowForEveryDemoAccount(string user)
    {
        var page = await new PageTour(app).NewPageAsync(user);
        await page.GotoAsync(app.BaseUrl + "/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, $"1366-navbar-{user}.png") });
        var problems = await FindProblemsAsync(page, fields: false);
        Assert.True(problems.Count == 0, $"{user} at 1366×768:\n" + string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// What a person would see as broken: a navigation item on two lines, a page wider than the window, and (where
    /// asked) a field whose text does not fit: an input's value or a select's chosen option wider than its box, or a
    /// text area that needs scrolling.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(IPage page, bool fields)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            """
            (fields) => {
              const out = [];
              const label = el => el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent.trim()) || el.name || el.id || el.tagName;
              const lineHeight = el => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5;
              // The whole bar on one row: every visible item starts above the brand's bottom edge (the site's bar only,
              // not a list's pager, which is a nav of its own below the bar).
              const brand = document.querySelector('nav.navbar .navbar-brand');
              if (brand) {
                const row = brand.getBoundingClientRect().bottom;
                for (const el of document.querySelectorAll('nav.navbar .navbar-brand, nav.navbar .nav-link, nav.navbar .btn, nav.navbar .navbar-text'))
                  if (el.offsetParent && !el.closest('.dropdown-menu') && el.getBoundingClientRect().top >= row)
                    out.push(`导航栏折成两行：“${el.textContent.trim()}”在第二行`);
              }
              for (const a of document.querySelectorAll('nav.navbar .nav-link, nav.navbar .btn, nav.navbar .navbar-text')) {
                const s = getComputedStyle(a);
                const inner = a.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
                if (a.offsetParent && inner > lineHeight(a) * 1.5) out.push(`导航项“${a.textContent.trim()}”折成多行`);
              }
              if (document.documentElement.scrollWidth > window.innerWidth + 1)
                out.push(`页面宽 ${document.documentElement.scrollWidth}px，超出窗口 ${window.innerWidth}px`);
              for (const box of document.querySelectorAll('main .table-responsive'))
                if (box.scrollWidth > box.clientWidth + 1)
                  out.push(`表格“${box.querySelector('table')?.getAttribute('aria-label') ?? ''}”需要左右滚动（宽 ${box.scrollWidth}px，可见 ${box.clientWidth}px）`);
              if (!fields) return out;
              const canvas = document.createElement('canvas').getContext('2d');
              // A multi-line text area (项目概述…) scrolls by design; one in a table cell must show its text whole.
              for (const el of document.querySelectorAll('main input, main select, main td textarea')) {
                if (!el.offsetParent || ['hidden', 'checkbox', 'radio', 'file', 'submit', 'button'].includes(el.type)) continue;
                const s = getComputedStyle(el);
                if (el.tagName === 'SELECT') {
                  const text = el.selectedOptions[0]?.textContent ?? '';
                  canvas.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
                  const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
                  const need = canvas.measureText(text).width;
                  if (need > room + 1) out.push(`下拉框“${label(el)}”显示不全：“${text}”需 ${Math.ceil(need)}px，只有 ${Math.floor(room)}px`);
                } else if (el.tagName === 'TEXTAREA') {
                  if (el.scrollHeight > el.clientHeight + 1) out.push(`文本框“${label(el)}”需要滚动才能看全`);
                } else if (el.value && el.scrollWidth > el.clientWidth + 1) {
                  out.push(`输入框“${label(el)}”显示不全：“${el.value}”`);
                }
              }
              return out;
            }
            """, fields);
        return [.. json.EnumerateArray().Select(e => e.GetString()!)];
    }
}
