using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>The 分析 screen and its API: numbers checked against the domain library run in the test, and the data scope.</summary>
public abstract class AnalysisTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private async Task<AnalysisReport> ReportAsync(string user, string query = "")
    {
        var client = await app.LoginAsync(user);
        return (await client.GetFromJsonAsync<AnalysisReport>("/api/v1/analysis" + query, Json, Ct))!;
    }

    private async Task<T> WithDbAsync<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    [Fact]
    public async Task Analysis_DemoSelfEvaluations_ShowPrintedTotalsAndTheScorersRecomputedTotals()
    {
        var report = await ReportAsync("finance");

        // The four 2023 self-evaluations of the demo district print 94, 100, 100 and 100 (seed document 004).
        Assert.Equal([94m, 100m, 100m, 100m], report.Evaluations.Select(e => e.PrintedTotal!.Value).Order());

        // Recompute from the stored forms here, with the domain library, exactly as the spec says (Historical: imported).
        var expected = await WithDbAsync(async db =>
        {
            // 分析 reads the units' projects; a department's own 部门整体 form is left out (ADR-057).
            var evaluations = await db.SelfEvaluations.AsNoTracking().Where(e => e.Project!.Unit!.Kind == OrgKind.Unit).ToListAsync(Ct);
            var result = new Dictionary<Guid, ProjectScore>();
            foreach (var e in evaluations)
            {
                var version = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == e.DeclarationVersionId, Ct);
                var project = EvaluationContentJson.Read(e.Content).Apply(ProjectService.ToDomain(version), t => TargetParser.ParseActual(t));
                result[e.ProjectId] = Scorer.Score(project, RuleProfiles.Get(e.ProfileId), ScoringMode.Historical);
            }
            return result;
        });
        Assert.Equal(expected.Count, report.Evaluations.Count);
        foreach (var e in report.Evaluations)
        {
            Assert.Equal(expected[e.ProjectId].ComputedTotal, e.ComputedTotal);
            Assert.Equal(expected[e.ProjectId].ComputedGrade.DisplayName(), e.ComputedGrade);
            Assert.Equal(expected[e.ProjectId].ExecutionRateDisplay, e.ExecutionRate);
        }
        var computedGrades = expected.Values.GroupBy(s => s.ComputedGrade.DisplayName()).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(report.Grades, g => Assert.Equal(computedGrades.GetValueOrDefault(g.Grade), g.Computed));
        Assert.Equal(4, report.Grades.Sum(g => g.Printed));
        Assert.Equal(4, report.Distribution.Sum(b => b.Count));
    }

    [Fact]
    public async Task Analysis_RecomputedTotals_EqualScoringTheSeedDocumentsDirectly()
    {
        // Independent of storage: import the seed documents in the test and score them as the CLI does.
        var assembly = typeof(ProjectService).Assembly;
        var direct = new List<decimal>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("DemoData/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, Ct);
            var doc = DocumentImporter.ImportBytes(name, buffer.ToArray()).Document;
            if (doc is null) continue;
            direct.AddRange(doc.Package.Projects.Where(p => p.Evaluation is not null)
                .Select(p => Scorer.Score(p, RuleProfiles.ShDistrict, ScoringMode.Historical).ComputedTotal));
        }
        var report = await ReportAsync("finance");
        Assert.Equal(direct.Order(), report.Evaluations.Select(e => e.ComputedTotal).Order());
    }

    [Fact]
    public async Task Analysis_CommonFindings_EqualTheLintersCountsOverCurrentVersions()
    {
        // Each project's current version through the linter; a self-evaluated version with its actuals laid over it
        // (otherwise every stored 自评表 would report its actuals as missing, CMP-07).
        var expected = await WithDbAsync(async db =>
        {
            // The units' projects only, as 分析 reads them (a department's 部门整体 form is not project expenditure, ADR-057).
            var versions = await db.DeclarationVersions.AsNoTracking().Where(v => v.Project!.Unit!.Kind == OrgKind.Unit).ToListAsync(Ct);
            var evaluations = await db.SelfEvaluations.AsNoTracking().ToListAsync(Ct);
            return versions.GroupBy(v => v.ProjectId).Select(g => g.MaxBy(v => v.Number)!)
                .SelectMany(v =>
                {
                    var model = ProjectService.ToDomain(v);
                    if (evaluations.FirstOrDefault(e => e.DeclarationVersionId == v.Id) is { } e)
                        model = EvaluationContentJson.Read(e.Content).Apply(model, t => TargetParser.ParseActual(t));
                    return ProjectService.Lint(model, v.State == FormState.Imported, Domain.Review.LintProfile.Default);
                })
                .GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count());
        });
        var report = await ReportAsync("finance");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(x => x.Key), report.CommonFindings.ToDictionary(f => f.RuleId, f => f.Count).OrderBy(x => x.Key));
        Assert.Equal(report.CommonFindings.Select(f => f.Count).OrderDescending(), report.CommonFindings.Select(f => f.Count));
        Assert.Equal(expected.Values.Sum(), report.Total.Findings);
    }

    [Theory]
    [InlineData("kczx", DemoUnitInnovation)]   // a unit sees only itself
    [InlineData("dsj", DemoUnitBigData)]
    [InlineData("kewei", DemoUnitInnovation)]  // a department sees only its units
    [InlineData("zfb", DemoUnitBigData)]
    public async Task Analysis_ScopedUser_SeesNoOtherUnitsProjects(string user, string ownUnit)
    {
        // Units' projects: a department's own 部门整体 form carries the department's name, which its reviewer's analysis prints.
        var names = await WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.Unit!.Kind == OrgKind.Unit).Select(p => new { p.Name, Unit = p.Unit!.Name }).ToListAsync(Ct));
        var foreign = names.Where(n => n.Unit != ownUnit).Select(n => n.Name).Except(names.Where(n => n.Unit == ownUnit).Select(n => n.Name)).ToList();
        Assert.NotEmpty(foreign);

        var client = await app.LoginAsync(user);
        var json = await client.GetStringAsync("/api/v1/analysis", Ct);
        var html = await client.GetStringAsync("/Analysis", Ct);
        Assert.All(foreign, name => Assert.DoesNotContain(name, json));
        Assert.All(foreign, name => Assert.DoesNotContain(name, html));
        var report = JsonSerializer.Deserialize<AnalysisReport>(json, Json)!;
        Assert.Equal(names.Count(n => n.Unit == ownUnit), report.Total.Projects);
    }

    [Theory]
    [InlineData("kczx", DemoUnitBigData)]      // another unit
    [InlineData("kewei", DemoUnitBigData)]     // a unit of another department
    public async Task Analysis_OrganizationOutsideScope_Is404(string user, string otherUnit)
    {
        var (orgId, projectId) = await WithDbAsync(async db =>
        {
            var org = await db.Organizations.SingleAsync(o => o.Name == otherUnit, Ct);
            var project = await db.Projects.FirstAsync(p => p.UnitId == org.Id, Ct);
            return (org.Id, project.Id);
        });
        var client = await app.LoginAsync(user);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/analysis?org={orgId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/analysis?project={projectId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Analysis?org={orgId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Analysis_DrillDown_DistrictDepartmentUnitProject()
    {
        var district = await ReportAsync("finance");
        Assert.Equal(AnalysisLevel.District, district.Level);
        Assert.Equal(["上海市松江区人民政府办公室", "上海市松江区科学技术委员会"], district.Groups.Select(g => g.Name).Order(StringComparer.Ordinal));
        Assert.Equal(district.Total.Projects, district.Groups.Sum(g => g.Projects));

        var science = district.Groups.Single(g => g.Name == "上海市松江区科学技术委员会");
        var department = await ReportAsync("finance", $"?org={science.OrgId}");
        Assert.Equal(AnalysisLevel.Department, department.Level);
        Assert.Equal([DemoUnitInnovation], department.Groups.Select(g => g.Name));
        Assert.Equal(science.Projects, department.Total.Projects);

        var unit = await ReportAsync("finance", $"?org={department.Groups[0].OrgId}");
        Assert.Equal(AnalysisLevel.Unit, unit.Level);
        Assert.Equal(science.Projects, unit.Groups.Count);
        Assert.All(unit.Groups, g => Assert.NotNull(g.ProjectId));
        Assert.Equal(3, unit.Breadcrumb.Count);

        var evaluated = unit.Groups.First(g => g.Evaluations == 1);
        var project = await ReportAsync("finance", $"?project={evaluated.ProjectId}");
        Assert.Equal(AnalysisLevel.Project, project.Level);
        Assert.Equal(evaluated.Name, project.FocusName);
        Assert.Equal(1, project.Total.Projects);
        Assert.Single(project.Evaluations);
        Assert.Equal(4, project.Breadcrumb.Count);
    }

    [Fact]
    public async Task Analysis_YearFilter_KeepsOnlyThatYearsProjects()
    {
        var all = await ReportAsync("finance");
        Assert.Contains(2023, all.Years);
        var y2023 = await ReportAsync("finance", "?year=2023");
        var expected = await WithDbAsync(db => db.Projects.CountAsync(p => p.Year == 2023 && p.Unit!.Kind == OrgKind.Unit, Ct));
        Assert.Equal(expected, y2023.Total.Projects);
        Assert.Equal(4, y2023.Total.Evaluations);
        var y2024 = await ReportAsync("finance", "?year=2024");
        Assert.Equal(0, y2024.Total.Evaluations);
    }

    [Fact]
    public async Task Analysis_YearOverYear_ListsOnlyIndicatorsUsedInSeveralYears()
    {
        var report = await ReportAsync("finance");
        Assert.NotEmpty(report.YearOverYear);
        Assert.All(report.YearOverYear, t => Assert.True(t.Years.Select(y => y.Year).Distinct().Count() >= 2, t.Name));
        var satisfaction = report.YearOverYear.Single(t => t.Name == "用户满意度" && t.Level2 == "服务对象满意度指标");
        Assert.NotNull(satisfaction.DefinitionId);
    }

    [Fact]
    public async Task Analysis_YearOverYear_AtTheDistrictListsTheMostCommonValuesWithTheirProjects_AUnitListsAll()
    {
        var district = await ReportAsync("finance");
        Assert.Equal(Math.Min(AnalysisTrends.SummaryIndicators, district.YearOverYearIndicators), district.YearOverYear.Count);
        foreach (var y in district.YearOverYear.SelectMany(t => t.Years))
        {
            Assert.Equal(Math.Min(AnalysisTrends.SummaryValues, y.TargetKinds), y.Targets.Count);
            Assert.Equal(y.Targets.OrderByDescending(v => v.Projects).ThenBy(v => v.Text, StringComparer.Ordinal), y.Targets);
            Assert.All(y.Targets.Concat(y.Actuals), v => Assert.InRange(v.Projects, 1, y.Projects));
        }
        var html = await (await app.LoginAsync("finance")).GetStringAsync("/Analysis", Ct);
        Assert.Contains($"范围内共 {district.YearOverYearIndicators} 个指标跨年度使用", html);
    }

    [Fact]
    public async Task AnalysisPage_Finance_ShowsGradeTableAndDrillLinks()
    {
        var client = await app.LoginAsync("finance");
        var html = await client.GetStringAsync("/Analysis", Ct);
        Assert.Contains("<h1", html);
        Assert.Contains("绩效分析", html);
        Assert.Contains("data-testid=\"grade-table\"", html);
        Assert.Contains("href=\"/Analysis?org=", html);
        Assert.DoesNotContain("<script>", html); // CSP: no inline scripts
    }

    public const string DemoUnitInnovation = "上海市松江区科技创新服务中心";
    public const string DemoUnitBigData = "上海市松江区大数据中心";
}

public sealed class SqliteAnalysisTests(SqliteApp app) : AnalysisTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAnalysisTests(PostgresApp app) : AnalysisTests<PostgresApp>(app), IClassFixture<PostgresApp>;
