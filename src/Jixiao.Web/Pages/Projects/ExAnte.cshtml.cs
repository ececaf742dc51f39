using Jixiao.Domain.Forms;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Projects;

/// <summary>
/// The 事前绩效评估表 of a declaration (ADR-060): laid out from <see cref="ExAnteAssessmentForm.Definition"/>, edited by the
/// unit while the declaration is editable (saved with the stamp read here), read-only for everyone else who sees the project.
/// </summary>
public class ExAnteModel(ProjectService projects, DeclarationService declarations, ExAnteAssessments assessments) : PageModel
{
    public LoadedProject Project { get; private set; } = null!;
    public ExAnteStatus Status { get; private set; } = null!;
    public FormDefinition Form => ExAnteAssessmentForm.Definition;
    public bool CanEdit { get; private set; }
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    [TempData] public string? Done { get; set; }

    /// <summary>The value shown or entered in <paramref name="f"/> (what was posted, after a refused save).</summary>
    public string? Value(FieldDefinition f) => Posted?.GetValueOrDefault(f.Key) ?? f.Text(Project.Model);
    private Dictionary<string, string?>? Posted { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Message = Done;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Dictionary<string, string?> f, Guid stamp, CancellationToken ct)
    {
        var result = await assessments.SaveAsync(id, f, stamp, declarations, ct);
        if (result.NotFound) return NotFound();
        if (result.Ok)
        {
            Done = "已保存事前绩效评估。";
            return Redirect($"/Projects/{id}/ExAnte");
        }
        if (!await Load(id, ct)) return NotFound();
        Posted = f;
        Message = result.Error;
        Failed = true;
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await projects.LoadAsync(id, ct) is not { } p) return false;
        Project = p;
        Status = await assessments.StatusAsync(p, ct);
        CanEdit = declarations.EditRefusal(p) is null;
        return true;
    }
}
