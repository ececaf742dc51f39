using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data.Postgres;

/// <summary>Used only by `dotnet ef migrations add` for the PostgreSQL migration set (no server needed).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JixiaoDbContext>
{
    public JixiaoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<JixiaoDbContext>();
        DatabaseProvider.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=jixiao_design;Username=postgres");
        return new JixiaoDbContext(options.Options);
    }
}
