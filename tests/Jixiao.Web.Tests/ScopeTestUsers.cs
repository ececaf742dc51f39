using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Users the demo does not have but the authorization tests need: a 填报人 attached to a department (区科委, the
/// department above 科创中心). Such a user holds no forms: its reach is its own organization, never the units below.
/// Created directly in the store (an administrator may be refused this combination by the user screens).
/// </summary>
internal static class ScopeTestUsers
{
    public const string DepartmentPreparer = "kwtbr";

    /// <summary>Signs in <paramref name="userName"/>, creating it first when it is one of the users above.</summary>
    public static async Task<HttpClient> LoginAsync(AppFixture app, string userName)
    {
        if (userName == DepartmentPreparer) await EnsureAsync(app, userName, DemoOrganizations.ScienceCommission, Role.UnitPreparer);
        return await app.LoginAsync(userName);
    }

    private static async Task EnsureAsync(AppFixture app, string userName, string orgName, Role role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null) return;
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var org = await db.Organizations.SingleAsync(o => o.Name == orgName);
        var user = new AppUser { UserName = userName, DisplayName = "区科委填报人", OrganizationId = org.Id };
        Assert.True((await users.CreateAsync(user, AppFixture.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role.ToString())).Succeeded);
    }
}
