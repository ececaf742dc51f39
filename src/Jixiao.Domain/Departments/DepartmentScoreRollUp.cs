using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Departments;

/// <summary>A project of the department's year as its 部门整体自评 reads it: its unit, declared amount and, once evaluated, its self-score.</summary>
/// <param name="Evaluated">The project has a 绩效自评 (any state); <paramref name="SelfScore"/> is its total when it has one.</param>
public sealed record DepartmentEvaluatedProject(string UnitName, string Name, decimal AmountYuan, bool Evaluated, decimal? SelfScore);

/// <summary>One project on the 部门整体自评: its amount, self-score and the share of the weighted average it carries (null: not counted).</summary>
public sealed record DepartmentScoreLine(string UnitName, string ProjectName, decimal AmountYuan, bool Evaluated, decimal? SelfScore, decimal? WeightPercent);

/// <summary>
/// The department's projects rolled up into its 部门整体自评 (ADR-065): each project's amount and self-score, the
/// amount-weighted average of the scored ones shown beside the department's own indicator score, and the checks — a
/// project without a self-evaluation or without a score, the projects exceeding the department's 全年预算数, and the
/// target form's own sums (<see cref="DepartmentRollUp"/>: 年度履职目标 against the declared projects and 项目支出).
/// </summary>
public sealed record DepartmentScoreRollUp(
    IReadOnlyList<DepartmentScoreLine> Lines,
    decimal TotalAmountYuan,
    decimal ScoredAmountYuan,
    decimal? WeightedScore,
    decimal? BudgetYuan,
    DepartmentRollUp Target,
    IReadOnlyList<string> Problems)
{
    public bool Balanced => Problems.Count == 0;

    /// <summary>Projects that have a self-score and an amount, as counted in <see cref="WeightedScore"/>.</summary>
    public int ScoredCount => Lines.Count(l => l.WeightPercent is not null);

    /// <summary>
    /// Rolls <paramref name="projects"/> (the department's and its units' projects of the year, less the department form)
    /// up into the self-evaluation of the form whose 年度履职目标 is <paramref name="duties"/> and 项目支出
    /// <paramref name="projectExpenditureYuan"/>; <paramref name="budgetYuan"/> is the self-evaluation's 全年预算数 (null: not filled).
    /// </summary>
    public static DepartmentScoreRollUp Of(
        IReadOnlyList<DepartmentDuty> duties, decimal? projectExpenditureYuan, IReadOnlyList<DepartmentEvaluatedProject> projects, decimal? budgetYuan)
    {
        ArgumentNullException.ThrowIfNull(duties);
        ArgumentNullException.ThrowIfNull(projects);
        var target = DepartmentRollUp.Of(duties, projectExpenditureYuan,
            [.. projects.Select(p => new DepartmentProjectFigure(p.Name, p.AmountYuan, p.Evaluated ? p.SelfScore : null))]);

        var counted = projects.Where(Counted).ToList();
        var scoredYuan = counted.Sum(p => p.AmountYuan);
        var lines = projects
            .Select(p => new DepartmentScoreLine(p.UnitName.Trim(), p.Name.Trim(), p.AmountYuan, p.Evaluated, p.Evaluated ? p.SelfScore : null,
                Counted(p) ? Numbers.Rounding.Percent(p.AmountYuan / scoredYuan * 100m) : null))
            .ToList();
        var weighted = DepartmentRollUp.WeightedAverage(counted.Select(p => (p.SelfScore, p.AmountYuan)));

        var problems = new List<string>();
        if (projects.Count == 0)
            problems.Add("本部门当年没有所属项目，部门整体自评没有项目得分可以汇总。");
        foreach (var p in lines.Where(l => !l.Evaluated))
            problems.Add($"项目“{p.ProjectName}”（{p.UnitName}，{DepartmentRollUp.WanYuan(p.AmountYuan)} 万元）尚无绩效自评，未计入按金额加权的项目平均分。");
        foreach (var p in lines.Where(l => l.Evaluated && l.SelfScore is null))
            problems.Add($"项目“{p.ProjectName}”（{p.UnitName}）的绩效自评尚无总分，未计入按金额加权的项目平均分。");
        var total = projects.Sum(p => p.AmountYuan);
        if (budgetYuan is { } budget && DepartmentRollUp.Rounded(total) > DepartmentRollUp.Rounded(budget))
            problems.Add($"所属项目申报金额合计 {DepartmentRollUp.WanYuan(total)} 万元，超过部门整体自评的全年预算数 {DepartmentRollUp.WanYuan(budget)} 万元，相差 {DepartmentRollUp.Gap(total - budget)} 万元。");
        problems.AddRange(target.Problems);
        return new DepartmentScoreRollUp(lines, total, scoredYuan, weighted, budgetYuan, target, problems);
    }

    // A project counts in the average when it has a self-evaluation with a total and an amount to weigh it by.
    private static bool Counted(DepartmentEvaluatedProject p) => p.Evaluated && p.SelfScore is not null && p.AmountYuan > 0;
}
