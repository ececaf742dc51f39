using Jixiao.Domain.Money;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Departments;

/// <summary>A project of the department's year as the roll-up reads it: its declared amount and, once evaluated, its self-score.</summary>
public sealed record DepartmentProjectFigure(string Name, decimal AmountYuan, decimal? SelfScore);

/// <summary>One expenditure project on the department form: what the 年度履职目标 assigns to it beside what was declared and scored.</summary>
public sealed record DepartmentRollUpLine(string ProjectName, decimal? DutyAmountYuan, decimal? DeclaredAmountYuan, decimal? SelfScore);

/// <summary>
/// The department's project figures rolled up into its 部门整体 form (each project's amount and score, the totals) and the
/// checks of its sums: every 年度履职目标 project is a declared project of the department with the same amount, every
/// declared project is in the 年度履职目标, and the projects add up to the form's 项目支出. The checks warn the reviewer;
/// they do not block submission (ADR-064). A year with no project of the department yet has nothing to check against:
/// it says so once (<see cref="Pending"/>) instead of one problem per duty.
/// </summary>
public sealed record DepartmentRollUp(
    IReadOnlyList<DepartmentRollUpLine> Lines,
    decimal DutyTotalYuan,
    decimal DeclaredTotalYuan,
    decimal? ProjectExpenditureYuan,
    decimal? WeightedScore,
    IReadOnlyList<string> Problems,
    string? Pending = null)
{
    /// <summary>The one line a form says while the department has no project of the year to check it against.</summary>
    public const string NoProjectsYet = "本部门当年尚无所属项目申报，年度履职目标暂不逐项核对；所属单位申报项目后，这里按项目核对金额。";

    /// <summary>A 支出项目名称 that names the department's 基本支出, not a project: kept in the table, left out of the project sums.</summary>
    public const string BasicExpenditure = "基本支出";

    public bool Balanced => Problems.Count == 0;

    /// <summary>
    /// Rolls <paramref name="projects"/> (the department's and its units' projects of the year) up into the form with
    /// <paramref name="duties"/> and the printed <paramref name="projectExpenditureYuan"/> (项目支出, null when not filled).
    /// </summary>
    public static DepartmentRollUp Of(IReadOnlyList<DepartmentDuty> duties, decimal? projectExpenditureYuan, IReadOnlyList<DepartmentProjectFigure> projects)
    {
        ArgumentNullException.ThrowIfNull(duties);
        ArgumentNullException.ThrowIfNull(projects);
        var problems = new List<string>();
        var dutyAmounts = duties.Where(d => !IsBasic(d.ProjectName))
            .GroupBy(d => Key(d.ProjectName))
            .ToDictionary(g => g.Key, g => (Name: g.First().ProjectName.Trim(), Yuan: g.Sum(d => d.AmountYuan ?? 0m)), StringComparer.Ordinal);
        var declared = projects.GroupBy(p => Key(p.Name))
            .ToDictionary(g => g.Key, g => (Name: g.First().Name.Trim(), Yuan: g.Sum(p => p.AmountYuan), Score: g.First().SelfScore), StringComparer.Ordinal);

        var lines = new List<DepartmentRollUpLine>();
        foreach (var (key, duty) in dutyAmounts)
        {
            if (declared.TryGetValue(key, out var p))
            {
                lines.Add(new(duty.Name, duty.Yuan, p.Yuan, p.Score));
                if (Rounded(duty.Yuan) != Rounded(p.Yuan))
                    problems.Add($"支出项目“{duty.Name}”在年度履职目标中合计 {WanYuan(duty.Yuan)} 万元，项目申报金额为 {WanYuan(p.Yuan)} 万元，相差 {Gap(duty.Yuan - p.Yuan)} 万元。");
            }
            else
            {
                lines.Add(new(duty.Name, duty.Yuan, null, null));
                problems.Add($"年度履职目标中的支出项目“{duty.Name}”（{WanYuan(duty.Yuan)} 万元）在本部门当年的项目中找不到。");
            }
        }
        foreach (var (key, p) in declared.Where(d => !dutyAmounts.ContainsKey(d.Key)))
        {
            lines.Add(new(p.Name, null, p.Yuan, p.Score));
            problems.Add($"项目“{p.Name}”（{WanYuan(p.Yuan)} 万元）未列入年度履职目标。");
        }

        var dutyTotal = dutyAmounts.Values.Sum(d => d.Yuan);
        var declaredTotal = declared.Values.Sum(d => d.Yuan);
        if (projectExpenditureYuan is { } printed && Rounded(printed) != Rounded(declaredTotal))
            problems.Add($"本部门项目申报金额合计 {WanYuan(declaredTotal)} 万元，与“项目支出” {WanYuan(printed)} 万元不一致，相差 {Gap(declaredTotal - printed)} 万元。");

        var weighted = WeightedAverage(declared.Values.Select(p => (p.Score, p.Yuan)));
        // Nothing declared yet: every duty would be "not found" and the 项目支出 "not matched" — noise, not findings.
        if (projects.Count == 0)
            return new DepartmentRollUp(lines, dutyTotal, declaredTotal, projectExpenditureYuan, weighted, [], dutyAmounts.Count > 0 || projectExpenditureYuan > 0 ? NoProjectsYet : null);
        return new DepartmentRollUp(lines, dutyTotal, declaredTotal, projectExpenditureYuan, weighted, problems);
    }

    /// <summary>
    /// The department's project score: each scored project weighed by its amount, as a department self-evaluation reads it,
    /// to two places; null when no project with an amount has a score.
    /// </summary>
    public static decimal? WeightedAverage(IEnumerable<(decimal? Score, decimal Yuan)> projects)
    {
        var scored = projects.Where(p => p.Score is not null && p.Yuan > 0).ToList();
        return scored.Count == 0 ? null
            : Rounding.Score(scored.Sum(p => p.Score!.Value * p.Yuan) / scored.Sum(p => p.Yuan));
    }

    private static bool IsBasic(string name) => Key(name) == BasicExpenditure;

    // Names are compared as printed apart from surrounding and inner blanks (a flattened cell may hold a line break).
    private static string Key(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    // The form prints 万元 to two places: amounts agree when they print the same there.
    internal static decimal Rounded(decimal yuan) => new Amount(yuan).WanYuan;

    internal static string WanYuan(decimal yuan) => new Amount(yuan).WanYuanText;

    // A difference is said as a size: which side is larger the sentence already names.
    internal static string Gap(decimal yuan) => WanYuan(Math.Abs(yuan));
}
