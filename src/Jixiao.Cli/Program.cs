using System.CommandLine;
using System.Text;
using Jixiao.Cli.Commands;
using Jixiao.Domain.Review;

Console.OutputEncoding = Encoding.UTF8;
return JixiaoCli.Run(args, CliContext.Console);

/// <summary>The `jixiao` command: import, lint, score and export documents people already have.</summary>
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
        root.Subcommands.Add(Export(cli));
        root.Subcommands.Add(Templates(cli));
        root.Subcommands.Add(SummaryCommand.Summary(cli));
        var templates = new Option<string?>("--templates")
        {
            Description = "模板目录：其中每个 .json 模板文件与系统模板一起使用（导入、审核、评分、导出、列出模板）",
            Recursive = true,
        };
        root.Options.Add(templates);
        var parsed = root.Parse(args);
        // The directory's templates hold for this run only (an async-local scope: an in-process caller is not changed).
        using var scope = parsed.GetValue(templates) is { } directory
            ? TemplatesCommand.Load(directory, cli) is { } set ? Jixiao.Domain.Templates.TemplateRegistry.Use(set) : null
            : NoScope;
        if (scope is null) return ExitCodes.UnreadableInput;
        return parsed.Invoke(new InvocationConfiguration { Output = cli.Out, Error = cli.Error });
    }

    private static readonly IDisposable NoScope = new EmptyScope();

    private sealed class EmptyScope : IDisposable
    {
        public void Dispose() { }
    }

    private static Command Templates(CliContext cli)
    {
        var json = JsonOption();
        var list = new Command("list", "列出可用的表单模板：系统内置、随系统提供和模板目录中的") { json };
        list.SetAction(r => TemplatesCommand.List(r.GetValue(json), cli));
        return new Command("templates", "表单模板（各地的申报表、自评表版式）") { list };
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

    private static Command Export(CliContext cli)
    {
        var files = new Argument<string[]>("files") { Description = "文档文件（txt/md/html/xlsx/docx/pdf），可以多个", Arity = ArgumentArity.ZeroOrMore };
        var to = new Option<string>("--to") { Description = "导出格式：xlsx、docx、pdf 或 html", Required = true };
        var output = new Option<string>("--out") { Description = "输出目录（不存在则创建）", DefaultValueFactory = _ => "." };
        var db = new Option<string?>("--db") { Description = "数据库：SQLite 文件路径或 PostgreSQL 连接字符串（与 --project 一起使用）" };
        var project = new Option<string?>("--project") { Description = "数据库中的项目编号（GUID）" };
        var package = new Option<bool>("--package") { Description = "将整个单位的表单导出为一个文档（绩效目标设置情况、项目经费情况说明和申报表）" };
        var template = new Option<string?>("--template") { Description = "按此模板（模板编号，见 jixiao templates list）的版式导出同类的表：目标表模板用于绩效目标表，自评表模板用于绩效自评表（并按其分值计分）" };
        var command = new Command("export", "按正式版式导出表单：每个表单一个文件（或用 --package 导出单位汇总）") { files, to, output, db, project, package, template };
        command.SetAction(r => ExportCommand.Run(r.GetValue(files) ?? [], r.GetValue(db), r.GetValue(project), r.GetValue(to)!,
            r.GetValue(output)!, r.GetValue(package), cli, r.GetValue(template)));
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
