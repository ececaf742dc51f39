using System.Security.Cryptography;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// First-start data: roles always; then either the demo district (orgs, users, seed documents) or, with
/// `--no-demo`, just the finance bureau and one administrator. Passwords are generated, printed once and never
/// stored in clear; `Demo:Password` fixes them (tests only).
/// </summary>
public sealed class Seeder(JixiaoDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles,
    IConfiguration config, Services.DemoDistrict demoDistrict, Services.DemoClosingLoop closingLoop, Services.IndicatorLibrary indicatorLibrary, Services.DeadlineCalendar calendar,
    Services.DemoDepartmentSelfEvaluation departmentSelfEvaluation, ILogger<Seeder> log)
{
    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        foreach (var role in Enum.GetNames<Role>())
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));

        if (await db.Users.AnyAsync(ct)) return; // seeded before: never touch existing data

        var orgs = demo ? DemoOrganizations.Orgs : DemoOrganizations.Orgs.Take(1).ToList();
        var byName = new Dictionary<string, Organization>();
        foreach (var spec in orgs)
        {
            var parent = spec.Parent is null ? null : byName[spec.Parent];
            var org = new Organization { Name = spec.Name, ShortName = spec.ShortName, Kind = spec.Kind, ParentId = parent?.Id, UnitType = spec.UnitType };
            db.Organizations.Add(org);
            await db.SaveChangesAsync(ct);
            org.Path = (parent?.Path ?? "/") + org.Id + "/";
            await db.SaveChangesAsync(ct);
            byName[spec.Name] = org;
        }

        var accounts = demo ? DemoOrganizations.Users : DemoOrganizations.Users.Take(1).ToList();
        var printed = new List<string>();
        foreach (var spec in accounts)
        {
            var fixedPassword = config["Demo:Password"] is { Length: > 0 } given ? given : null; // empty = unset
            var password = fixedPassword ?? GeneratePassword();
            // The administrator of a real installation (`--no-demo`) must replace the password printed on the console,
            // which may linger in a log; the demo district's accounts exist to be tried at once, and tests fix theirs.
            var temporary = !demo && fixedPassword is null;
            var user = new AppUser { UserName = spec.UserName, DisplayName = spec.DisplayName, OrganizationId = byName[spec.Org].Id, MustChangePassword = temporary };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                throw new InvalidOperationException("创建用户失败：" + string.Join("；", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, spec.Role.ToString());
            printed.Add($"  {spec.UserName,-8} {password,-14} {RoleNames.Chinese(spec.Role)}（{byName[spec.Org].ShortName}）{(temporary ? " 首次登录须修改密码" : "")}");
        }

        if (demo) await demoDistrict.LoadAsync(ct);
        if (demo) await closingLoop.LoadAsync(ct);
        if (demo) await demoDistrict.AddDepartmentFormsAsync(ct);
        if (demo) await indicatorLibrary.SyncAsync(ct);
        if (demo) await Services.Evaluations.DemoEvaluation.AddAsync(db, calendar.Today, ct);
        if (demo) await Services.ReReview.DemoReReview.AddAsync(db, ct);
        if (demo)
        {
            db.DeadlineCalendar.AddRange(Services.DeadlineCalendar.Demo(calendar.Today));
            await db.SaveChangesAsync(ct);
        }
        if (demo) await Services.ReReview.DemoRectifications.AddAsync(db, calendar.Today, ct);
        // Last year's 复核, evaluation and open 整改 of the project declared again, for the 结果应用 panel (ADR-060).
        if (demo) await Services.ResultsApplied.DemoResults.AddAsync(db, calendar.Today, ct);
        if (demo) await departmentSelfEvaluation.AddAsync(ct);

        // Printed once: the only place these passwords ever appear.
        Console.WriteLine();
        Console.WriteLine("==== Jixiao 初始账号（仅显示这一次，请妥善保存）====");
        foreach (var line in printed) Console.WriteLine(line);
        Console.WriteLine("==================================================");
        log.LogInformation("Seeded {Orgs} organizations and {Users} users (demo: {Demo})", orgs.Count, accounts.Count, demo);
    }

    public static string GeneratePassword()
    {
        // Unambiguous characters; one of each class so the password policy always accepts it.
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        var all = upper + lower + digits;
        var chars = new List<char> { Pick(upper), Pick(lower), Pick(digits) };
        while (chars.Count < 12) chars.Add(Pick(all));
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(1000)).ToArray());

        static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
    }
}
