using Jixiao.Cli.Contract;
using Jixiao.Cli.Output;
using Jixiao.Documents;
using Jixiao.Domain.Review;

namespace Jixiao.Cli.Commands;

public static class LintCommand
{
    public static int Run(IReadOnlyList<string> files, bool json, Severity? failOn, CliContext cli)
    {
        var batch = DocumentBatch.Import(files, cli, json);
        var findings = batch.Documents
            .SelectMany(d => DocumentReview.Findings(d).Select(f => (d.File, Finding: f)))
            .ToList();

        if (json)
            cli.Out.WriteLine(Json.Serialize(new LintOutput(findings.Select(x => FindingDto.From(x.File, x.Finding)).ToList(), batch.Errors)));
        else
            foreach (var group in findings.GroupBy(x => x.File)) WriteReport(group.Key, group.Select(x => x.Finding).ToList(), cli.Out);

        if (batch.ExitCode != ExitCodes.Ok) return batch.ExitCode;
        return failOn is { } threshold && findings.Any(x => x.Finding.Severity >= threshold) ? ExitCodes.FindingsAtThreshold : ExitCodes.Ok;
    }

    private static void WriteReport(string file, IReadOnlyList<Finding> findings, TextWriter o)
    {
        var counts = findings.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count());
        o.WriteLine($"■ {file}　错误 {counts.GetValueOrDefault(Severity.Error)}　警告 {counts.GetValueOrDefault(Severity.Warning)}　提示 {counts.GetValueOrDefault(Severity.Info)}");
        var table = new TextTable("级别", "规则", "项目", "指标/字段", "说明");
        foreach (var f in findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Project).ThenBy(f => f.RuleId))
            table.Add(SeverityChinese(f.Severity), f.RuleId, Shorten(f.Project, 18), Shorten(f.Indicator ?? f.Field, 16), f.Message);
        o.Write(ImportCommand.Indent(table.ToString()));
        o.WriteLine();
    }

    public static string SeverityChinese(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static string Shorten(string? s, int max) => s is null ? "" : s.Length <= max ? s : s[..(max - 1)] + "…";
}
