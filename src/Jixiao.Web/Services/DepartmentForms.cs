using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// A 主管部门审核人 declaring its own department's 部门整体支出绩效目标表 (ADR-064): a new form of the year on the
/// department-level template, or next year's copied from this year's. The form is then a project form on the department
/// (ADR-057), edited, submitted and approved through <see cref="DeclarationService"/> like any other.
/// </summary>
public sealed class DepartmentForms(JixiaoDbContext db, CurrentUser me, ProjectService projects, DeclarationService declarations,
    TemplateAssignments templates, DepartmentRollUps rollUps)
{
    /// <summary>True when the user declares <paramref name="departmentId"/>'s form: its own 主管部门审核人.</summary>
    public bool Declares(int departmentId) => me.Role == Role.SupervisorReviewer && me.OrgId == departmentId;

    /// <summary>A new 部门整体 form of <paramref name="year"/> for the user's department; its id, or the Chinese refusal.</summary>
    public async Task<(Guid? Id, WriteResult Result)> CreateAsync(int year, CancellationToken ct)
    {
        if (me.OrgId is not { } own || !Declares(own)) return (null, WriteResult.Refused("只有主管部门审核人可以填报本部门的部门整体支出绩效目标表。"));
        if (year is < 2000 or > 2100) return (null, WriteResult.Refused("预算年度无效。"));
        var department = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == own, ct);
        if (await FormOfAsync(own, year, ct) is not null)
            return (null, new WriteResult(false, $"本部门 {year} 年度已有部门整体支出绩效目标表。", Conflict: true));
        var parent = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == department.ParentId, ct);
        // The administrator's department-level template of the year (ADR-032), else the generic one (DEPT-TARGET).
        var chosen = await templates.ForAsync(TemplateKind.DepartmentDeclaration, year, ct);
        var form = chosen?.Form ?? FormDefinitions.ForTemplate(GenericTemplates.DepartmentDeclarationId)
            ?? throw new InvalidOperationException("the department-level template is not loaded");
        var project = form.WithDefaults(
            new Project { Name = department.Name, Form = form.Form, TemplateId = chosen?.Id ?? GenericTemplates.DepartmentDeclarationId, Year = year },
            new NewFormContext(department.Name, parent?.Name, year));
        var (entity, result) = await projects.CreateAsync(own, project, VersionOrigin.New,
            $"本部门 {year} 年度已有部门整体支出绩效目标表（刚被他人同时创建）。", ct);
        return (entity?.Id, result);
    }

    /// <summary>Next year's form as a copy of <paramref name="year"/>'s (年度履职目标 and indicators kept).</summary>
    public async Task<(Guid? Id, WriteResult Result)> CopyAsync(int year, CancellationToken ct)
    {
        if (me.OrgId is not { } own || !Declares(own)) return (null, WriteResult.Refused("只有主管部门审核人可以填报本部门的部门整体支出绩效目标表。"));
        if (await FormOfAsync(own, year, ct) is not { } source)
            return (null, WriteResult.Refused($"本部门 {year} 年度没有部门整体支出绩效目标表可以复制。"));
        if (await FormOfAsync(own, year + 1, ct) is not null)
            return (null, new WriteResult(false, $"本部门 {year + 1} 年度已有部门整体支出绩效目标表。", Conflict: true));
        var (result, id) = await declarations.CopyToNextYearAsync(source, ct);
        return (id, result);
    }

    // The department's form of the year, if any (a department-level template on the department itself).
    private async Task<Guid?> FormOfAsync(int department, int year, CancellationToken ct) =>
        (await rollUps.YearAsync(department, year, ct))?.FormId;
}
