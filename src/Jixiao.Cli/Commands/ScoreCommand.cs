using Jixiao.Cli.Contract;
using Jixiao.Cli.Output;
using Jixiao.Documents;
using Jixiao.Domain.Scoring;

namespace Jixiao.Cli.Commands;

public static class ScoreCommand
{
    public static int Run(IReadOnlyList<string> files, bool json, string? profileName, CliContext cli)
    {
        // Without --profile each project is scored with its template's own pools (SH-DISTRICT for the Shanghai forms).
        RuleProfile? profile;
        try { profile = profileName is null ? null : RuleProfiles.Get(profileName); }
        catch (KeyNotFoundException)
        {
            cli.Error.WriteLine($"错误：未知的评分规则“{profileName}”（可选：{string.Join("、", RuleProfiles.All.Select(p => p.Id))}）。");
            return ExitCodes.UnreadableInput;
        }

        var batch = DocumentBatch.Import(files, cli, json);
        var scored = batch.Documents
            .SelectMany(d => d.Package.Projects.Where(p => p.Evaluation is not null)
                .Select(p => (d.File, Project: p.Name, Score: Scorer.Score(p, profile ?? RuleProfiles.For(p), ScoringMode.Historical))))
            .ToList();

        if (json)
            cli.Out.WriteLine(Json.Serialize(new ScoreOutput(scored.Select(x => ProjectScoreDto.From(x.File, x.Project, x.Score)).ToList(), batch.Errors)));
        else
        {
            if (scored.Count == 0 && batch.Documents.Count > 0) cli.Out.WriteLine("所给文档中没有绩效自评表，无可评分项目。");
            foreach (var (file, project, score) in scored) WriteReport(file, project, score, cli.Out);
        }
        return batch.ExitCode;
    }

    private static void WriteReport(string file, string project, ProjectScore s, TextWriter o)
    {
        o.WriteLine($"■ {project}（{file}）　评分规则 {RuleProfiles.All.FirstOrDefault(p => p.Tag == s.ProfileTag)?.DisplayName ?? "自定义"}");
        o.WriteLine($"  执行率 {(s.ExecutionRateDisplay is { } r ? r.ToString("0.00") + "%" : "不适用")}　执行得分 {Names.Score(s.ExecutionScore)}（原表 {Names.Score(s.PrintedExecutionScore)}）");
        var table = new TextTable("指标", "指标值", "实际完成值", "分值", "原表得分", "计算得分", "规则").AlignRight(3, 4, 5);
        foreach (var row in s.Rows)
            table.Add(row.Indicator.Name, row.Indicator.Target.OriginalText, row.Indicator.Actual?.OriginalText,
                Names.Score(row.Weight), Names.Score(row.PrintedScore),
                row.ComputedScore is { } c ? Names.Score(c) : "—", row.Rule);
        o.Write(ImportCommand.Indent(table.ToString()));
        o.WriteLine($"  总分：原表 {Names.Score(s.PrintedTotal)}（{s.PrintedGrade?.DisplayName() ?? "—"}）　计算 {Names.Score(s.ComputedTotal)}（{s.ComputedGrade.DisplayName()}）");
        o.WriteLine("  得分计算说明：");
        foreach (var line in ScoreNarrative.All(s))
            o.WriteLine($"    {line.Item}：{line.Text}{(line.Code.Length > 0 ? $"（{line.Code}）" : "")}");
        var problems = s.AllFindings.Where(f => f.Severity >= Domain.Review.Severity.Warning).ToList();
        if (problems.Count > 0)
        {
            o.WriteLine($"  需要关注 {problems.Count} 条：");
            foreach (var f in problems) o.WriteLine($"    [{f.RuleId}] {(f.Indicator is null ? "" : f.Indicator + "：")}{f.Message}");
        }
        o.WriteLine();
    }
}
