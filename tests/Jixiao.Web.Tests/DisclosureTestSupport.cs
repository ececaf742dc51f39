using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Helpers of the disclosure tests: the 2021 seed package, fresh units with their own preparer (so that tests
/// never share a draft), and direct reads of the store to prove what was or was not written.
/// </summary>
internal static class DisclosureTestSupport
{
    public const string SeedFile = "003_5c87672f31bbd0d3.txt";
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The unit name the seed prints (科创中心 with its second name), the unit it belongs to.</summary>
    public const string SeedUnit = "上海市松江区科技创新服务中心（上海市松江区大数据中心）";

    // The unit of each client NewUnitAsync signed in, so its uploads name its own unit.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, string> UnitNames = [];

    /// <summary>The seed as printed: it names 科创中心, so any other unit's upload of it is refused.</summary>
    public static byte[] SeedBytes() => File.ReadAllBytes(Path.Combine(RepoRoot(), "tests", "fixtures", "seeds", SeedFile));

    /// <summary>The seed printed for the unit of a client from <see cref="NewUnitAsync"/>: that unit's own document.</summary>
    public static byte[] SeedBytes(HttpClient client) => SeedBytesFor(UnitNames.TryGetValue(client, out var name)
        ? name
        : throw new InvalidOperationException("The client was not signed in by NewUnitAsync."));

    public static byte[] SeedBytesFor(string unitName) =>
        System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(SeedBytes()).Replace(SeedUnit, unitName, StringComparison.Ordinal));

    /// <summary>A new 预算单位 under 区政府办公室 with a signed-in UnitPreparer, so every test owns its packages.</summary>
    public static async Task<(HttpClient Client, int UnitId)> NewUnitAsync(AppFixture app)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        int unitId;
        var name = "测试单位" + suffix;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var parent = await db.Organizations.SingleAsync(o => o.Name == DemoOrganizations.GovernmentOffice, Ct);
            var org = new Organization { Name = name, Kind = OrgKind.Unit, ParentId = parent.Id, UnitType = "公益一类事业单位" };
            db.Organizations.Add(org);
            await db.SaveChangesAsync(Ct);
            org.Path = parent.Path + org.Id + "/";
            await db.SaveChangesAsync(Ct);
            unitId = org.Id;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "u" + suffix, DisplayName = "测试填报人", OrganizationId = org.Id };
            Assert.True((await users.CreateAsync(user, AppFixture.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, nameof(Role.UnitPreparer))).Succeeded);
        }

        var client = await app.LoginAsync("u" + suffix);
        UnitNames.Add(client, name);
        return (client, unitId);
    }

    public static MultipartFormDataContent Upload(byte[] bytes, string name = SeedFile)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>Imports the seed (printed for the client's unit) as a draft of that unit and returns the new id.</summary>
    public static async Task<Guid> CreateDraftAsync(HttpClient client, byte[]? bytes = null)
    {
        var response = await client.PostAsync("/api/v1/disclosures", Upload(bytes ?? SeedBytes(client)), Ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/disclosures/{id}", Ct);

    public static Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid id, string verb, string? comment = null) =>
        client.PostAsJsonAsync($"/api/v1/disclosures/{id}/{verb}", new { comment }, Ct);

    public static async Task<T> WithDbAsync<T>(AppFixture app, Func<JixiaoDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    public static async Task<int> DemoUnitIdAsync(AppFixture app) =>
        await WithDbAsync(app, db => db.Organizations.Where(o => o.Name == DemoOrganizations.InnovationCentre).Select(o => o.Id).SingleAsync(Ct));

    public static async Task<Guid> DemoPackageIdAsync(AppFixture app)
    {
        var unitId = await DemoUnitIdAsync(app);
        return await WithDbAsync(app, db => db.Disclosures.Where(d => d.UnitId == unitId && d.Year == 2021).Select(d => d.Id).SingleAsync(Ct));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory.");
    }
}
