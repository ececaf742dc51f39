using Jixiao.Data;
using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Documents;

/// <summary>
/// The printable layout of each stored form, loaded through the form's own service (so through the user's scope):
/// null when the form does not exist or lies outside the scope.
/// </summary>
public sealed class FormSource(JixiaoDbContext db, CurrentUser me, ProjectService projects)
{
    public async Task<FormDocument?> DeclarationAsync(Guid projectId, CancellationToken ct) =>
        await projects.LoadAsync(projectId, ct) is { } p ? FormLayouts.Declaration(p.Model) : null;

    /// <summary>Every form of the units at or below <paramref name="orgId"/> (within the scope), optionally of one year.</summary>
    public async Task<IReadOnlyList<FormDocument>> AllOfAsync(int orgId, int? year, Func<int, int, Task>? progress, CancellationToken ct)
    {
        var path = await me.ScopeOrgs(db.Organizations).Where(o => o.Id == orgId).Select(o => o.Path).SingleOrDefaultAsync(ct);
        if (path is null) return [];
        var query = me.Scope(db.Projects.AsNoTracking()).Where(p => p.Unit!.Path.StartsWith(path));
        if (year is { } y) query = query.Where(p => p.Year == y);
        var ids = await query.OrderBy(p => p.Unit!.Name).ThenBy(p => p.Year).ThenBy(p => p.Name).Select(p => p.Id).ToListAsync(ct);
        var documents = new List<FormDocument>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (await DeclarationAsync(ids[i], ct) is { } d) documents.Add(d);
            if (progress is not null) await progress(i + 1, ids.Count);
        }
        return documents;
    }
}
