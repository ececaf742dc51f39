using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Durability;

/// <summary>Shared steps of the concurrency, crash and scale-out tests: sessions, declaration edits, audit reading.</summary>
public static partial class DurabilitySupport
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The 年度总体目标 label ProjectDiff writes into the audit trail.</summary>
    public const string AnnualGoalField = "年度总体目标";

    /// <summary>
    /// Signs in through the real login form with a cookie-less client and returns the auth cookie ("name=value"), so
    /// any number of clients — or another app node — can use the same session.
    /// </summary>
    public static async Task<string> AuthCookieAsync(HttpClient raw, string userName, string password = AppFixture.Password)
    {
        var get = await raw.GetAsync("/Account/Login", Ct);
        var body = await get.Content.ReadAsStringAsync(Ct);
        var token = TokenPattern().Match(body).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", Cookies(get)));
        var response = await raw.SendAsync(post, Ct);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Login as {userName} failed: {(int)response.StatusCode}");
        return Cookies(response).Single(c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>
    /// Adds the antiforgery cookie and token header that uploads require to a client that carries an auth cookie
    /// (<see cref="AuthCookieAsync"/>), as a signed-in script gets them from GET /api/v1/antiforgery.
    /// </summary>
    public static async Task<HttpClient> WithAntiforgeryAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/antiforgery", Ct);
        response.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("token").GetString();
        var cookies = client.DefaultRequestHeaders.TryGetValues("Cookie", out var existing) ? existing.ToList() : [];
        cookies.AddRange(Cookies(response));
        client.DefaultRequestHeaders.Remove("Cookie");
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        client.DefaultRequestHeaders.Add(AppFixture.AntiforgeryHeader, token);
        return client;
    }

    public static HttpClient WithCookie(HttpClient client, string cookie)
    {
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Reads a project as an editor does: its content (editable JSON) and the stamp it was read with.</summary>
    public static async Task<(JsonObject Content, Guid Stamp)> ReadProjectAsync(HttpClient client, Guid id)
    {
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);
        return (JsonNode.Parse(detail.GetProperty("content").GetRawText())!.AsObject(), detail.GetProperty("concurrencyStamp").GetGuid());
    }

    public static Task<HttpResponseMessage> SaveProjectAsync(HttpClient client, Guid id, JsonObject content, Guid stamp) =>
        client.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = stamp }, Ct);

    /// <summary>Read, set 年度总体目标, save: one editor's edit.</summary>
    public static async Task<HttpResponseMessage> EditAnnualGoalAsync(HttpClient client, Guid id, string goal)
    {
        var (content, stamp) = await ReadProjectAsync(client, id);
        content["fields"]!["annualGoal"] = goal;
        return await SaveProjectAsync(client, id, content, stamp);
    }

    /// <summary>The draft 2024 projects of a demo unit in the store, by name.</summary>
    public static async Task<List<Guid>> DraftProjectsAsync(JixiaoDbContext db, string unitName) =>
        await db.Projects.Where(p => p.Unit!.Name == unitName && p.Year == 2024
                && p.Versions.OrderByDescending(v => v.Number).First().State == FormState.Draft)
            .OrderBy(p => p.Name).Select(p => p.Id).ToListAsync(Ct);

    /// <summary>
    /// The values of one field in the saves recorded by the audit trail for a project, oldest first, as (old, new).
    /// Every save writes its event in the same transaction, so this is the committed history of the field.
    /// </summary>
    public static async Task<List<(string? Old, string? New)>> FieldHistoryAsync(JixiaoDbContext db, Guid projectId, string field)
    {
        var diffs = await db.AuditEvents.AsNoTracking()
            .Where(a => a.EntityType == "Project" && a.EntityId == projectId.ToString() && a.Action == "Update" && a.Diff != null)
            .OrderBy(a => a.Id).Select(a => a.Diff!).ToListAsync(Ct);
        return diffs.SelectMany(d => JsonSerializer.Deserialize<List<FieldChange>>(d, ContentJson.Options)!)
            .Where(c => c.Field == field).Select(c => (c.Old, c.New)).ToList();
    }

    public static async Task<string?> StoredAnnualGoalAsync(JixiaoDbContext db, Guid projectId)
    {
        var version = await db.DeclarationVersions.AsNoTracking().Where(v => v.ProjectId == projectId)
            .OrderByDescending(v => v.Number).FirstAsync(Ct);
        return DeclarationContentJson.ReadProject(version.Content).AnnualGoal;
    }

    /// <summary>A second 填报人 in the same unit as <paramref name="colleagueOf"/> (created once per app).</summary>
    public static async Task<string> SecondPreparerAsync(AppFixture app, string colleagueOf, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var colleague = (await users.FindByNameAsync(colleagueOf))!;
            var user = new AppUser { UserName = userName, DisplayName = "第二填报人", OrganizationId = colleague.OrganizationId };
            Assert.True((await users.CreateAsync(user, AppFixture.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, nameof(Role.UnitPreparer))).Succeeded);
        }
        return userName;
    }

    /// <summary>Runs a query on the app's store in its own scope.</summary>
    public static async Task<T> WithDbAsync<T>(AppFixture app, Func<JixiaoDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    public static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}
