using System.Text.Json.Nodes;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jixiao.E2E;

/// <summary>
/// Stored XSS: payloads written into every free-text field of a declaration (header fields, goals, narrative,
/// indicator levels, names and targets), a review comment, the unit's name and the user's display name are shown
/// as text on every page that prints them, server-rendered or built by the page scripts: no dialog opens, no
/// `window.__xss` is set, and no element of a payload exists in the DOM. (The CSP alone would stop inline handlers,
/// so the test looks for the injected elements themselves: escaping must hold without the CSP.)
/// </summary>
public sealed class XssTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Marker = "XSS探针";

    private static readonly string[] Payloads =
    [
        $"<script>window.__xss=1</script>{Marker}",
        $"\"><img src=x onerror=\"window.__xss=1;alert(1)\">{Marker}",
        $"'><svg onload=window.__xss=1>{Marker}",
        $"<iframe src=\"javascript:alert(1)\"></iframe>{Marker}",
        $"{{{{7*7}}}}<a href=\"javascript:window.__xss=1\" id=xssa>{Marker}</a>",
    ];

    // Elements only a payload can create.
    private const string Injected = "img[src='x'], svg[onload], iframe[src^='javascript'], a#xssa, script:not([src])";

    [Fact]
    public async Task StoredPayloads_AreShownAsTextOnEveryPage()
    {
        var projectId = await PlantPayloadsAsync();
        var visited = new List<string>();
        var failures = new List<string>();

        foreach (var (user, paths) in new (string, string[])[]
        {
            ("kczx", ["/", "/Projects", $"/Projects/{projectId}", $"/Projects/{projectId}/Edit", $"/Projects/{projectId}/Compare",
                      $"/Audit/Project/{projectId}", "/Indicators", "/Analysis", "/Monitoring", "/SelfEvaluations", "/Disclosure"]),
            ("kewei", [$"/Projects/{projectId}", "/Projects", "/Analysis"]),
            ("admin", ["/Admin/Organizations", "/Admin/Users", "/Admin/Audit", $"/Projects/{projectId}", "/Analysis", "/Indicators?q=" + Uri.EscapeDataString(Payloads[1])]),
        })
        {
            var page = await app.NewPageAsync();
            var dialogs = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };
            var login = new LoginPage(page, app.BaseUrl);
            await login.GotoAsync();
            await login.LoginAsync(user, BrowserApp.Password);
            await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(app.BaseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
                visited.Add($"{user} {path} {response?.Status}");
                var flag = await page.EvaluateAsync<bool>("() => window.__xss !== undefined");
                var injected = await page.Locator(Injected).CountAsync();
                if (flag) failures.Add($"{user} {path}: a payload script ran");
                if (injected > 0) failures.Add($"{user} {path}: {injected} injected element(s): {await page.Locator(Injected).First.EvaluateAsync<string>("e => e.outerHTML")}");
                if (response is null || response.Status >= 500) failures.Add($"{user} {path} → {response?.Status}");
            }

            if (dialogs.Count > 0) failures.Add($"{user}: dialogs opened: {string.Join(" | ", dialogs)}");
            if (user == "kczx")
            {
                // The payloads are really on the pages, as text.
                await page.GotoAsync(app.BaseUrl + $"/Projects/{projectId}");
                Assert.Contains(Payloads[1], await page.Locator("body").InnerTextAsync());
                await BrowserApp.ScreenshotAsync(page, "90-xss-payloads-as-text");
            }

            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\nvisited:\n" + string.Join("\n", visited));
    }

    /// <summary>Writes the payloads into a draft of 科创中心, a comment on it, the unit's name and the preparer's display name.</summary>
    private async Task<Guid> PlantPayloadsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var project = await db.Projects.Include(p => p.Versions).Include(p => p.Unit)
            .FirstAsync(p => p.Unit!.Name.Contains("科技创新服务中心") && p.Year == 2024, TestContext.Current.CancellationToken);
        var version = project.Versions.OrderBy(v => v.Number).Last();
        var content = JsonNode.Parse(version.Content)!.AsObject();
        var n = 0;
        string Next() => Payloads[n++ % Payloads.Length];
        foreach (var field in new[] { "name", "nature", "category", "supervisingDepartment", "implementingUnit", "overallGoal", "annualGoal", "narrativeTitle" })
            content[field] = Next();
        if (content["narrative"] is JsonObject narrative)
            foreach (var key in narrative.Select(p => p.Key).ToList()) narrative[key] = Next();
        foreach (var indicator in content["indicators"]!.AsArray().Select(i => i!.AsObject()))
            foreach (var field in new[] { "level1", "level2", "name", "targetText" })
                indicator[field] = Next();
        version.Content = content.ToJsonString();
        project.Name = content["name"]!.GetValue<string>();
        db.ReviewComments.Add(new ReviewComment
        {
            Id = Guid.NewGuid(),
            FormType = ReviewForm.Declaration,
            FormId = project.Id,
            VersionId = version.Id,
            Anchor = "项目名称",
            Text = Next(),
            AuthorName = Next(),
            CreatedAt = DateTimeOffset.UtcNow,
        });
        project.Unit!.Name = Payloads[1] + project.Unit.Name;
        var user = await db.Users.FirstAsync(u => u.UserName == "kczx", TestContext.Current.CancellationToken);
        user.DisplayName = Payloads[2];
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return project.Id;
    }
}
