using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Text;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Projects;

[AuthorizeRoles(Role.UnitPreparer)]
public class NewModel(JixiaoDbContext db, CurrentUser me, ProjectService projects, TemplateAssignments templates, TimeProvider clock) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public int Year { get; set; }
    public string? Error { get; private set; }

    public void OnGet() => Year = Services.DisplayTime.Today(clock).Year + 1; // declarations are made for next year's budget

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = Name.Trim();
        if (name.Length == 0) { Error = "项目名称为必填项。"; return Page(); }
        if (TextLimits.Check(name, TextKind.Name, "项目名称") is { } tooLong) { Error = tooLong; return Page(); }
        if (Year is < 2000 or > 2100) { Error = "预算年度无效。"; return Page(); }
        var unit = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == me.OrgId, ct);
        if (await db.Projects.AnyAsync(p => p.UnitId == unit.Id && p.Year == Year && p.Name == name, ct))
        { Error = $"本单位 {Year} 年度已有项目“{name}”，项目名称不能重复。"; return Page(); }
        var parent = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unit.ParentId, ct);
        // The form's own defaults (实施单位 = this unit, 主管部门 = its parent, the budget year's dates) come from its definition.
        // The form is created on the template the administrator chose for the year (ADR-032), else the Shanghai one.
        var chosen = await templates.ForAsync(TemplateKind.ProjectDeclaration, Year, ct);
        var form = chosen?.Form ?? FormDefinitions.For(FormKind.DistrictDeclaration)!;
        var project = form.WithDefaults(
            new Project { Name = name, Form = form.Form, TemplateId = chosen?.Id ?? TemplateCatalog.ForDistrictYear(Year).Id, Year = Year },
            new NewFormContext(unit.Name, parent?.Name, Year));
        var (entity, result) = await projects.CreateAsync(unit.Id, project, VersionOrigin.New,
            $"本单位 {Year} 年度已有项目“{name}”，项目名称不能重复。", ct);
        if (entity is null) { Error = result.Error; return Page(); }
        return Redirect($"/Projects/{entity.Id}/Edit");
    }
}
