using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Departments;

/// <summary>部门整体: a department's year, its 年度履职目标 and its projects rolled up with the sums checked (ADR-057).</summary>
public class IndexModel(DepartmentRollUps rollUps, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Organization> Departments { get; private set; } = [];
    public DepartmentYear? Year { get; private set; }
    public int SelectedYear { get; private set; }
    public int? SelectedDepartment { get; private set; }

    public async Task OnGetAsync(int? unit, int? year, CancellationToken ct)
    {
        Departments = await rollUps.DepartmentsAsync(ct);
        // The year being declared by default: next year's budget is prepared in this one.
        SelectedYear = year is >= 2000 and <= 2100 ? year.Value : Services.DisplayTime.Today(clock).Year;
        SelectedDepartment = unit is { } u && Departments.Any(d => d.Id == u) ? u : Departments.FirstOrDefault()?.Id;
        if (SelectedDepartment is { } id) Year = await rollUps.YearAsync(id, SelectedYear, ct);
    }
}
