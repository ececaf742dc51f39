using Jixiao.Cli.Contract;
using Jixiao.Cli.Output;
using Jixiao.Documents;
using Jixiao.Domain.Projects;

namespace Jixiao.Cli.Commands;

public static class ImportCommand
{
    public static int Run(IReadOnlyList<string> files, bool json, CliContext cli)
    {
        var batch = DocumentBatch.Import(files, cli, json);
        if (json)
        {
            cli.Out.WriteLine(Json.Serialize(new ImportOutput(batch.Documents.Select(ToDto).ToList(), batch.Errors)));
            return batch.ExitCode;
        }
        foreach (var doc in batch.Documents) WriteReport(doc, cli.Out);
        return batch.ExitCode;
    }

    public static DocumentDto ToDto(ImportedDocument d)
    {
        var computed = d.Package.Projects.Count == 0 ? null : UnitSummary.Compute(d.Package.Projects);
        return new DocumentDto(
            d.File,
            Names.Kind(d.Kind),
            d.UnitName,
            d.Year,
            computed is null ? null : new SummaryDto(computed.ProjectCount, computed.TotalYuan, computed.TotalWanYuan),
            d.Package.Stated is { } s ? new StatedSummaryDto(s.ProjectCount, s.TotalWanYuan, s.SubUnitCount, s.SourceLine) : null,
            d.Package.Projects.Select(ProjectMapper.ToDto).ToList(),
            d.Disclosure,
            d.Warnings.Select(w => new WarningDto(w.Line, w.Message)).ToList(),
            d.Tables.Count == 0 ? null : d.Tables);
    }

    private static void WriteReport(ImportedDocument d, TextWriter o)
    {
        o.WriteLine($"■ {d.File}　{Names.KindChinese(d.Kind)}　{d.UnitName ?? "（未识别单位）"}　{d.Year?.ToString() ?? "—"} 年度");
        if (d.Package.Stated is { } s)
            o.WriteLine($"  文中声明：项目 {s.ProjectCount} 个，资金 {s.TotalWanYuan:0.00} 万元");
        if (d.Package.Projects.Count > 0)
        {
            var sum = UnitSummary.Compute(d.Package.Projects);
            o.WriteLine($"  导入结果：项目 {sum.ProjectCount} 个，资金 {sum.TotalWanYuan:#,##0.00} 万元（{Names.Money(sum.TotalYuan)} 元），指标 {d.Package.Projects.Sum(p => p.Indicators.Count)} 条");
            var table = new TextTable("#", "项目名称", "类别", "项目资金（元）", "指标数", "自评总分").AlignRight(0, 3, 4, 5);
            var n = 0;
            foreach (var p in d.Package.Projects)
                table.Add((++n).ToString(), p.Name, p.Category, Names.Money(UnitSummary.FundsOf(p)),
                    p.Indicators.Count.ToString(), p.Evaluation?.PrintedTotal is { } t ? Names.Score(t) : "");
            o.Write(Indent(table.ToString()));
        }
        if (d.Disclosure is { } disclosure)
            o.WriteLine($"  预算公开：{disclosure.Year} 年，{disclosure.UnitName}，收入总计 {Names.Money(disclosure.Summary?.Income.Total)} 元，支出总计 {Names.Money(disclosure.Summary?.ExpenseTotal?.Total)} 元");
        foreach (var t in d.Tables)
            o.WriteLine($"  {(t.Stage == Jixiao.Domain.Disclosure.PublicationStage.FinalAccounts ? "决算表" : "预算表")}：{t.Title}，{t.Rows.Count} 行{(t.AmountUnitText is { } u ? $"，金额单位：{u}" : "")}");
        if (d.Warnings.Count > 0)
        {
            o.WriteLine($"  导入警告 {d.Warnings.Count} 条：");
            foreach (var w in d.Warnings) o.WriteLine($"    第 {w.Line} 行：{w.Message}");
        }
        o.WriteLine();
    }

    internal static string Indent(string text) =>
        string.Concat(text.Split('\n').Where(l => l.Length > 0).Select(l => "  " + l + "\n"));
}
