using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data.Sqlite;

/// <summary>Used only by `dotnet ef migrations add` for the SQLite migration set.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JixiaoDbContext>
{
    public JixiaoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<JixiaoDbContext>();
        DatabaseProvider.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new JixiaoDbContext(options.Options);
    }
}
