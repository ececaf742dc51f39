using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Forms;

/// <summary>
/// The typed <see cref="Project"/> properties behind declaration fields, each bound once and shared by every form that
/// prints it. A field without a typed property needs nothing here (<see cref="FieldBinding.Stored"/>).
/// </summary>
public static class ProjectFields
{
    public static FieldBinding Name { get; } = FieldBinding.Text(p => p.Name, (p, v) => p with { Name = v ?? "" });
    public static FieldBinding Nature { get; } = FieldBinding.Text(p => p.Nature, (p, v) => p with { Nature = v });
    public static FieldBinding Category { get; } = FieldBinding.Text(p => p.Category, (p, v) => p with { Category = v });
    public static FieldBinding SupervisingDepartment { get; } = FieldBinding.Text(p => p.SupervisingDepartment, (p, v) => p with { SupervisingDepartment = v });
    public static FieldBinding ImplementingUnit { get; } = FieldBinding.Text(p => p.ImplementingUnit, (p, v) => p with { ImplementingUnit = v });
    public static FieldBinding PlannedStart { get; } = FieldBinding.Date(p => p.PlannedStart, (p, v) => p with { PlannedStart = v });
    public static FieldBinding PlannedEnd { get; } = FieldBinding.Date(p => p.PlannedEnd, (p, v) => p with { PlannedEnd = v });

    public static FieldBinding ProjectFundsTotal { get; } = Funds(f => f.ProjectFundsTotal, (f, v) => f with { ProjectFundsTotal = v });
    public static FieldBinding FiscalFunds { get; } = Funds(f => f.FiscalFunds, (f, v) => f with { FiscalFunds = v });
    public static FieldBinding OtherFunds { get; } = Funds(f => f.OtherFunds, (f, v) => f with { OtherFunds = v });
    public static FieldBinding AnnualRequestTotal { get; } = Funds(f => f.AnnualRequestTotal, (f, v) => f with { AnnualRequestTotal = v });
    public static FieldBinding CurrentYearAppropriation { get; } = Funds(f => f.CurrentYearAppropriation, (f, v) => f with { CurrentYearAppropriation = v });
    public static FieldBinding PriorYearCarryover { get; } = Funds(f => f.PriorYearCarryover, (f, v) => f with { PriorYearCarryover = v });
    public static FieldBinding AnnualOtherFunds { get; } = Funds(f => f.AnnualOtherFunds, (f, v) => f with { AnnualOtherFunds = v });

    public static FieldBinding OverallGoal { get; } = FieldBinding.Text(p => p.OverallGoal, (p, v) => p with { OverallGoal = v });
    public static FieldBinding AnnualGoal { get; } = FieldBinding.Text(p => p.AnnualGoal, (p, v) => p with { AnnualGoal = v });

    // 2020 municipal (forms.md §5).
    public static FieldBinding DeclaringUnit { get; } = Municipal(m => m.DeclaringUnit, (m, v) => m with { DeclaringUnit = v });
    public static FieldBinding ContactName { get; } = Municipal(m => m.ContactName, (m, v) => m with { ContactName = v });
    public static FieldBinding ContactPhone { get; } = Municipal(m => m.ContactPhone, (m, v) => m with { ContactPhone = v });
    public static FieldBinding PerformanceType { get; } = Municipal(m => m.PerformanceType, (m, v) => m with { PerformanceType = v });

    public static FieldBinding GovPurchasedServices { get; } = FieldBinding.YesNo(
        p => p.Municipal?.IncludesGovPurchasedServices,
        (p, v) => p with { Municipal = (p.Municipal ?? new MunicipalDetails()) with { IncludesGovPurchasedServices = v } });

    public static FieldBinding PriorYearBudget { get; } = FieldBinding.Money(
        p => p.Municipal?.PriorYear?.PriorYearBudget,
        (p, v) => WithPriorYear(p, py => py with { PriorYearBudget = v }));

    public static FieldBinding PriorYearExpenditure { get; } = FieldBinding.Money(
        p => p.Municipal?.PriorYear?.PriorYearExpenditure,
        (p, v) => WithPriorYear(p, py => py with { PriorYearExpenditure = v }));

    /// <summary>
    /// The unit a document belongs to when its own header names none: the 实施单位 the first of its forms prints (blank
    /// ones skipped). The importer, the import route and the demo district all ask this one rule.
    /// </summary>
    public static string? PrintedUnit(IEnumerable<Project> projects) =>
        projects.Select(p => p.ImplementingUnit).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));

    private static FieldBinding Funds(Func<ProjectFunds, decimal?> get, Func<ProjectFunds, decimal?, ProjectFunds> set) =>
        FieldBinding.Money(p => get(p.Funds), (p, v) => p with { Funds = set(p.Funds, v) });

    private static FieldBinding Municipal(Func<MunicipalDetails, string?> get, Func<MunicipalDetails, string?, MunicipalDetails> set) =>
        FieldBinding.Text(p => p.Municipal is { } m ? get(m) : null, (p, v) => p with { Municipal = set(p.Municipal ?? new MunicipalDetails(), v) });

    private static Project WithPriorYear(Project p, Func<PriorYearFigures, PriorYearFigures> change)
    {
        var m = p.Municipal ?? new MunicipalDetails();
        return p with { Municipal = m with { PriorYear = change(m.PriorYear ?? new PriorYearFigures(null, null)) } };
    }
}
