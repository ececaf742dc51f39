using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Backup;

/// <summary>
/// A database named on the command line as <c>sqlite:path</c> (or <c>sqlite:Data Source=…</c>) or
/// <c>postgres:Host=…;Database=…</c>. Parsing never throws: a bad spec is a Chinese error.
/// </summary>
public sealed record DatabaseTarget(string Provider, string ConnectionString)
{
    public static bool TryParse(string? spec, out DatabaseTarget? target, out string? error)
    {
        target = null;
        error = null;
        var colon = spec?.IndexOf(':') ?? -1;
        if (spec is null || colon <= 0 || colon == spec.Length - 1)
        {
            error = $"数据库参数“{spec}”无效：应为 sqlite:文件路径 或 postgres:\"Host=…;Database=…;Username=…\"。";
            return false;
        }
        var kind = spec[..colon].Trim().ToLowerInvariant();
        var rest = spec[(colon + 1)..].Trim();
        switch (kind)
        {
            case DatabaseProvider.Sqlite:
                var builder = rest.Contains('=') ? new SqliteConnectionStringBuilder(rest) : new SqliteConnectionStringBuilder { DataSource = rest };
                builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
                target = new DatabaseTarget(DatabaseProvider.Sqlite, builder.ToString());
                return true;
            case DatabaseProvider.Postgres or "postgresql" or "npgsql":
                target = new DatabaseTarget(DatabaseProvider.Postgres, rest);
                return true;
            default:
                error = $"不支持的数据库类型“{kind}”（可选 sqlite、postgres）。";
                return false;
        }
    }

    public JixiaoDbContext CreateContext()
    {
        if (Provider == DatabaseProvider.Sqlite
            && Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource)) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        var options = new DbContextOptionsBuilder<JixiaoDbContext>();
        DatabaseProvider.Configure(options, Provider, ConnectionString);
        return new JixiaoDbContext(options.Options);
    }
}
