using Jixiao.Domain.Projects;
using Jixiao.Domain.Review.Narrative;
using static Jixiao.Domain.Review.Rules.MoneyText;

namespace Jixiao.Domain.Review.Rules;

/// <summary>
/// MNY-03 (extracted), MNY-04, MNY-05, MNY-07: amounts stated in 一、概述 and 六、年度预算安排 against each other and
/// the form. Narrative figures carry their print tolerance (万元 with k decimals: ±0.5 × 10⁻ᵏ 万元; a sum of n
/// figures n times that) and `约` widens by <see cref="LintProfile.ApproxTolerance"/>. All findings are Warnings.
/// </summary>
internal sealed class NarrativeMoney : IProjectRules
{
    public IEnumerable<Finding> Check(ProjectRun run)
    {
        if (run.Scope == RuleScope.SelfEvaluation) yield break;
        var f = run.Project.Funds;
        var formAmount = f.AnnualRequestTotal ?? f.ProjectFundsTotal;
        foreach (var finding in NarrativeItems(run, formAmount)) yield return finding;
        foreach (var finding in NarrativeTotals(run)) yield return finding;
        foreach (var finding in QuantityPrice(run)) yield return finding;
        foreach (var finding in Percentages(run, formAmount)) yield return finding;
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
            if (!run.Project.Narrative.ContainsKey(section)) continue;
            var amounts = run.Amounts(section);
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
            if (!run.Project.Narrative.ContainsKey(section)) continue;
            var amounts = run.Amounts(section);
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
                if (formAmounts.Any(fa => Close(t.Yuan, t.Tolerance(approx), fa, AnnouncedRounding(run, fa))) || !reported.Add(t.Yuan)) continue;
                yield return run.Emit("MNY-04", new Args(("narrative", t.Text), ("form", Fmt.Yuan(formAmounts[0]))),
                    field: SectionLabel(section), evidence: $"{t.Text} = {Fmt.Yuan(t.Yuan)} ± {Fmt.Yuan(t.Tolerance(approx))}");
            }
        }
    }

    /// <summary>
    /// The rounding the narrative itself announces for a form amount: a `约` figure or a 万元 figure with decimals
    /// that prints the form amount (`约 33.08 万元` for 330,800.00) says the amount was entered rounded to that figure's
    /// precision, so an exact figure elsewhere (`总计 330769 元`) within that precision is the same amount.
    /// </summary>
    private static decimal AnnouncedRounding(ProjectRun run, decimal formAmount)
    {
        var rounding = 0m;
        foreach (var section in run.Project.Narrative.Keys)
            foreach (var a in run.Amounts(section))
                if ((a.Approximate || a.Text.Contains('.', StringComparison.Ordinal)) && Math.Abs(a.Yuan - formAmount) <= a.PrintToleranceYuan)
                    rounding = Math.Max(rounding, a.PrintToleranceYuan);
        return rounding;
    }

    /// <summary>MNY-05: `q × p` = the amount stated in the same sentence.</summary>
    private static IEnumerable<Finding> QuantityPrice(ProjectRun run)
    {
        var approx = run.Profile.ApproxTolerance;
        foreach (var (section, text) in run.Project.Narrative)
            foreach (var s in string.IsNullOrEmpty(text) ? [] : NarrativeAmounts.ExtractQuantityPrice(text, run.Amounts(section)))
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
            var statements = string.IsNullOrEmpty(text) ? [] : NarrativeAmounts.ExtractPercentStatements(text, run.Amounts(section));
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
            // Only the shares of one named total split it (issue 18): a cap or a share of another amount adds to nothing.
            foreach (var shares in NarrativeAmounts.ExtractShares(text).PerTotal().Where(s => s.Shares.Count >= 2))
            {
                if (shares.RemainderImplied ? shares.Sum > 100m : shares.Sum != 100m)
                    yield return run.Emit("MNY-07", new Args(("percent", Fmt.Num(shares.Sum))), variant: "split",
                        field: SectionLabel(section), evidence: string.Join(" + ", shares.Percents.Select(Fmt.Num)));

                // The budget year's share of the project total must be what the form requests for that year.
                var f = run.Project.Funds;
                if (shares.Shares.FirstOrDefault(s => s.Year == run.BudgetYear) is { } yearShare &&
                    f.ProjectFundsTotal is { } projectTotal && f.AnnualRequestTotal is { } annual)
                {
                    var expected = Numbers.Rounding.Yuan(projectTotal * yearShare.Percent / 100m);
                    if (expected != annual)
                        yield return run.Emit("MNY-07",
                            new Args(("percent", Fmt.Num(yearShare.Percent)), ("result", Fmt.Yuan(expected) + "元"), ("stated", Fmt.Yuan(annual) + "元")),
                            field: SectionLabel(section), evidence: $"{Fmt.Yuan(projectTotal)} × {Fmt.Num(yearShare.Percent)}% vs 年度资金申请总额");
                }
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
}
