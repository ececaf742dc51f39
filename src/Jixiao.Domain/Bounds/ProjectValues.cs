using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Bounds;

/// <summary>
/// The range check of a declaration or 自评表 (<see cref="Project"/> with its <see cref="SelfEvaluation"/>): every money
/// cell, 分值, 得分, 执行率 and printed total against <see cref="ValueRanges"/>. Keys follow the JSON of the stored content
/// and of the self-evaluation form (`funds.projectFundsTotal`, `subProjects[2].amountYuan`, `total.expenditure`,
/// `rows[{key}].weight`).
/// </summary>
public static class ProjectValues
{
    private static readonly (string Label, string Key, Func<ProjectFunds, decimal?> Get, Func<ProjectFunds, decimal?, ProjectFunds> Set)[] FundCells =
    [
        ("项目资金总额", "projectFundsTotal", f => f.ProjectFundsTotal, (f, v) => f with { ProjectFundsTotal = v }),
        ("财政资金", "fiscalFunds", f => f.FiscalFunds, (f, v) => f with { FiscalFunds = v }),
        ("其他资金", "otherFunds", f => f.OtherFunds, (f, v) => f with { OtherFunds = v }),
        ("年度资金申请总额", "annualRequestTotal", f => f.AnnualRequestTotal, (f, v) => f with { AnnualRequestTotal = v }),
        ("当年财政拨款", "currentYearAppropriation", f => f.CurrentYearAppropriation, (f, v) => f with { CurrentYearAppropriation = v }),
        ("上年结转资金", "priorYearCarryover", f => f.PriorYearCarryover, (f, v) => f with { PriorYearCarryover = v }),
        ("其他资金（年度）", "annualOtherFunds", f => f.AnnualOtherFunds, (f, v) => f with { AnnualOtherFunds = v }),
    ];

    private static readonly (string Label, string Key)[] FundRowLabels =
    [
        ("年度资金总额", "total"), ("当年财政拨款", "currentYearAppropriation"), ("上年结转资金", "priorYearCarryover"), ("其他资金", "otherFunds"),
    ];

