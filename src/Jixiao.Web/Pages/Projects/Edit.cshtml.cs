using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Projects;

/// <summary>
/// The declaration editor. The page renders the stored form; `project-editor.js` edits it in place, shows how each
/// target was understood (the grammar, via the API) and the live review findings, and saves through the API with the
/// concurrency stamp read here. A returned form shows the reviewers' comments that are not resolved: the general ones
/// above the form, the row ones beside their rows (by the indicator's stable key).
/// </summary>
public class EditModel(JixiaoDbContext db, ProjectService projects, DeclarationService declarations) : PageModel
{
    public LoadedProject Project { get; private set; } = null!;
    public string ContentJson { get; private set; } = "";
    public string TemplateJson { get; private set; } = "";
    public string ColumnsJson { get; private set; } = "[]";

    /// <summary>
    /// The target's cells where the form prints 指标性质 and/or 度量单位 apart from 指标值 (in the form's order), else
    /// none: a form such as Shanghai's keeps one target input.
    /// </summary>
    public IReadOnlyList<IndicatorColumn> TargetParts => TargetPartsOf(Form);

    public string TargetPartsJson => JsonSerializer.Serialize(TargetParts.Select(c => new { key = c.Key, label = c.Label }));

    public static IReadOnlyList<IndicatorColumn> TargetPartsOf(FormDefinition form) =>
        form.Column(IndicatorColumnKeys.Comparator) is null && form.Column(IndicatorColumnKeys.Unit) is null
            ? []
            : [.. form.IndicatorColumns.Where(c => c.Key is IndicatorColumnKeys.Comparator or IndicatorColumnKeys.Target or IndicatorColumnKeys.Unit)];
    public FormDefinition Form { get; private set; } = DeclarationForms.District2024;

    /// <summary>A 部门整体 form: the editor adds its 年度履职目标 and the live 合计核对 (ADR-064).</summary>
    public bool IsDepartmentForm => ProjectService.IsDepartmentForm(Project);

    /// <summary>The unit the form's template states money in (元, or 万元): money fields are typed and shown in it.</summary>
    public string MoneyUnit => Domain.Templates.TemplateRegistry.Current.FindData(Form.Id)?.MoneyUnit ?? Domain.Money.MoneyUnits.Yuan;
    public IReadOnlyList<ReviewComment> Comments { get; private set; } = [];
    public IEnumerable<ReviewComment> GeneralComments => Comments.Where(c => !c.Anchor.StartsWith("indicator:", StringComparison.Ordinal));
    /// <summary>Row comments for the script: anchor (`indicator:{key}`), text, author, status and reply, in Chinese.</summary>
    public string RowCommentsJson => JsonSerializer.Serialize(Comments.Where(c => c.Anchor.StartsWith("indicator:", StringComparison.Ordinal))
        .Select(c => new { anchor = c.Anchor, text = c.Text, author = c.AuthorName, status = StatusName(c.Status), reply = c.Reply }));

    public static string StatusName(CommentStatus status) => status switch
    {
        CommentStatus.Open => "待答复",
        CommentStatus.Answered => "已答复",
        _ => "已解决",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await projects.LoadAsync(id, ct) is not { } p) return NotFound();
        if (declarations.EditRefusal(p) is not null) return Redirect($"/Projects/{id}");
        Project = p;
        Form = DeclarationEntryMapper.FormOf(p.Model);
        ContentJson = JsonSerializer.Serialize(DeclarationEntryMapper.ToContract(p.Model), Web.Api.ApiJson.Options);
        var template = TemplateCatalog.All.FirstOrDefault(t => t.Id == p.Model.TemplateId) ?? TemplateCatalog.Dist2024;
        Comments = await db.ReviewComments.AsNoTracking()
            .Where(c => c.FormType == ReviewForm.Declaration && c.FormId == id && c.Status != CommentStatus.Resolved)
            .OrderBy(c => c.CreatedAt).ToListAsync(ct);
        TemplateJson = JsonSerializer.Serialize(template.Level1.Select(l => new { name = l.Name, children = l.Children.Select(c => c.Name) }));
        ColumnsJson = JsonSerializer.Serialize(IndicatorColumnTexts.Of(Form).Select(c => new { key = c.Key, label = c.Label }));
        return Page();
    }
}
