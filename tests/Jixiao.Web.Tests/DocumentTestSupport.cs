using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>Seeds, fresh units, uploads, job polling and store snapshots for the document (import/export) tests.</summary>
internal static class DocumentTestSupport
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string SeedPath(string file) => Path.Combine(RepoRoot(), "tests", "fixtures", "seeds", file);

    public static IEnumerable<string> SeedFiles() =>
        Directory.GetFiles(Path.Combine(RepoRoot(), "tests", "fixtures", "seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The 2024 大数据中心 declarations (4 projects) printed for another unit name: a unit's own, never-seen file.</summary>
    public static byte[] DeclarationsOf(string unitName) =>
        Encoding.UTF8.GetBytes(File.ReadAllText(SeedPath("001_f9a1a9807cfbc00b.txt")).Replace(DemoOrganizations.BigDataCentre, unitName));

    /// <summary>A new unit (by default a fresh name) under 区政府办公室 with a signed-in UnitPreparer.</summary>
    public static async Task<(HttpClient Client, int UnitId, string Name)> NewUnitAsync(AppFixture app, string? name = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        name ??= "测试单位" + suffix;
        int unitId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var parent = await db.Organizations.SingleAsync(o => o.Name == DemoOrganizations.GovernmentOffice, Ct);
            var org = new Organization { Name = name, Kind = OrgKind.Unit, ParentId = parent.Id };
            db.Organizations.Add(org);
            await db.SaveChangesAsync(Ct);
            org.Path = parent.Path + org.Id + "/";
            await db.SaveChangesAsync(Ct);
            unitId = org.Id;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "d" + suffix, DisplayName = "测试填报人", OrganizationId = org.Id };
            Assert.True((await users.CreateAsync(user, AppFixture.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, nameof(Role.UnitPreparer))).Succeeded);
        }
        return (await app.LoginAsync("d" + suffix), unitId, name);
    }

    public static MultipartFormDataContent Upload(byte[] bytes, string name, string field = "file")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, field, name } };
    }

    public static async Task<JsonElement> WaitForJobAsync(HttpClient client, Guid id)
    {
        JsonElement job = default;
        for (var i = 0; i < 300; i++)
        {
            job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id}", Ct);
            if (job.GetProperty("state").GetString() is "Succeeded" or "Failed") return job;
            await Task.Delay(100, Ct);
        }
        return job;
    }

    /// <summary>Row counts of everything an import may write (the audit trail included).</summary>
    public static Task<string> SnapshotAsync(AppFixture app) => WithDbAsync(app, async db =>
        $"projects={await db.Projects.CountAsync(Ct)} versions={await db.DeclarationVersions.CountAsync(Ct)} " +
        $"evaluations={await db.SelfEvaluations.CountAsync(Ct)} disclosures={await db.Disclosures.CountAsync(Ct)} audit={await db.AuditEvents.CountAsync(Ct)}");

    public static async Task<T> WithDbAsync<T>(AppFixture app, Func<JixiaoDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory.");
    }
}
