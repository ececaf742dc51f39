using System.CommandLine;
using System.Text;
using Jixiao.Cli.Commands;
using Jixiao.Domain.Review;

Console.OutputEncoding = Encoding.UTF8;
return JixiaoCli.Run(args, CliContext.Console);

/// <summary>The `jixiao` command: import, lint and score documents people already have.</summary>
public static class JixiaoCli
{
    public static int Run(string[] args, CliContext cli)
    {
        var root = new RootCommand("绩效（Jixiao）命令行：导入、审核、评分预算绩效文档（申报表、自评表、单位预算公开）；备份与恢复数据库。");
        root.Subcommands.Add(Import(cli));
        root.Subcommands.Add(Lint(cli));
        root.Subcommands.Add(Score(cli));
        root.Subcommands.Add(BackupCommand.Backup(cli));
        root.Subcommands.Add(BackupCommand.Restore(cli));
        var parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = cli.Out, Error = cli.Error });
    }

    private static Argument<string[]> Files() => new("files")
    {
        Description = "文档文件（txt/md/html），可以多个",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Option<bool> JsonOption() => new("--json") { Description = "以 JSON 输出（稳定格式，供其他程序读取）" };

    private static Command Import(CliContext cli)
    {
        var files = Files();
        var json = JsonOption();
        var command = new Command("import", "导入文档：识别项目、金额、指标，列出导入警告") { files, json };
        command.SetAction(r => ImportCommand.Run(r.GetValue(files)!, r.GetValue(json), cli));
        return command;
    }

    private static Command Lint(CliContext cli)
    {
        var files = Files();
        var json = JsonOption();
        var failOn = new Option<string?>("--fail-on") { Description = "存在该级别（error/warning/info）及以上的问题时以 1 退出" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var command = new Command("lint", "审核文档：按审核规则列出问题（规则编号、级别、说明）") { files, json, failOn };
        command.SetAction(r => LintCommand.Run(r.GetValue(files)!, r.GetValue(json), ParseSeverity(r.GetValue(failOn)), cli));
        return command;
    }

    private static Command Score(CliContext cli)
    {
        var files = Files();
        var json = JsonOption();
        var profile = new Option<string?>("--profile") { Description = "评分规则（SH-DISTRICT 默认、FASP-VENDOR、YTH-MANUAL）" };
        var command = new Command("score", "自评评分：按规则重新计算得分，与原表对照，并给出计算过程") { files, json, profile };
        command.SetAction(r => ScoreCommand.Run(r.GetValue(files)!, r.GetValue(json), r.GetValue(profile), cli));
        return command;
    }

    private static Severity? ParseSeverity(string? value) => value switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => null,
    };
}
