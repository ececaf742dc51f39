using System.Diagnostics;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Bench.Data;

/// <summary>Who to sign in as in the load test: one 填报人 per unit, one reviewer per department, finance.</summary>
public sealed record GeneratedUser(string UserName, Role Role, int OrganizationId);

public sealed record WriteStats(TimeSpan Migrate, TimeSpan Orgs, TimeSpan Projects, TimeSpan Library, int ProjectRows, int Indicators, long ContentBytes);

/// <summary>
/// Writes a generated district through the app's own <see cref="JixiaoDbContext"/>, entities and JSON content
/// (as <c>ProjectService.CreateAsync</c> stores a form), in batches, into a fresh SQLite file or PostgreSQL database.
/// The 指标库 is then built by the app's <see cref="IndicatorLibrary.SyncAsync"/>.
/// </summary>
public static class DistrictWriter
{
    public const string Password = "Bench-Pass-2024";
    private const int Batch = 500;

    public static DbContextOptions<JixiaoDbContext> Options(string provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<JixiaoDbContext>();
        DatabaseProvider.Configure(builder, provider, connectionString);
        return builder.Options;
    }

    public static async Task<WriteStats> WriteAsync(District district, string provider, string connectionString, CancellationToken ct)
    {
        var options = Options(provider, connectionString);
        var clock = Stopwatch.StartNew();
        await using (var db = new JixiaoDbContext(options))
        {
            await db.Database.EnsureDeletedAsync(ct);
            await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        var migrate = clock.Elapsed;

        clock.Restart();
        int[] unitIds;
        await using (var db = new JixiaoDbContext(options))
            unitIds = await WriteOrgsAndUsersAsync(db, district, ct);
        var orgs = clock.Elapsed;

        clock.Restart();
        long bytes = 0;
        var now = new DateTimeOffset(2024, 1, 15, 1, 0, 0, TimeSpan.Zero);
        foreach (var chunk in district.Projects.Chunk(Batch))
        {
            await using var db = new JixiaoDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var p in chunk)
            {
                var content = DeclarationContentJson.Write(p.Model);
                bytes += content.Length;
                var entity = new ProjectEntity
                {
                    Id = Guid.NewGuid(),
                    UnitId = unitIds[p.Unit],
                    Year = p.Model.Year ?? 2024,
                    Name = p.Model.Name,
                    TemplateId = p.Model.TemplateId,
                    Form = p.Model.Form,
                    FundsTotalYuan = UnitSummary.FundsOf(p.Model),
                    CreatedAt = now,
                };
                entity.KeepListColumns(p.Model);
                entity.Versions.Add(new DeclarationVersion(p.State) // a generated district arrives in its states
                {
                    Id = Guid.NewGuid(),
                    Number = 1,
                    Origin = VersionOrigin.New,
                    Content = content,
                    CreatedAt = now,
                    UpdatedAt = now,
                    UpdatedBy = "bench",
                    SubmittedAt = p.State is FormState.Draft ? null : now,
                    ApprovedAt = p.State == FormState.Approved ? now : null,
                });
                db.Projects.Add(entity);
                db.AuditEvents.Add(new AuditEvent
                {
                    AtUtc = now,
                    UserName = "bench",
                    Action = "Create",
                    EntityType = "Project",
                    EntityId = entity.Id.ToString(),
                    Version = 1,
                    Diff = $"[{{\"field\":\"Name\",\"old\":null,\"new\":{System.Text.Json.JsonSerializer.Serialize(p.Model.Name, ContentJson.Options)}}}]",
                });
            }
            await db.SaveChangesAsync(ct);
        }
        var projects = clock.Elapsed;

        clock.Restart();
        await using (var db = new JixiaoDbContext(options))
        {
            var me = new CurrentUser(new HttpContextAccessor());
            await new IndicatorLibrary(db, me, new AuditLog(db, me, TimeProvider.System)).SyncAsync(ct);
        }
        var library = clock.Elapsed;
        return new WriteStats(migrate, orgs, projects, library, district.Projects.Count, district.IndicatorCount, bytes);
    }

    /// <summary>Users of the generated district, in the order of <see cref="WriteOrgsAndUsersAsync"/>.</summary>
    public static IReadOnlyList<string> UnitUserNames(District district) =>
        district.Units.Select(u => $"u{u.Index + 1:000}").ToList();

    private static async Task<int[]> WriteOrgsAndUsersAsync(JixiaoDbContext db, District district, CancellationToken ct)
    {
        var roles = Enum.GetNames<Role>().ToDictionary(r => r, r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        db.Roles.AddRange(roles.Values);

        var finance = new Organization { Name = "上海市松江区财政局", ShortName = "区财政局", Kind = OrgKind.FinanceBureau };
        db.Organizations.Add(finance);
        await db.SaveChangesAsync(ct);
        finance.Path = $"/{finance.Id}/";
        var departments = district.Departments.Select(d => new Organization
        {
            Name = "上海市松江" + d,
            ShortName = d,
            Kind = OrgKind.Department,
            ParentId = finance.Id,
        }).ToList();
        db.Organizations.AddRange(departments);
        await db.SaveChangesAsync(ct);
        foreach (var d in departments) d.Path = $"{finance.Path}{d.Id}/";
        var units = district.Units.Select(u => new Organization
        {
            Name = u.Name,
            ShortName = u.ShortName,
            Kind = OrgKind.Unit,
            ParentId = departments[u.Department].Id,
            UnitType = u.Index % 3 == 0 ? "行政单位" : "公益一类事业单位",
        }).ToList();
        db.Organizations.AddRange(units);
        await db.SaveChangesAsync(ct);
        foreach (var (u, i) in units.Select((u, i) => (u, i))) u.Path = $"{departments[district.Units[i].Department].Path}{u.Id}/";

        // One hash for every account: the same password, and PBKDF2 at 100,000 rounds is the slow part.
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser { DisplayName = "" }, Password);
        var users = new List<(AppUser User, Role Role)>
        {
            (User("admin", "系统管理员", finance.Id), Role.FinanceAdmin),
            (User("finance", "财政审核", finance.Id), Role.FinanceReviewer),
        };
        users.AddRange(departments.Select((d, i) => (User($"d{i + 1:00}", d.ShortName!, d.Id), Role.SupervisorReviewer)));
        var unitNames = UnitUserNames(district);
        users.AddRange(units.Select((u, i) => (User(unitNames[i], u.ShortName!, u.Id), Role.UnitPreparer)));
        foreach (var (user, role) in users)
        {
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role.ToString()].Id });
        }
        await db.SaveChangesAsync(ct);
        return units.Select(u => u.Id).ToArray();

        AppUser User(string name, string display, int org) => new()
        {
            Id = Guid.NewGuid().ToString(),
            UserName = name,
            NormalizedUserName = name.ToUpperInvariant(),
            DisplayName = display,
            OrganizationId = org,
            PasswordHash = hash,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
    }
}
