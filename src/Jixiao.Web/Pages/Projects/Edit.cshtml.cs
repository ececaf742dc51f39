using System.Text.Json;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Projects;

/// <summary>
/// The declaration editor. The page renders the stored form; `project-editor.js` edits it in place, shows how each
/// target was understood (the grammar, via the API) and the live review findings, and saves through the API with the
/// concurrency stamp read here.
/// </summary>
public class EditModel(ProjectService projects, DeclarationService declarations) : PageModel
{
    public LoadedProject Project { get; private set; } = null!;
    public string ContentJson { get; private set; } = "";
    public string TemplateJson { get; private set; } = "";
    public string ColumnsJson { get; private set; } = "[]";
    public FormDefinition Form { get; private set; } = DeclarationForms.District2024;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await projects.LoadAsync(id, ct) is not { } p) return NotFound();
        if (declarations.EditRefusal(p) is not null) return Redirect($"/Projects/{id}");
        Project = p;
        Form = DeclarationEntryMapper.FormOf(p.Model);
        ContentJson = JsonSerializer.Serialize(DeclarationEntryMapper.ToContract(p.Model), Web.Api.ApiJson.Options);
        var template = TemplateCatalog.All.FirstOrDefault(t => t.Id == p.Model.TemplateId) ?? TemplateCatalog.Dist2024;
        TemplateJson = JsonSerializer.Serialize(template.Level1.Select(l => new { name = l.Name, children = l.Children.Select(c => c.Name) }));
        ColumnsJson = JsonSerializer.Serialize(IndicatorColumnTexts.Of(Form).Select(c => new { key = c.Key, label = c.Label }));
        return Page();
    }
}
