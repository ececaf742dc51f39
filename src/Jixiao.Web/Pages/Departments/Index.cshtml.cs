using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Departments;

/// <summary>
/// 部门整体: a department's year, its 年度履职目标 and its projects rolled up with the sums checked (ADR-057); its own
/// 主管部门审核人 creates the year's form here, or copies last year's (ADR-064), and starts its 部门整体自评 with the projects'
/// self-scores (ADR-065).
/// </summary>
public class IndexModel(DepartmentRollUps rollUps, DepartmentForms forms, SelfEvaluationService evaluations, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Organization> Departments { get; private set; } = [];
    public DepartmentYear? Year { get; private set; }
    public int SelectedYear { get; private set; }
    public int? SelectedDepartment { get; private set; }
    /// <summary>Last year's form of the department, offered to copy when this year has none.</summary>
    public Guid? LastYearForm { get; private set; }
    /// <summary>The user declares the selected department's form (its own 主管部门审核人).</summary>
    public bool Declares => SelectedDepartment is { } d && forms.Declares(d);
    public string? Error { get; private set; }

    public async Task OnGetAsync(int? unit, int? year, CancellationToken ct) => await LoadAsync(unit, year, ct);

    /// <summary>Starts the department's 部门整体自评 from its approved target form (the service checks who and what).</summary>
    public async Task<IActionResult> OnPostStartSelfEvaluationAsync(Guid formId, int? unit, int? year, CancellationToken ct)
    {
        var (id, result) = await evaluations.StartAsync(formId, ct);
        if (result.NotFound) return NotFound();
        if (id is { } created) return Redirect($"/SelfEvaluations/{created}");
        Error = result.Error;
        await LoadAsync(unit, year, ct);
        return Page();
    }

    private async Task LoadAsync(int? unit, int? year, CancellationToken ct)
    {
        Departments = await rollUps.DepartmentsAsync(ct);
        // The year being declared by default: next year's budget is prepared in this one.
        SelectedYear = year is >= 2000 and <= 2100 ? year.Value : Services.DisplayTime.Today(clock).Year;
        SelectedDepartment = unit is { } u && Departments.Any(d => d.Id == u) ? u : Departments.FirstOrDefault()?.Id;
        if (SelectedDepartment is { } id)
        {
            Year = await rollUps.YearAsync(id, SelectedYear, ct);
            if (Year?.FormId is null && Declares) LastYearForm = (await rollUps.YearAsync(id, SelectedYear - 1, ct))?.FormId;
        }
    }

    public async Task<IActionResult> OnPostCreateAsync(int year, CancellationToken ct) =>
        await Finish(await forms.CreateAsync(year, ct), year, ct);

    public async Task<IActionResult> OnPostCopyAsync(int year, CancellationToken ct) =>
        await Finish(await forms.CopyAsync(year - 1, ct), year, ct);

    private async Task<IActionResult> Finish((Guid? Id, WriteResult Result) outcome, int year, CancellationToken ct)
    {
        if (outcome.Id is { } created) return Redirect($"/Projects/{created}/Edit");
        await OnGetAsync(null, year, ct);
        Error = outcome.Result.Error;
        return Page();
    }
}
