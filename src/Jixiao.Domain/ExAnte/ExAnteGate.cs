using System.Globalization;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Domain.ExAnte;

/// <summary>
/// Whether a declaration needs its 事前绩效评估 before it may be submitted, and what its assessment still lacks. One rule
/// for the web page, the API and batch submit (they all submit through the declaration workflow's guard).
/// </summary>
public static class ExAnteGate
{
    /// <summary>The default threshold: a new project whose 项目资金总额 reaches 1000 万元 needs an assessment.</summary>
    public const decimal DefaultThresholdYuan = 10_000_000m;

    /// <summary>
    /// A new project (not copied from an earlier year's, i.e. not a continuing one) whose amount reaches
    /// <paramref name="thresholdYuan"/> needs an assessment; a threshold of 0 or less switches the gate off.
    /// </summary>
    public static bool Required(bool continuing, decimal amountYuan, decimal thresholdYuan) =>
        !continuing && thresholdYuan > 0 && amountYuan >= thresholdYuan;

    /// <summary>
    /// What the assessment on <paramref name="project"/> still lacks, in Chinese, each naming its field; empty when complete.
    /// <paramref name="attachmentNames"/> are the files attached to the version (the report must be one of them).
    /// </summary>
    public static IReadOnlyList<string> Problems(Project project, IEnumerable<string> attachmentNames)
    {
        ArgumentNullException.ThrowIfNull(project);
        var problems = new List<string>();
        foreach (var (key, label) in ExAnteAssessmentForm.Aspects)
        {
            var score = project.Fields.GetValueOrDefault(ExAnteAssessmentForm.ScoreKey(key));
            if (string.IsNullOrWhiteSpace(score)) problems.Add($"“{label}”未评分");
            else if (Score(score) is not { } s || s < 0 || s > ExAnteAssessmentForm.AspectMaxScore)
                problems.Add($"“{label}”得分应为 0 至 {ExAnteAssessmentForm.AspectMaxScore:0} 之间的数字");
            if (string.IsNullOrWhiteSpace(project.Fields.GetValueOrDefault(ExAnteAssessmentForm.ReasonKey(key))))
                problems.Add($"“{label}”未填写评估理由");
        }
        var conclusion = project.Fields.GetValueOrDefault(ExAnteAssessmentForm.ConclusionKey);
        if (string.IsNullOrWhiteSpace(conclusion)) problems.Add("未选择评估结论");
        else if (!ExAnteAssessmentForm.Conclusions.Contains(conclusion.Trim()))
            problems.Add($"评估结论只能是{string.Join("、", ExAnteAssessmentForm.Conclusions.Select(c => $"“{c}”"))}");
        var report = project.Fields.GetValueOrDefault(ExAnteAssessmentForm.ReportKey)?.Trim();
        if (string.IsNullOrEmpty(report)) problems.Add("未附评估报告");
        else if (!attachmentNames.Contains(report, StringComparer.Ordinal)) problems.Add($"评估报告“{report}”不在本版本的附件中");
        return problems;
    }

    /// <summary>The refusal of a submit without a complete assessment (null when none is required or it is complete).</summary>
    public static string? Refusal(bool required, IReadOnlyList<string> problems) =>
        !required || problems.Count == 0 ? null
            : $"该项目为新增项目且金额达到事前绩效评估标准，须先完成事前绩效评估再提交：{string.Join("；", problems)}。";

    /// <summary>The total of the five scores (null while any is missing or unreadable).</summary>
    public static decimal? Total(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        decimal sum = 0;
        foreach (var (key, _) in ExAnteAssessmentForm.Aspects)
        {
            if (Score(project.Fields.GetValueOrDefault(ExAnteAssessmentForm.ScoreKey(key))) is not { } s) return null;
            sum += s;
        }
        return sum;
    }

    /// <summary>True when any assessment field holds text.</summary>
    public static bool Started(Project project) =>
        ExAnteAssessmentForm.Definition.Fields.Any(f => project.Fields.ContainsKey(f.Key));

    private static decimal? Score(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
}
