using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Documents;

/// <summary>
/// The one rule for which unit an uploaded document belongs to, used by the import route and the disclosure upload
/// alike: the unit it prints, among the units whose forms the user may write (a preparer: its own unit only); a
/// combined name (`科技创新服务中心（大数据中心）`) belongs to the unit it starts with. A document naming another unit
/// is refused, never filed under the uploader's unit.
/// </summary>
public sealed class DocumentUnits(JixiaoDbContext db, CurrentUser me)
{
    public async Task<(Organization? Unit, string? Refusal)> ResolveAsync(ImportedDocument doc, CancellationToken ct)
    {
        // A department-level form (部门整体, ADR-057/065) is the department's own: it is filed under a department, never a unit.
        var kind = IsDepartmentLevel(doc) ? OrgKind.Department : OrgKind.Unit;
        var units = await me.ScopeFormOrgs(db.Organizations.AsNoTracking()).Where(o => o.Kind == kind).ToListAsync(ct);
        var printed = doc.UnitName ?? ProjectFields.PrintedUnit(doc.Package.Projects);
        if (string.IsNullOrWhiteSpace(printed))
            return me.Role == Role.UnitPreparer && units.SingleOrDefault(u => u.Id == me.OrgId) is { } own
                ? (own, null)
                : (null, "文档中未写明单位名称，无法确定导入到哪个单位。");
        var unit = units.FirstOrDefault(u => u.Name == printed)
            ?? units.Where(u => printed.StartsWith(u.Name, StringComparison.Ordinal)).OrderByDescending(u => u.Name.Length).FirstOrDefault();
        if (unit is not null) return (unit, null);
        return (null, me.Role == Role.UnitPreparer
            ? $"文档中的单位“{printed}”不是本单位（{me.OrgName}），只能导入本单位的表单。"
            : $"文档中的单位“{printed}”不在您的管辖范围内，不能导入。");
    }

    /// <summary>True when every form of <paramref name="doc"/> was read on a department-level template (部门整体目标表 or 自评表).</summary>
    public static bool IsDepartmentLevel(ImportedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Package.Projects.Count > 0 && doc.Package.Projects.All(p =>
            Domain.Templates.TemplateRegistry.Current.Find(p.TemplateId)?.Kind is Domain.Templates.TemplateKind.DepartmentDeclaration
                or Domain.Templates.TemplateKind.DepartmentSelfEvaluation);
    }
}
