using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Text;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Documents.Disclosure;

/// <summary>
/// Reads the narrative sentences of the package (disclosure.md §1) from the lines outside the tables. Each figure
/// is found by the fixed words around its placeholder, so wording around it may vary.
/// </summary>
internal static partial class NarrativeReader
{
    private const string Num = @"\s*([0-9]+(?:\.[0-9]+)?)\s*";

    // {比较} := 比{Y}年预算(增加|减少){Δ}万元 | 与{Y}年预算持平 ; may follow the figure after `，` `。` `；`.
    private const string Comparison = @"(?:[，,。；;]?\s*(?:比\s*(?<cy>[0-9]{4})\s*年(?:度)?预算(?<dir>增加|减少)\s*(?<delta>[0-9]+(?:\.[0-9]+)?)\s*万元|与\s*(?<fy>[0-9]{4})\s*年(?:度)?预算持平))?";

    [GeneratedRegex(@"为(?<kind>[^，。；为]{2,20}?(?:单位|机关))。\s*$")]
    private static partial Regex UnitTypePattern();

    [GeneratedRegex(@"预算支出总额为" + Num + "万元")]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"(?<!一般公共预算|政府性基金)财政拨款支出预算" + Num + "万元" + Comparison)]
    private static partial Regex FiscalPattern();

    [GeneratedRegex(@"一般公共预算拨款支出预算" + Num + "万元" + Comparison)]
    private static partial Regex GeneralPattern();

    [GeneratedRegex(@"政府性基金拨款支出预算" + Num + "万元")]
    private static partial Regex FundPattern();

    [GeneratedRegex(@"^\s*(?<n>[0-9]+)\s*[.．、]\s*[“""「](?<name>[^”""」]+)[”""」]\s*科目" + Num + "万元")]
    private static partial Regex SubjectPattern();

    [GeneratedRegex(@"三公[”""」]?经费预算数?为?" + Num + "万元" + Comparison)]
    private static partial Regex ThreePublicTotalPattern();

    [GeneratedRegex(@"因公出国[（(]境[）)]费" + Num + "万元" + Comparison)]
    private static partial Regex OverseasPattern();

    [GeneratedRegex(@"公务用车购置及运行费" + Num + "万元" + Comparison)]
    private static partial Regex VehiclesPattern();

    [GeneratedRegex(@"公务接待费" + Num + "万元" + Comparison)]
    private static partial Regex ReceptionPattern();

    [GeneratedRegex(@"机关运行经费(?:预算)?(?:数)?为?" + Num + "万元")]
    private static partial Regex AgencyPattern();

    [GeneratedRegex(@"政府采购预算" + Num + "万元")]
    private static partial Regex ProcurementPattern();

    [GeneratedRegex(@"政府采购货物预算" + Num + "万元")]
    private static partial Regex GoodsPattern();

    [GeneratedRegex(@"政府采购工程预算" + Num + "万元")]
    private static partial Regex WorksPattern();

    [GeneratedRegex(@"政府采购服务预算" + Num + "万元")]
    private static partial Regex ServicesPattern();

    [GeneratedRegex(@"编报绩效目标的项目\s*共?\s*([0-9]+)\s*个")]
    private static partial Regex ProjectCountPattern();

    [GeneratedRegex(@"涉及项目预算资金" + Num + "万元")]
    private static partial Regex ProjectFundsPattern();

    public static DisclosureNarrative Read(IReadOnlyList<SourceLine> lines)
    {
        var unitSentence = Find(lines, UnitTypePattern());
        var statementLine = Find(lines, TotalPattern());
        var procurement = Find(lines, ProcurementPattern());
        var performance = Find(lines, ProjectCountPattern());
        return new DisclosureNarrative
        {
            UnitTypeSentence = unitSentence?.Line.Text.Trim(),
            UnitKind = unitSentence is { } u ? DisclosureNarrative.KindFromSentence(u.Match.Groups["kind"].Value) : UnitKind.Unknown,
            Statement = statementLine is null ? null : ReadStatement(lines, statementLine.Value),
            ThreePublic = ReadThreePublic(lines),
            Procurement = procurement is { } p
                ? new ProcurementNarrative(
                    Figure(p.Match, 1, p.Line),
                    FigureIn(p.Line, GoodsPattern()),
                    FigureIn(p.Line, WorksPattern()),
                    FigureIn(p.Line, ServicesPattern()))
                : null,
            PerformanceTargets = performance is { } q && FigureIn(q.Line, ProjectFundsPattern()) is { } funds &&
                                 int.TryParse(q.Match.Groups[1].Value, CultureInfo.InvariantCulture, out var count)
                ? new PerformanceTargetSummary(count, funds, q.Line.Number)
                : null,
            StateCapitalStatement = lines
                .Select(l => l.Text.Trim())
                .FirstOrDefault(t => t.Contains("国有资本经营预算", StringComparison.Ordinal) && t.EndsWith('。') && !CellReading.HasOrdinal(t)),
        };
    }

    private static BudgetStatement ReadStatement(IReadOnlyList<SourceLine> lines, (SourceLine Line, Match Match) found)
    {
        var line = found.Line;
        var subjects = new List<SubjectAmount>();
        var start = lines.ToList().FindIndex(l => l.Number == line.Number);
        // The per-科目 sentences follow the 编制说明 paragraph, one per line.
        for (var k = start + 1; k < lines.Count; k++)
        {
            var text = lines[k].Text;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var m = SubjectPattern().Match(text);
            if (!m.Success)
            {
                break;
            }

            if (WanYuanFigure.TryParse(m.Groups[1].Value, out var amount, lines[k].Number) &&
                int.TryParse(m.Groups["n"].Value, CultureInfo.InvariantCulture, out var ordinal))
            {
                subjects.Add(new SubjectAmount(ordinal, m.Groups["name"].Value.Trim(), amount));
            }
        }

        return new BudgetStatement(
            Figure(found.Match, 1, line),
            Compared(FiscalPattern().Match(line.Text), line),
            Compared(GeneralPattern().Match(line.Text), line),
            FigureIn(line, FundPattern()),
            subjects);
    }

    private static ThreePublicNarrative? ReadThreePublic(IReadOnlyList<SourceLine> lines)
    {
        var total = Find(lines, ThreePublicTotalPattern());
        var noAgency = lines.Any(l => l.Text.Contains("无机关运行经费", StringComparison.Ordinal));
        var agency = Find(lines, AgencyPattern());
        if (total is null && !noAgency && agency is null)
        {
            return null;
        }

        return new ThreePublicNarrative(
            total is { } t ? Compared(t.Match, t.Line) : null,
            FindCompared(lines, OverseasPattern()),
            FindCompared(lines, VehiclesPattern()),
            FindCompared(lines, ReceptionPattern()),
            agency is { } a ? Figure(a.Match, 1, a.Line) : null,
            noAgency);
    }

    private static (SourceLine Line, Match Match)? Find(IReadOnlyList<SourceLine> lines, Regex pattern)
    {
        foreach (var line in lines)
        {
            var m = pattern.Match(line.Text);
            if (m.Success)
            {
                return (line, m);
            }
        }

        return null;
    }

    private static ComparedFigure? FindCompared(IReadOnlyList<SourceLine> lines, Regex pattern) =>
        Find(lines, pattern) is { } f ? Compared(f.Match, f.Line) : null;

    private static WanYuanFigure? FigureIn(SourceLine line, Regex pattern)
    {
        var m = pattern.Match(line.Text);
        return m.Success ? Figure(m, 1, line) : null;
    }

    private static WanYuanFigure? Figure(Match m, int group, SourceLine line) =>
        WanYuanFigure.TryParse(m.Groups[group].Value, out var f, line.Number) ? f : null;

    private static ComparedFigure? Compared(Match m, SourceLine line)
    {
        if (!m.Success || Figure(m, 1, line) is not { } amount)
        {
            return null;
        }

        YearComparison? comparison = null;
        if (m.Groups["dir"].Success && WanYuanFigure.TryParse(m.Groups["delta"].Value, out var delta, line.Number))
        {
            var direction = m.Groups["dir"].Value == "增加" ? ComparisonDirection.Increase : ComparisonDirection.Decrease;
            comparison = new YearComparison(int.Parse(m.Groups["cy"].Value, CultureInfo.InvariantCulture), direction, delta);
        }
        else if (m.Groups["fy"].Success)
        {
            comparison = new YearComparison(int.Parse(m.Groups["fy"].Value, CultureInfo.InvariantCulture), ComparisonDirection.Flat, null);
        }

        return new ComparedFigure(amount, comparison);
    }
}
