using Jixiao.Domain.Projects;
using Jixiao.Domain.Review.Narrative;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>
/// MNY-01…MNY-05, MNY-07…MNY-09 of one project. Form cells are exact 元; narrative figures carry their print
/// tolerance (万元 with k decimals: ±0.5 × 10⁻ᵏ 万元; a sum of n figures n times that) and `约` widens by
/// <see cref="LintProfile.ApproxTolerance"/>. Findings from extracted text are Warnings.
/// </summary>
internal sealed class MoneyReconciliation : IProjectRules
{
    private static readonly NarrativeSection[] BudgetSections = [NarrativeSection.Overview, NarrativeSection.AnnualBudgetPlan];

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

        var formAmount = f.AnnualRequestTotal ?? f.ProjectFundsTotal;
        foreach (var finding in StructuredItems(run, formAmount)) yield return finding;
        foreach (var finding in NarrativeItems(run, formAmount)) yield return finding;
        foreach (var finding in NarrativeTotals(run)) yield return finding;
        foreach (var finding in QuantityPrice(run)) yield return finding;
        foreach (var finding in Percentages(run, formAmount)) yield return finding;
        foreach (var finding in CostTargets(run)) yield return finding;
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

    /// <summary>
    /// MNY-03 (Warning): itemised amounts of one narrative section against the section's single stated total, or
    /// the form amount when the section states none. Several different totals in one section are sub-totals.
    /// </summary>
    private static IEnumerable<Finding> NarrativeItems(ProjectRun run, decimal? formAmount)
    {
        var approx = run.Profile.ApproxTolerance;
        foreach (var section in BudgetSections)
        {
            if (!run.Project.Narrative.TryGetValue(section, out var text)) continue;
            var amounts = NarrativeAmounts.Extract(text);
            var totals = amounts.Where(a => a.Role == AmountRole.Total).ToList();
            var items = amounts.Where(a => a.Role == AmountRole.Item).ToList();
            AmountMention? total = null;
            if (totals.Count > 0 && totals.All(t => Close(t.Yuan, t.Tolerance(approx), totals[0].Yuan, totals[0].Tolerance(approx))))
                total = totals[0];
            else if (totals.Count > 1)
                items.AddRange(totals);

            if (items.Count < 2) continue;
            var sum = items.Sum(a => a.Yuan);
            var sumTolerance = items.Sum(a => a.Tolerance(approx));
            var (target, targetTolerance, targetText) = total is not null
                ? (total.Yuan, total.Tolerance(approx), total.Text)
                : formAmount is { } fa && section == NarrativeSection.AnnualBudgetPlan ? (fa, 0m, Fmt.Yuan(fa) + "元") : (0m, 0m, "");
            if (targetText.Length == 0) continue;
            if (!Close(sum, sumTolerance, target, targetTolerance))
                yield return run.Emit("MNY-03", new Args(("sum", FormatLike(sum, items)), ("total", targetText)), variant: "extracted",
                    field: SectionLabel(section), evidence: string.Join(" + ", items.Select(a => a.Text)));
        }
    }

    /// <summary>MNY-04: whole-project totals and the budget-year line stated in 概述/六 = the form amount.</summary>
    private static IEnumerable<Finding> NarrativeTotals(ProjectRun run)
    {
        var f = run.Project.Funds;
        var formAmounts = new[] { f.AnnualRequestTotal, f.ProjectFundsTotal }.OfType<decimal>().Distinct().ToList();
        if (formAmounts.Count == 0) yield break;
        var approx = run.Profile.ApproxTolerance;
        var reported = new HashSet<decimal>();
        foreach (var section in BudgetSections)
        {
            if (!run.Project.Narrative.TryGetValue(section, out var text)) continue;
            var amounts = NarrativeAmounts.Extract(text);
            var totals = amounts.Where(a => a.Role == AmountRole.Total).ToList();
            // Several different totals in one section are sub-project totals (MNY-03), not the project total.
            if (totals.Select(t => t.Yuan).Distinct().Count() > 1)
            {
                var forYear = totals.Where(t => t.Year == run.BudgetYear).ToList();
                totals = forYear.Count > 0 ? forYear : [];
            }

            totals = totals.Where(t => t.Year is null || t.Year == run.BudgetYear).ToList();
            totals.AddRange(amounts.Where(a => a.Role == AmountRole.YearLine && a.Year == run.BudgetYear));
            foreach (var t in totals)
            {
                if (formAmounts.Any(fa => Close(t.Yuan, t.Tolerance(approx), fa, 0m)) || !reported.Add(t.Yuan)) continue;
                yield return run.Emit("MNY-04", new Args(("narrative", t.Text), ("form", Fmt.Yuan(formAmounts[0]))),
                    field: SectionLabel(section), evidence: $"{t.Text} = {Fmt.Yuan(t.Yuan)} ± {Fmt.Yuan(t.Tolerance(approx))}");
            }
        }
    }

