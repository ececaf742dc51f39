using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// Chooses the store at run time from configuration (`Database:Provider` = sqlite | postgres), never at compile
/// time. Each provider has its own migrations assembly because their SQL types differ (TEXT vs numeric).
/// </summary>
public static class DatabaseProvider
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static void Configure(DbContextOptionsBuilder options, string provider, string connectionString)
    {
        switch (provider.Trim().ToLowerInvariant())
        {
            case Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly("Jixiao.Data.Sqlite"))
                    .AddInterceptors(SqliteBusyTimeout.Instance);
                break;
            case Postgres or "postgresql" or "npgsql":
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly("Jixiao.Data.Postgres"));
                break;
            default:
                throw new InvalidOperationException($"不支持的数据库类型“{provider}”（可选 sqlite、postgres）。");
        }
    }
}
