using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Infrastructure;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers the context for the configured provider. SQLite (the default) keeps its file under `./data/`,
    /// creating the folder on first start; WAL and a busy timeout let concurrent requests write safely.
    /// </summary>
    public static IServiceCollection AddJixiaoDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var (provider, connectionString) = Store(config, env);
        services.AddDbContext<JixiaoDbContext>(o => DatabaseProvider.Configure(o, provider, connectionString));
        return services;
    }

    /// <summary>The configured provider and its connection string (a SQLite path made absolute under the content root).</summary>
    public static (string Provider, string ConnectionString) Store(IConfiguration config, IHostEnvironment env)
    {
        var provider = config["Database:Provider"] ?? DatabaseProvider.Sqlite;
        var connectionString = config.GetConnectionString("Default") ?? "Data Source=data/jixiao.db";
        if (provider == DatabaseProvider.Sqlite) connectionString = PrepareSqlite(connectionString, env.ContentRootPath);
        return (provider, connectionString);
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        // The summaries of forms stored before ADR-051 or computed by other rules (the first start after an upgrade).
        await Jixiao.Data.Summaries.ProjectSummaries.EnsureCurrentAsync(db, ct);
    }

    private static string PrepareSqlite(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return builder.ToString();
    }
}