    /// <summary>MNY-05: `q × p` = the amount stated in the same sentence.</summary>
    private static IEnumerable<Finding> QuantityPrice(ProjectRun run)
    {
        var approx = run.Profile.ApproxTolerance;
        foreach (var (section, text) in run.Project.Narrative)
            foreach (var s in NarrativeAmounts.ExtractQuantityPrice(text))
            {
                if (s.Stated is not { } stated) continue;
                var result = s.Quantity * s.UnitPrice.Yuan;
                var tolerance = s.Quantity * s.UnitPrice.Tolerance(approx) + stated.Tolerance(approx);
                if (!Close(result, 0m, stated.Yuan, tolerance))
                    yield return run.Emit("MNY-05",
                        new Args(("quantity", Fmt.Num(s.Quantity) + s.Noun), ("price", s.UnitPrice.Text), ("result", FormatLike(result, [s.UnitPrice])), ("stated", stated.Text)),
                        field: SectionLabel(section), evidence: s.Text);
            }
    }

    /// <summary>MNY-07: `P%即B` holds; shares sum to 100 %; split amounts sum to the amount requested.</summary>
    private static IEnumerable<Finding> Percentages(ProjectRun run, decimal? formAmount)
    {
        var approx = run.Profile.ApproxTolerance;
        foreach (var section in BudgetSections)
        {
            if (!run.Project.Narrative.TryGetValue(section, out var text)) continue;
            var statements = NarrativeAmounts.ExtractPercentStatements(text);
            foreach (var st in statements.Where(s => s.Base is not null))
            {
                var result = st.Base!.Yuan * st.Percent / 100m;
                var tolerance = st.Base.Tolerance(approx) * st.Percent / 100m + st.Result.Tolerance(approx);
                if (!Close(result, 0m, st.Result.Yuan, tolerance))
                    yield return run.Emit("MNY-07",
                        new Args(("percent", Fmt.Num(st.Percent)), ("result", FormatLike(result, [st.Result])), ("stated", st.Result.Text)),
                        field: SectionLabel(section), evidence: st.Text);
            }

            if (section != NarrativeSection.AnnualBudgetPlan) continue;
            var shares = NarrativeAmounts.ExtractShares(text);
            if (shares.Percents.Count >= 2 && (shares.RemainderImplied ? shares.Sum > 100m : shares.Sum != 100m))
                yield return run.Emit("MNY-07", new Args(("percent", Fmt.Num(shares.Sum))), variant: "split",
                    field: SectionLabel(section), evidence: string.Join(" + ", shares.Percents.Select(Fmt.Num)));

            // The budget year's share of the project total must be what the form requests for that year.
            var f = run.Project.Funds;
            if (shares.Shares.Count >= 2 && shares.Shares.FirstOrDefault(s => s.Year == run.BudgetYear) is { } yearShare &&
                f.ProjectFundsTotal is { } projectTotal && f.AnnualRequestTotal is { } annual)
            {
                var expected = Math.Round(projectTotal * yearShare.Percent / 100m, 2, MidpointRounding.AwayFromZero);
                if (expected != annual)
                    yield return run.Emit("MNY-07",
                        new Args(("percent", Fmt.Num(yearShare.Percent)), ("result", Fmt.Yuan(expected) + "元"), ("stated", Fmt.Yuan(annual) + "元")),
                        field: SectionLabel(section), evidence: $"{Fmt.Yuan(projectTotal)} × {Fmt.Num(yearShare.Percent)}% vs 年度资金申请总额");
            }

            if (statements.Count >= 2 && formAmount is { } requested)
            {
                var sum = statements.Sum(s => s.Result.Yuan);
                var tolerance = statements.Sum(s => s.Result.Tolerance(approx));
                if (!Close(sum, tolerance, requested, 0m))
                    yield return run.Emit("MNY-07", new Args(("result", FormatLike(sum, statements.Select(s => s.Result).ToList())), ("stated", Fmt.Yuan(requested) + "元")),
                        variant: "splitAmount", field: SectionLabel(section), evidence: string.Join(" + ", statements.Select(s => s.Result.Text)));
            }
        }
    }

