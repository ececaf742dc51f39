using Jixiao.Data;
using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Documents;

public enum ExportedForm
{
    Declaration,
}

/// <summary>One stored form to export: its kind, id, and the unit it belongs to (the folder in a bulk zip).</summary>
public sealed record FormRef(ExportedForm Form, Guid Id, string UnitName);

/// <summary>
/// The printable layout of each stored form, loaded through the form's own service (so through the user's scope):
/// null when the form does not exist or lies outside the scope.
/// </summary>
public sealed class FormSource(JixiaoDbContext db, CurrentUser me, ProjectService projects)
{
    public async Task<FormDocument?> DeclarationAsync(Guid projectId, CancellationToken ct) =>
        await projects.LoadAsync(projectId, ct) is { } p ? FormLayouts.Declaration(p.Model) : null;

    public Task<FormDocument?> LayoutAsync(FormRef form, CancellationToken ct) => form.Form switch
    {
        _ => DeclarationAsync(form.Id, ct),
    };

    /// <summary>
    /// Every form of the units at or below <paramref name="orgId"/> within the user's scope, optionally of one year;
    /// empty when the organization lies outside the scope.
    /// </summary>
    public async Task<IReadOnlyList<FormRef>> AllOfAsync(int orgId, int? year, CancellationToken ct)
    {
        var path = await me.ScopeOrgs(db.Organizations).Where(o => o.Id == orgId).Select(o => o.Path).SingleOrDefaultAsync(ct);
        if (path is null) return [];
        var scoped = me.Scope(db.Projects.AsNoTracking()).Where(p => p.Unit!.Path.StartsWith(path));
        if (year is { } y) scoped = scoped.Where(p => p.Year == y);
        var rows = await scoped.Select(p => new { p.Id, Unit = p.Unit!.Name, p.Year, p.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new FormRef(ExportedForm.Declaration, r.Id, r.Unit)).ToList();
    }
}