    /// <summary>Every figure of <paramref name="project"/> outside its range, in form order; empty when all are inside.</summary>
    public static IReadOnlyList<ValueViolation> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var list = new ViolationList();
        foreach (var (label, key, get, _) in FundCells) list.Check(ValueRanges.Money, get(project.Funds), label, "funds." + key);
        for (var i = 0; i < project.SubProjects.Count; i++)
        {
            var s = project.SubProjects[i];
            list.Check(ValueRanges.Money, s.AmountYuan, $"第 {i + 1} 行子项目“{s.Name}”金额", $"subProjects[{i}].amountYuan", i + 1);
        }
        if (project.Municipal?.PriorYear is { } prior)
        {
            list.Check(ValueRanges.Money, prior.PriorYearBudget, "同名项目上年预算额", "municipal.priorYear.priorYearBudget");
            list.Check(ValueRanges.Money, prior.PriorYearExpenditure, "同名项目上年预算执行数", "municipal.priorYear.priorYearExpenditure");
        }
        if (project.Evaluation is { } e)
        {
            foreach (var (label, key, row) in FundRows(e))
            {
                if (row is null) continue;
                list.Check(ValueRanges.Money, row.InitialBudget, $"{label}·年初预算数", key + ".initialBudget");
                list.Check(ValueRanges.Money, row.AdjustedBudget, $"{label}·全年预算数", key + ".adjustedBudget");
                list.Check(ValueRanges.Money, row.Expenditure, $"{label}·全年执行数", key + ".expenditure");
            }
            list.Check(ValueRanges.Weight, e.ExecutionWeight, "预算执行率·分值", "executionWeight");
            list.Check(ValueRanges.Rate, e.PrintedExecutionRate, "预算执行率", "printedExecutionRate");
            list.Check(ValueRanges.Score, e.PrintedExecutionScore, "预算执行率·得分", "printedExecutionScore");
            list.Check(ValueRanges.ScoreTotal, e.PrintedWeightTotal, "分值合计", "printedWeightTotal");
            list.Check(ValueRanges.ScoreTotal, e.PrintedTotal, "总分", "printedTotal");
        }
        foreach (var i in project.Indicators)
        {
            var row = $"rows[{(i.Key is { } k ? k.ToString() : i.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture))}]";
            list.Check(ValueRanges.Weight, i.Weight, $"第 {i.Ordinal} 行指标“{i.Name}”·分值", row + ".weight", i.Ordinal, i.Name);
            list.Check(ValueRanges.Score, i.Score, $"第 {i.Ordinal} 行指标“{i.Name}”·得分", row + ".score", i.Ordinal, i.Name);
        }
        return list;
    }

    /// <summary>
    /// The figures a 自评表 holds itself (fund rows, 分值, 得分, printed rate and totals): <see cref="Check"/> without the
    /// declaration's funds, 子项目 and prior-year figures, which belong to the approved version it evaluates.
    /// </summary>
    public static IReadOnlyList<ValueViolation> CheckEvaluation(Project evaluated) =>
        Check(evaluated).Where(v => !DeclarationKeys.Any(k => v.Key.StartsWith(k, StringComparison.Ordinal))).ToList();

    private static readonly string[] DeclarationKeys = ["funds.", "subProjects[", "municipal."];

    /// <summary>
    /// <paramref name="project"/> with every figure whose magnitude exceeds its range's maximum left blank, so that the
    /// rules and the scorer can add, multiply and divide without overflow (RNG-01 reports the figure). Negative or
    /// 3-dp figures inside the magnitude stay (MNY-09 and RNG-01 report them; they cannot overflow anything). The same
    /// instance when nothing is out of reach.
    /// </summary>
    public static Project Bounded(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!Check(project).Any(v => Math.Abs(v.Value) > v.Range.Max)) return project;
        static decimal? B(decimal? v, ValueRange r) => v is { } x && Math.Abs(x) > r.Max ? null : v;
        static FundRow? Row(FundRow? row) => row is null ? null
            : new FundRow(B(row.InitialBudget, ValueRanges.Money), B(row.AdjustedBudget, ValueRanges.Money), B(row.Expenditure, ValueRanges.Money));

        var funds = project.Funds;
        foreach (var (_, _, get, set) in FundCells) funds = set(funds, B(get(funds), ValueRanges.Money));
        var e = project.Evaluation;
        return project with
        {
            Funds = funds,
            SubProjects = project.SubProjects.Select(s => s with { AmountYuan = B(s.AmountYuan, ValueRanges.Money) }).ToList(),
            Municipal = project.Municipal?.PriorYear is { } prior
                ? project.Municipal with { PriorYear = new PriorYearFigures(B(prior.PriorYearBudget, ValueRanges.Money), B(prior.PriorYearExpenditure, ValueRanges.Money)) }
                : project.Municipal,
            Evaluation = e is null ? null : e with
            {
                Total = Row(e.Total)!,
                CurrentYearAppropriation = Row(e.CurrentYearAppropriation),
                PriorYearCarryover = Row(e.PriorYearCarryover),
                OtherFunds = Row(e.OtherFunds),
                ExecutionWeight = B(e.ExecutionWeight, ValueRanges.Weight),
                PrintedExecutionRate = B(e.PrintedExecutionRate, ValueRanges.Rate),
                PrintedExecutionScore = B(e.PrintedExecutionScore, ValueRanges.Score),
                PrintedWeightTotal = B(e.PrintedWeightTotal, ValueRanges.ScoreTotal),
                PrintedTotal = B(e.PrintedTotal, ValueRanges.ScoreTotal),
            },
            Indicators = project.Indicators.Select(i => i with { Weight = B(i.Weight, ValueRanges.Weight), Score = B(i.Score, ValueRanges.Score) }).ToList(),
        };
    }

    private static IEnumerable<(string Label, string Key, FundRow? Row)> FundRows(SelfEvaluation e) =>
    [
        (FundRowLabels[0].Label, FundRowLabels[0].Key, e.Total),
        (FundRowLabels[1].Label, FundRowLabels[1].Key, e.CurrentYearAppropriation),
        (FundRowLabels[2].Label, FundRowLabels[2].Key, e.PriorYearCarryover),
        (FundRowLabels[3].Label, FundRowLabels[3].Key, e.OtherFunds),
    ];
}
