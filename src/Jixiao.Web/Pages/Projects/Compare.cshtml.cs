using Jixiao.Data;
using Jixiao.Domain.Projects;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Projects;

public class CompareModel(JixiaoDbContext db, ProjectService projects) : PageModel
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<int> Numbers { get; private set; } = [];
    public int A { get; private set; }
    public int B { get; private set; }
    public IReadOnlyList<ProjectChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int? a, int? b, CancellationToken ct)
    {
        if (await projects.LoadAsync(id, ct) is not { } p) return NotFound();
        var versions = await db.DeclarationVersions.AsNoTracking().Where(v => v.ProjectId == id).OrderBy(v => v.Number).ToListAsync(ct);
        (Id, Name, Numbers) = (id, p.Model.Name, versions.Select(v => v.Number).ToList());
        A = a is { } x && Numbers.Contains(x) ? x : Numbers[0];
        B = b is { } y && Numbers.Contains(y) ? y : Numbers[^1];
        Changes = ProjectDiff.Compare(ProjectService.ToDomain(versions.Single(v => v.Number == A)), ProjectService.ToDomain(versions.Single(v => v.Number == B)));
        return Page();
    }
}