    /// <summary>
    /// MNY-08: a per-unit cost cap × its matching count target ≤ 年度资金申请总额; a total cost cap ≤ the budget;
    /// an average-cost cap ≥ the per-head costs of the narrative. `万` alone in a cost row reads as 万元 (§7).
    /// </summary>
    private static IEnumerable<Finding> CostTargets(ProjectRun run)
    {
        var p = run.Project;
        var budget = p.Funds.AnnualRequestTotal ?? p.Funds.ProjectFundsTotal;
        var rows = RealIndicators(p);
        var perHead = BudgetSections
            .Where(p.Narrative.ContainsKey)
            .SelectMany(s => NarrativeAmounts.Extract(p.Narrative[s]))
            .Where(a => a.Role == AmountRole.PerUnit && a.Per is null or "年" or "人")
            .ToList();
        foreach (var i in rows.Where(i => InGroup(i, run.Template, run.Profile.CostCodes)))
        {
            var t = i.Target;
            if (t is not { Kind: TargetKind.Quantitative, Value: { } v, Unit: { } unit } || t.Op is Comparator.Ge or Comparator.Gt) continue;
            var scale = unit.Dim == Dimension.Currency ? unit.Scale : Compact(unit.Text).StartsWith('万') ? 10_000m : 0m;
            if (scale == 0m) continue;
            var cap = v * scale;
            var name = Compact(i.Name);
            string? evidence = null;
            if (unit.Per is { } per)
            {
                if (MatchingCount(i, per, rows) is { Target.Value: { } count } counter && budget is { } b && cap * count > b)
                    evidence = $"{Describe(t)} × {Describe(counter.Target)} = {Fmt.Yuan(cap * count)} > {Fmt.Yuan(b)}";
            }
            else if (ContainsAny(name, ["平均", "人均", "单价", "单位"]))
            {
                var higher = perHead.FirstOrDefault(a => a.Yuan > cap);
                if (higher is not null) evidence = $"{Describe(t)} < {higher.Text}";
            }
            else if (budget is { } b && cap > b)
            {
                evidence = $"{Describe(t)} > {Fmt.Yuan(b)}";
            }

            if (evidence is not null)
                yield return run.Emit("MNY-08", indicator: i.Name, field: "指标值", row: i.Ordinal, evidence: evidence);
        }
    }

    /// <summary>The count row measured in <paramref name="per"/> whose name shares the most with the cost row's name.</summary>
    private static Indicator? MatchingCount(Indicator cost, string per, IReadOnlyList<Indicator> rows)
    {
        var candidates = rows
            .Where(r => r.Target is { Kind: TargetKind.Quantitative, Op: Comparator.Eq or Comparator.Ge or Comparator.Le, Value: not null, Unit: { Dim: Dimension.Count, Per: null } u }
                        && (u.Base == per || Compact(r.Name).Contains(per, StringComparison.Ordinal)))
            .ToList();
        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        var best = candidates.MaxBy(r => CommonPrefix(Compact(r.Name), Compact(cost.Name)));
        return best is not null && CommonPrefix(Compact(best.Name), Compact(cost.Name)) >= 2 ? best : null;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    internal static bool Close(decimal a, decimal toleranceA, decimal b, decimal toleranceB) =>
        Math.Abs(a - b) <= toleranceA + toleranceB;

    /// <summary>A computed figure in the unit of the figures it came from: 万元 when they were 万元, else 元.</summary>
    private static string FormatLike(decimal yuan, IReadOnlyList<AmountMention> sources) =>
        sources.Any(s => s.PrintToleranceYuan > 0m) ? Fmt.Wan(yuan) : Fmt.Yuan(yuan) + "元";

    internal static string SectionLabel(NarrativeSection s) => s switch
    {
        NarrativeSection.Overview => "一、项目概述",
        NarrativeSection.Basis => "二、立项依据",
        NarrativeSection.ImplementingEntity => "三、实施主体",
        NarrativeSection.Plan => "四、实施方案",
        NarrativeSection.Period => "五、实施周期",
        NarrativeSection.AnnualBudgetPlan => "六、年度预算安排",
        NarrativeSection.TargetsRef => "七、绩效目标",
        NarrativeSection.Necessity => "项目设立的必要性",
        NarrativeSection.Safeguards => "保证项目实施的制度、措施",
        _ => "项目实施计划",
    };
}
