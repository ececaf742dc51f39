using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review.Narrative;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TXT-01 (stale years and phrases), TXT-02 (annual = overall goal), TXT-03 (goal phrased as done), TXT-04 (typos).</summary>
internal sealed partial class TextPlausibility : IProjectRules
{
    [GeneratedRegex(@"(?<![\d.])(?<year>(?:19|20)\d{2})\s*年(?<after>.{0,4})", RegexOptions.Singleline)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"于\s*(?:19|20)\d{2}\s*年(?:度|内)?\s*完成")]
    private static partial Regex DoneInYear();

    public IEnumerable<Finding> Check(ProjectRun run)
    {
        var p = run.Project;
        foreach (var f in StaleYears(run)) yield return f;
        foreach (var f in StalePhrases(run)) yield return f;

        if (run.Scope == RuleScope.Declaration)
        {
            if (!IsBlank(p.AnnualGoal) && Compact(p.AnnualGoal) == Compact(p.OverallGoal))
                yield return run.Emit("TXT-02", variant: run.IsMultiYear ? null : "singleYear", field: "年度总体目标");

            foreach (var (label, goal) in new[] { ("年度总体目标", p.AnnualGoal), ("项目总目标", p.OverallGoal) })
                if (!IsBlank(goal) && (ContainsAny(goal!, run.Profile.AccomplishedPhrases) || DoneInYear().IsMatch(goal!)))
                {
                    yield return run.Emit("TXT-03", field: label);
                    break;
                }
        }

        foreach (var f in Typos(run)) yield return f;
    }

    private static IEnumerable<Finding> StaleYears(ProjectRun run)
    {
        if (run.BudgetYear is not { } budgetYear) yield break;
        var p = run.Project;
        var texts = new List<(string Field, string? Text)> { ("年度总体目标", p.AnnualGoal) };
        if (p.Narrative.TryGetValue(NarrativeSection.AnnualBudgetPlan, out var plan)) texts.Add(("六、年度预算安排", plan));
        if (p.Narrative.TryGetValue(NarrativeSection.ImplementationPlan, out var schedule)) texts.Add(("项目实施计划", schedule));
        foreach (var (field, text) in texts)
            foreach (var year in StaleYearsIn(text, budgetYear, run.Profile).Distinct())
                yield return run.Emit("TXT-01", new Args(("year", year.ToString(CultureInfo.InvariantCulture))), field: field);

        foreach (var i in run.RealIndicators.Where(i => i.Target.Kind == TargetKind.Deadline && i.Target.Deadline?.Year < budgetYear))
            yield return run.Emit("TXT-01", new Args(("year", i.Target.Deadline!.Year!.Value.ToString(CultureInfo.InvariantCulture))),
                indicator: i.Name, field: "指标值", row: i.Ordinal);

        foreach (var range in NarrativePeriods.ExtractYearRanges(p.Name).Where(r => r.End.Year < budgetYear || r.Start.Year > budgetYear))
            yield return run.Emit("TXT-01", new Args(("year", range.Text)), field: "项目名称");
    }

    /// <summary>
    /// Years before the budget year, except history (`根据 2023 年申报情况`, `2022 年招标立项`), year lines
    /// (`2022年：412.56万元`) and periods reaching into the budget year.
    /// </summary>
    internal static IEnumerable<int> StaleYearsIn(string? text, int budgetYear, LintProfile profile)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var periods = NarrativePeriods.Extract(text);
        var spans = periods.Select(x => (Start: text.IndexOf(x.Text, StringComparison.Ordinal), x)).ToList();
        foreach (Match m in YearRegex().Matches(text))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year >= budgetYear) continue;
            var after = m.Groups["after"].Value.TrimStart();
            var before = text[Math.Max(0, m.Index - 4)..m.Index].TrimEnd();
            if (after.StartsWith('：') || after.StartsWith(':')) continue;
            if (profile.HistoryMarkersAfter.Any(h => after.StartsWith(h, StringComparison.Ordinal))) continue;
            if (profile.HistoryMarkersBefore.Any(h => before.EndsWith(h, StringComparison.Ordinal))) continue;
            if (spans.Any(s => s.Start >= 0 && m.Index >= s.Start && m.Index < s.Start + s.x.Text.Length && s.x.End.Year >= budgetYear)) continue;
            yield return year;
        }
    }

    private static IEnumerable<Finding> StalePhrases(ProjectRun run)
    {
        var p = run.Project;
        var texts = new List<(string Field, string? Text)> { ("年度总体目标", p.AnnualGoal), ("项目总目标", p.OverallGoal) };
        texts.AddRange(p.Narrative.Where(kv => kv.Key != NarrativeSection.Basis)
            .Select(kv => (MoneyText.SectionLabel(kv.Key), (string?)kv.Value)));
        var seen = new HashSet<string>();
        foreach (var (field, text) in texts)
        {
            if (IsBlank(text)) continue;
            // One finding per sentence: `疫情期间向居民传达疫情防控要求` is one stale statement, not two.
            foreach (var sentence in text!.Split(SentenceBreaks))
            {
                var compact = Compact(sentence);
                var phrases = run.Profile.StalePhrases.Where(phrase => compact.Contains(phrase, StringComparison.Ordinal) && seen.Add(phrase))
                    .OrderBy(phrase => compact.IndexOf(phrase, StringComparison.Ordinal)).ToList();
                if (phrases.Count > 0)
                    yield return run.Emit("TXT-01", new Args(("phrase", string.Join("”、“", phrases))), variant: "phrase", field: field);
            }
        }
    }

    private static readonly char[] SentenceBreaks = ['。', '；', ';', '！', '？', '!', '?', '\n'];

    private static IEnumerable<Finding> Typos(ProjectRun run)
    {
        var typos = run.Profile.TypoMap.ToArray(); // enumerated once, not once per place
        if (typos.Length == 0) yield break;
        var seen = new HashSet<string>();
        foreach (var (field, indicator, row, text) in TypoPlaces(run.Project))
        {
            if (IsBlank(text)) continue;
            foreach (var (typo, correction) in typos)
                if (ContainsCompact(text, typo) && seen.Add(typo))
                    yield return run.Emit("TXT-04", new Args(("typo", typo), ("correction", correction)), indicator: indicator, field: field, row: row);
        }
    }

    /// <summary>Goals, every row's name, target and actual, then the narrative sections, in that order.</summary>
    private static IEnumerable<(string Field, string? Indicator, int? Row, string? Text)> TypoPlaces(Project p)
    {
        yield return ("年度总体目标", null, null, p.AnnualGoal);
        yield return ("项目总目标", null, null, p.OverallGoal);
        foreach (var i in p.Indicators)
        {
            yield return ("三级指标", i.Name, i.Ordinal, i.Name);
            yield return ("指标值", i.Name, i.Ordinal, i.Target.OriginalText);
            if (i.Actual is not null) yield return ("实际完成值", i.Name, i.Ordinal, i.Actual.OriginalText);
        }

        foreach (var (section, text) in p.Narrative)
            yield return (MoneyText.SectionLabel(section), null, null, text);
    }
}
