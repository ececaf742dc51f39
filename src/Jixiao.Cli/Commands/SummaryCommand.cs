using System.CommandLine;
using Jixiao.Data.Backup;
using Jixiao.Data.Summaries;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao summary rebuild`: recomputes the analysis and 指标库 summaries of every project from its stored forms (ADR-051).</summary>
internal static class SummaryCommand
{
    public static Command Summary(CliContext cli)
    {
        var db = new Option<string>("--db")
        {
            Description = "数据库：sqlite:文件路径 或 postgres:\"Host=…;Database=…;Username=…;Password=…\"",
            Required = true,
        };
        var rebuild = new Command("rebuild", "按已保存的表单重新计算全部项目的分析与指标库汇总数据（升级或恢复后使用）") { db };
        rebuild.SetAction((r, ct) => RebuildAsync(r.GetValue(db)!, cli, ct));
        return new Command("summary", "分析与指标库的汇总数据") { rebuild };
    }

    private static async Task<int> RebuildAsync(string dbSpec, CliContext cli, CancellationToken ct)
    {
        if (!DatabaseTarget.TryParse(dbSpec, out var target, out var error))
        {
            cli.Error.WriteLine($"错误：{error}");
            return ExitCodes.UnreadableInput;
        }
        try
        {
            await using var db = target!.CreateContext();
            if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
            {
                cli.Error.WriteLine("错误：数据库尚未初始化（没有已执行的迁移）。");
                return ExitCodes.Refused;
            }
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                cli.Error.WriteLine("错误：数据库结构不是最新的：请先启动一次新版本的系统（自动升级数据库结构）再重建汇总数据。");
                return ExitCodes.Refused;
            }
            var projects = await ProjectSummaries.RebuildAsync(db, ct);
            cli.Out.WriteLine($"已重新计算 {projects} 个项目的汇总数据。");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            cli.Error.WriteLine($"错误：重建汇总数据失败：{e.Message}");
            return ExitCodes.UnreadableInput;
        }
    }
}
