using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Backup;

/// <summary>
/// A database named on the command line as <c>sqlite:path</c> (or <c>sqlite:Data Source=…</c>) or
/// <c>postgres:Host=…;Database=…</c>; without a prefix, a connection string with <c>Host=</c> is PostgreSQL and anything
/// else a SQLite file path (as `jixiao export --db` reads it). Parsing never throws: a bad spec is a Chinese error.
/// </summary>
public sealed record DatabaseTarget(string Provider, string ConnectionString)
{
    public static bool TryParse(string? spec, out DatabaseTarget? target, out string? error)
    {
        target = null;
        error = null;
        if (string.IsNullOrWhiteSpace(spec))
        {
            error = "缺少数据库参数：应为 sqlite:文件路径 或 postgres:\"Host=…;Database=…;Username=…\"。";
            return false;
        }
        // Like `jixiao export --db`: a bare connection string with Host= is PostgreSQL, a bare path a SQLite file.
        var colon = spec.IndexOf(':');
        var prefixed = colon > 1 && !spec[..colon].Contains('=') && !spec[..colon].Contains('/');
        var kind = prefixed ? spec[..colon].Trim().ToLowerInvariant()
            : spec.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var rest = (prefixed ? spec[(colon + 1)..] : spec).Trim();
        if (rest.Length == 0)
        {
            error = $"数据库参数“{spec}”无效：缺少文件路径或连接字符串。";
            return false;
        }
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
