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

public sealed record WriteStats(TimeSpan Migrate, TimeSpan Orgs, TimeSpan Projects, TimeSpan Library, int ProjectRows, int Indicators, long ContentBytes)
{
    /// <summary>Rows written per table (projects, versions, reports, 自评表, disclosures, comments, audit events).</summary>
    public IReadOnlyDictionary<string, long> Rows { get; init; } = new Dictionary<string, long>();
}

/// <summary>How the projects reach the database: EF Core inserts in batches (both providers), or PostgreSQL binary COPY.</summary>
public enum WriteMode
{
    Insert,
    Copy,
}

/// <summary>
/// Writes a generated district into a fresh SQLite file or PostgreSQL database: organisations and users through the app's
/// own <see cref="JixiaoDbContext"/>, then every project with the activity on it (<see cref="DistrictActivity"/>) either
/// through the context in batches (<see cref="WriteMode.Insert"/>; its SaveChanges keeps the summary tables of ADR-051) or
/// by binary COPY (<see cref="DistrictCopier"/>, PostgreSQL only, summaries computed by the same calculator and copied).
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

    public static Task<WriteStats> WriteAsync(District district, string provider, string connectionString, CancellationToken ct) =>
        WriteAsync(district, district.Projects, provider, connectionString, WriteMode.Insert, seed: 1, ct);

    /// <summary>Writes the departments and units of <paramref name="shape"/> and <paramref name="projects"/> (streamed, one batch in memory at a time).</summary>
    public static async Task<WriteStats> WriteAsync(District shape, IEnumerable<GeneratedProject> projects, string provider, string connectionString,
        WriteMode mode, int seed, CancellationToken ct)
    {
        if (mode == WriteMode.Copy && provider != DatabaseProvider.Postgres)
            throw new ArgumentException("COPY needs PostgreSQL.", nameof(mode));
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
        DistrictPeople people;
        await using (var db = new JixiaoDbContext(options))
            people = await WriteOrgsAndUsersAsync(db, shape, seed, ct);
        var orgs = clock.Elapsed;

        clock.Restart();
        var counts = new Dictionary<string, long>();
        long bytes = 0;
        int projectCount = 0, indicators = 0;
        // Build the next batch (JSON, lights, scores) while the previous one is written.
        var batches = Batches(shape, projects, people, seed).GetEnumerator();
        Task<DistrictRecords?> next = Task.Run(() => batches.MoveNext() ? batches.Current : null, ct);
        await using var copier = mode == WriteMode.Copy ? await DistrictCopier.OpenAsync(connectionString, options, ct) : null;
        while (await next is { } batch)
        {
            next = Task.Run(() => batches.MoveNext() ? batches.Current : null, ct);
            if (copier is not null) await copier.WriteAsync(batch, ct);
            else await InsertAsync(options, batch, ct);
            Count(counts, batch);
            bytes += batch.ContentBytes;
            projectCount += batch.Projects.Count;
            indicators += batch.IndicatorCount;
        }
        var written = clock.Elapsed;

        clock.Restart();
        await using (var db = new JixiaoDbContext(options))
        {
            // COPY wrote the indicator facts without the context: the 指标库 aggregates (ADR-066) and the year-over-year
            // rows (ADR-068) follow in one SQL pass each.
            if (copier is not null)
            {
                await Jixiao.Data.Summaries.IndicatorUseSummaries.RebuildAsync(db, ct);
                await Jixiao.Data.Summaries.IndicatorYearSummaries.RebuildAsync(db, ct);
            }
            var me = new CurrentUser(new HttpContextAccessor());
            await new IndicatorLibrary(db, me, new AuditLog(db, me, TimeProvider.System)).SyncAsync(ct);
        }
        var library = clock.Elapsed;
        return new WriteStats(migrate, orgs, written, library, projectCount, indicators, bytes) { Rows = counts };
    }

    /// <summary>The records of every project in batches of <see cref="Batch"/>, then the units' disclosures.</summary>
    private static IEnumerable<DistrictRecords> Batches(District shape, IEnumerable<GeneratedProject> projects, DistrictPeople people, int seed)
    {
        foreach (var chunk in projects.Chunk(Batch))
        {
            var batch = new DistrictRecords();
            foreach (var p in chunk)
            {
                batch.Add(DistrictActivity.Project(p, people, seed));
                batch.IndicatorCount += p.Model.Indicators.Count;
            }
            yield return batch;
        }
        if (shape.Disclosure is not { } template) yield break;
        foreach (var chunk in shape.Units.Chunk(Batch))
        {
            var batch = new DistrictRecords();
            foreach (var unit in chunk) batch.Add(DistrictActivity.Disclosures(unit, template, people, shape.Year, seed));
            yield return batch;
        }
    }

    private static async Task InsertAsync(DbContextOptions<JixiaoDbContext> options, DistrictRecords batch, CancellationToken ct)
    {
        await using var db = new JixiaoDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(batch.Projects);
        db.AddRange(batch.Versions);
        db.AddRange(batch.Monitoring);
        db.AddRange(batch.SelfEvaluations);
        db.AddRange(batch.Disclosures);
        db.AddRange(batch.Comments);
        db.AddRange(batch.Audit);
        await db.SaveChangesAsync(ct);
    }

    private static void Count(Dictionary<string, long> counts, DistrictRecords batch)
    {
        foreach (var (name, n) in new (string, int)[]
                 {
                     ("projects", batch.Projects.Count), ("versions", batch.Versions.Count), ("monitoring", batch.Monitoring.Count),
                     ("self_evaluations", batch.SelfEvaluations.Count), ("disclosures", batch.Disclosures.Count),
                     ("comments", batch.Comments.Count), ("audit", batch.Audit.Count),
                 })
            counts[name] = counts.GetValueOrDefault(name) + n;
    }

    /// <summary>Users of the generated district, in the order of <see cref="WriteOrgsAndUsersAsync"/>.</summary>
    public static IReadOnlyList<string> UnitUserNames(District district) =>
        district.Units.Select(u => $"u{u.Index + 1:000}").ToList();

    private static async Task<DistrictPeople> WriteOrgsAndUsersAsync(JixiaoDbContext db, District district, int seed, CancellationToken ct)
    {
        var ids = new Random(seed); // user ids repeat with the seed number, as comments and audit events name them
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
        return new DistrictPeople(finance.Id, departments.Select(d => d.Id).ToList(), units.Select(u => u.Id).ToList(),
            users.ToDictionary(u => u.User.UserName!, u => u.User.Id), district.Departments, district.Units);

        AppUser User(string name, string display, int org) => new()
        {
            Id = DistrictActivity.NextGuid(ids).ToString(),
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
