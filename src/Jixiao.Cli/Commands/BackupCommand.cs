using System.CommandLine;
using Jixiao.Data.Backup;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao backup` and `jixiao restore`: the whole database as a portable package (<see cref="DatabaseBackup"/>).</summary>
public static class BackupCommand
{
    private static Option<string> DbOption() => new("--db")
    {
        Description = "数据库：sqlite:文件路径 或 postgres:\"Host=…;Database=…;Username=…;Password=…\"",
        Required = true,
    };

    public static Command Backup(CliContext cli)
    {
        var db = DbOption();
        var output = new Option<string>("--out", "-o") { Description = "备份包文件（.zip）", Required = true };
        var command = new Command("backup", "备份整个数据库为可移植的备份包（清单 + 每表一个 JSON Lines 文件）") { db, output };
        command.SetAction((r, ct) => RunBackupAsync(r.GetValue(db)!, r.GetValue(output)!, cli, ct));
        return command;
    }

    public static Command Restore(CliContext cli)
    {
        var package = new Argument<string>("package") { Description = "备份包文件（.zip）" };
        var db = DbOption();
        var force = new Option<bool>("--force") { Description = "目标数据库已有数据时仍然恢复（先删除目标数据库中的全部数据）" };
        var command = new Command("restore", "把备份包恢复到空数据库（可跨数据库类型，例如 SQLite → PostgreSQL）") { package, db, force };
        command.SetAction((r, ct) => RunRestoreAsync(r.GetValue(package)!, r.GetValue(db)!, r.GetValue(force), cli, ct));
        return command;
    }

    private static async Task<int> RunBackupAsync(string dbSpec, string outPath, CliContext cli, CancellationToken ct)
    {
        if (!DatabaseTarget.TryParse(dbSpec, out var target, out var error))
        {
            cli.Error.WriteLine($"错误：{error}");
            return ExitCodes.UnreadableInput;
        }
        var temp = outPath + ".partial";
        try
        {
            await using var db = target!.CreateContext();
            BackupManifest manifest;
            await using (var file = File.Create(temp))
                manifest = await DatabaseBackup.CreateAsync(db, file, DateTimeOffset.UtcNow, ct);
            File.Move(temp, outPath, overwrite: true); // never a half-written package under the real name
            cli.Out.WriteLine($"已备份 {manifest.Tables.Count} 张表，共 {manifest.TotalRows} 条记录 → {outPath}（数据库结构 {manifest.SchemaVersion}）");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            File.Delete(temp);
            cli.Error.WriteLine($"错误：备份失败：{e.Message}");
            return ExitCodes.UnreadableInput;
        }
    }

    private static async Task<int> RunRestoreAsync(string packagePath, string dbSpec, bool force, CliContext cli, CancellationToken ct)
    {
        if (!DatabaseTarget.TryParse(dbSpec, out var target, out var error))
        {
            cli.Error.WriteLine($"错误：{error}");
            return ExitCodes.UnreadableInput;
        }
        if (!File.Exists(packagePath))
        {
            cli.Error.WriteLine($"错误：找不到备份包“{packagePath}”。");
            return ExitCodes.UnreadableInput;
        }
        try
        {
            await using var db = target!.CreateContext();
            await using var file = File.OpenRead(packagePath);
            var outcome = await DatabaseBackup.RestoreAsync(db, file, force, ct);
            if (!outcome.Ok)
            {
                cli.Error.WriteLine($"错误：{outcome.Error}");
                return ExitCodes.Refused;
            }
            cli.Out.WriteLine($"已恢复 {outcome.Manifest!.Tables.Count} 张表，共 {outcome.RowsRestored} 条记录（备份于 {outcome.Manifest.CreatedAt:yyyy-MM-dd HH:mm:ss}Z，来源 {outcome.Manifest.SourceProvider}）。");
            if (outcome.ValuesCleaned > 0)
                cli.Out.WriteLine($"已从 {outcome.ValuesCleaned} 个文本字段中删除控制字符等不可保存的字符（如 NUL）。");
            if (outcome.JobsRequeued > 0)
                cli.Out.WriteLine($"备份时尚未完成的 {outcome.JobsRequeued} 个后台任务已重新排队，系统启动后执行一次。");
            if (outcome.KeysSkipped > 0)
                cli.Out.WriteLine($"备份包中的 {outcome.KeysSkipped} 个会话密钥未恢复：新系统首次启动时生成自己的密钥，用户需重新登录。");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            // A database error outside the restore's own transaction (connecting, migrating): one line, no stack trace.
            cli.Error.WriteLine($"错误：恢复失败（目标数据库未写入任何记录）：{FirstLine((e.InnerException as System.Data.Common.DbException ?? e).Message)}");
            return ExitCodes.Refused;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine($"错误：恢复失败（目标数据库未改变）：{FirstLine(e.Message)}");
            return ExitCodes.UnreadableInput;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
