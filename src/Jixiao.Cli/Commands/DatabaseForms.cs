using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Commands;

/// <summary>
/// Reads a stored project from the application's database (read-only): a SQLite file path, or a PostgreSQL
/// connection string (`Host=…;Database=…`).
/// </summary>
internal static class DatabaseForms
{
    public sealed record Loaded(Project? Project, string? Error);

    public static Loaded Project(string db, string projectId)
    {
        if (!Guid.TryParse(projectId, out var id)) return new Loaded(null, $"“{projectId}”不是有效的项目编号（GUID）。");
        var postgres = db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        if (!postgres && !File.Exists(db)) return new Loaded(null, $"找不到数据库文件“{db}”。");
        var options = new DbContextOptionsBuilder<JixiaoDbContext>();
        DatabaseProvider.Configure(options, postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            postgres ? db : $"Data Source={db};Mode=ReadOnly");
        try
        {
            using var context = new JixiaoDbContext(options.Options);
            var version = context.DeclarationVersions.AsNoTracking().Where(v => v.ProjectId == id).OrderByDescending(v => v.Number).FirstOrDefault();
            return version is null
                ? new Loaded(null, $"数据库中没有编号为 {id} 的项目。")
                : new Loaded(DeclarationContentJson.Read(version.Content).ToProject(t => TargetParser.Parse(t)), null);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return new Loaded(null, $"无法读取数据库“{db}”：{e.Message}");
        }
    }
}
