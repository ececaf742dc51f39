using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Many projects written straight into the store for list tests: copies of one demo declaration of the unit, each
/// with one version, named <c>name-001</c>, <c>name-002</c>…. Years and creation times are identical on purpose, and
/// the same call for another unit repeats the names, so sort keys tie and only the later keys (at last the id) decide.
/// </summary>
public static class ListSeeding
{
    public static async Task<IReadOnlyList<Guid>> AddCopiesAsync(AppFixture app, string unitName, int count, string name, int year,
        FormState state = FormState.Draft, DateTimeOffset? createdAt = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var unit = await db.Organizations.SingleAsync(o => o.Name == unitName);
        var content = await db.DeclarationVersions.Where(v => v.Project!.UnitId == unit.Id).Select(v => v.Content).FirstAsync();
        var at = createdAt ?? new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var project = new ProjectEntity
            {
                Id = Guid.NewGuid(),
                UnitId = unit.Id,
                Year = year,
                Name = $"{name}-{i + 1:000}",
                TemplateId = "SH-DIST-2024",
                Form = Domain.Projects.FormKind.DistrictDeclaration,
                FundsTotalYuan = 1000m,
                CreatedAt = at,
            };
            project.Versions.Add(new DeclarationVersion(state)
            {
                Id = Guid.NewGuid(),
                Number = 1,
                Origin = VersionOrigin.New,
                Content = content,
                CreatedAt = at,
                UpdatedAt = at,
            });
            db.Projects.Add(project);
            ids.Add(project.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }
}
