using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Review.Rules;

/// <summary>MNY-01, MNY-02, MNY-03 (structured 子项目, Error) and MNY-09 on the form's money cells, exact in 元.</summary>
internal sealed class MoneyReconciliation : IProjectRules
{
    public IEnumerable<Finding> Check(ProjectRun run)
    {
        var p = run.Project;
        var f = p.Funds;
        foreach (var finding in Format(run)) yield return finding;
        if (run.Scope == RuleScope.SelfEvaluation) yield break;

        if (f.ProjectFundsTotal is { } total && f.FiscalFunds is { } fiscal)
        {
            var parts = fiscal + (f.OtherFunds ?? 0m);
            if (total != parts)
                yield return run.Emit("MNY-01", new Args(("delta", Fmt.Yuan(total - parts))), field: "项目资金总额",
                    evidence: $"{Fmt.Yuan(total)} vs {Fmt.Yuan(fiscal)} + {Fmt.Yuan(f.OtherFunds ?? 0m)}");
        }

        if (f.AnnualRequestTotal is { } request && f.CurrentYearAppropriation is { } appropriation)
        {
            var parts = appropriation + (f.PriorYearCarryover ?? 0m) + (f.AnnualOtherFunds ?? 0m);
            if (request != parts)
                yield return run.Emit("MNY-02", new Args(("delta", Fmt.Yuan(request - parts))), field: "年度资金申请总额",
                    evidence: $"{Fmt.Yuan(request)} vs {Fmt.Yuan(appropriation)} + {Fmt.Yuan(f.PriorYearCarryover ?? 0m)} + {Fmt.Yuan(f.AnnualOtherFunds ?? 0m)}");
        }

        foreach (var finding in StructuredItems(run, f.AnnualRequestTotal ?? f.ProjectFundsTotal)) yield return finding;
    }

    /// <summary>MNY-09: negative amounts or more than 2 decimals, in every money cell of the project.</summary>
    private static IEnumerable<Finding> Format(ProjectRun run)
    {
        var p = run.Project;
        var f = p.Funds;
        var cells = new List<(string Label, decimal? Value)>
        {
            ("项目资金总额", f.ProjectFundsTotal), ("财政资金", f.FiscalFunds), ("其他资金", f.OtherFunds),
            ("年度资金申请总额", f.AnnualRequestTotal), ("当年财政拨款", f.CurrentYearAppropriation),
            ("上年结转资金", f.PriorYearCarryover), ("其他资金（年度）", f.AnnualOtherFunds),
        };
        cells.AddRange(p.SubProjects.Select(s => ($"子项目“{s.Name}”", s.AmountYuan)));
        if (p.Municipal?.PriorYear is { } prior)
            cells.AddRange([("同名项目上年预算额", prior.PriorYearBudget), ("同名项目上年预算执行数", prior.PriorYearExpenditure)]);
        if (p.Evaluation is { } e)
            foreach (var (label, row) in new[] { ("年度资金总额", e.Total), ("当年财政拨款", e.CurrentYearAppropriation), ("上年结转资金", e.PriorYearCarryover), ("其他资金", e.OtherFunds) })
                if (row is not null)
                    cells.AddRange([($"{label}·年初预算数", row.InitialBudget), ($"{label}·全年预算数", row.AdjustedBudget), ($"{label}·全年执行数", row.Expenditure)]);

        foreach (var (label, value) in cells)
            if (value is { } v && (v < 0m || decimal.Round(v, 2) != v))
                yield return run.Emit("MNY-09", field: label, evidence: v.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>MNY-03 (Error): Σ 子项目 / 项目资金投入构成 = 年度资金申请总额 (项目当年预算), exact.</summary>
    private static IEnumerable<Finding> StructuredItems(ProjectRun run, decimal? formAmount)
    {
        var items = run.Project.SubProjects.Where(s => s.AmountYuan is not null).ToList();
        if (items.Count == 0 || formAmount is not { } total) yield break;
        var sum = items.Sum(s => s.AmountYuan!.Value);
        if (sum != total)
            yield return run.Emit("MNY-03", new Args(("sum", Fmt.Yuan(sum)), ("total", Fmt.Yuan(total))), field: "子项目",
                evidence: string.Join(" + ", items.Select(s => Fmt.Yuan(s.AmountYuan!.Value))));
    }
}
