using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Documents.OpenData;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DisclosureTestSupport;

namespace Jixiao.Web.Tests;

/// <summary>Open data v1 over HTTP: anonymous only for published packages and the schema; never a draft.</summary>
public abstract class OpenDataApiTests<TApp>(TApp app) where TApp : AppFixture
{
    private static readonly FormState[] ReleasedDeclaration = [FormState.Approved, FormState.Imported];
    private static readonly FormState[] ReleasedEvaluation = [FormState.Confirmed, FormState.Imported];

    [Fact]
    public async Task Schema_Anonymous_IsTheRepositorySchema()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/public/open-data/schema/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OpenDataSchema.V1(), await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task DisclosureJson_DemoPackage_Anonymous_VersionedWithEveryTable()
    {
        var unitId = await DemoUnitIdAsync(app);

        var json = await ReadJsonAsync(app.CreateClient(), $"/api/v1/public/open-data/disclosures/{unitId}/2021.json");

        Assert.Equal("1.0", json.GetProperty("schemaVersion").GetString());
        Assert.Equal("disclosure", json.GetProperty("kind").GetString());
        var package = json.GetProperty("disclosures").EnumerateArray().Single();
        Assert.Equal(2021, package.GetProperty("year").GetInt32());
        var fiscal = package.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("number").GetInt32() == 4);
        var total = fiscal.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("rowKey").GetString() == "in.total");
        Assert.Equal(18_963_662.79m, total.GetProperty("amounts").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task DisclosureCsv_DemoPackage_Anonymous_OneLinePerTableRow()
    {
        var unitId = await DemoUnitIdAsync(app);
        var package = await WithDbAsync(app, db => db.Disclosures.SingleAsync(d => d.UnitId == unitId && d.State == FormState.Published, Ct));

        var response = await app.CreateClient().GetAsync($"/api/v1/public/open-data/disclosures/{unitId}/2021.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var cells = DisclosureCells.Of(Services.DisclosureService.ToDomain(package));
        Assert.Equal(1 + cells.Select(c => (c.Table, c.RowKey)).Distinct().Count(), lines.Length);
    }

    [Fact]
    public async Task Disclosure_DraftPackage_AnonymousGetsNothing()
    {
        var (client, unitId) = await NewUnitAsync(app);
        await CreateDraftAsync(client);
        var anonymous = app.CreateClient();

        var json = await anonymous.GetAsync($"/api/v1/public/open-data/disclosures/{unitId}/2021.json", Ct);
        var csv = await anonymous.GetAsync($"/api/v1/public/open-data/disclosures/{unitId}/2021.csv", Ct);
        var all = await ReadJsonAsync(anonymous, "/api/v1/public/open-data/disclosures.json");

        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        var unitName = await WithDbAsync(app, db => db.Organizations.Where(o => o.Id == unitId).Select(o => o.Name).SingleAsync(Ct));
        Assert.DoesNotContain(unitName, all.GetRawText());
        Assert.NotEmpty(all.GetProperty("disclosures").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/open-data/targets.json")]
    [InlineData("/api/v1/open-data/targets.csv")]
    [InlineData("/api/v1/open-data/self-evaluations.json")]
    [InlineData("/api/v1/open-data/self-evaluations.csv")]
    public async Task TargetsAndSelfEvaluations_Anonymous_Are401(string path)
    {
        var response = await app.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Targets_OnlyReleasedVersions_DraftsAppearOnceApproved()
    {
        var kczx = await app.LoginAsync("kczx");
        var before = Ids(await ReadJsonAsync(kczx, "/api/v1/open-data/targets.json?year=2024"));

        var (projectId, declared) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, DemoOrganizations.InnovationCentre, _ => true, Ct);
        var after = await ReadJsonAsync(kczx, "/api/v1/open-data/targets.json?year=2024");
        var csv = await kczx.GetByteArrayAsync("/api/v1/open-data/targets.csv?year=2024", Ct);

        var drafts = await WithDbAsync(app, db => db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre && p.Year == 2024
            && p.Versions.All(v => v.State == FormState.Draft)).Select(p => p.Id).ToListAsync(Ct));
        Assert.NotEmpty(drafts);
        Assert.DoesNotContain(projectId, before);
        Assert.Equal([.. before.Append(projectId).Order()], Ids(after));
        Assert.Empty(Ids(after).Intersect(drafts));
        var project = after.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == projectId);
        Assert.Equal("Approved", project.GetProperty("state").GetString());
        Assert.Equal(declared.Indicators.Count, project.GetProperty("indicators").GetArrayLength());
        var indicatorsListed = after.GetProperty("projects").EnumerateArray().Sum(p => p.GetProperty("indicators").GetArrayLength());
        Assert.Equal(1 + indicatorsListed, Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static List<Guid> Ids(JsonElement targets) =>
        targets.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Order().ToList();

    [Fact]
    public async Task Targets_AllYears_OnlyApprovedOrImportedStatesAndOnlyTheUsersScope()
    {
        var kczx = await ReadJsonAsync(await app.LoginAsync("kczx"), "/api/v1/open-data/targets.json");
        var dsj = await ReadJsonAsync(await app.LoginAsync("dsj"), "/api/v1/open-data/targets.json");

        var released = await WithDbAsync(app, db => db.Projects.CountAsync(p => p.Unit!.Name == DemoOrganizations.InnovationCentre
            && p.Versions.Any(v => ReleasedDeclaration.Contains(v.State)), Ct));
        var projects = kczx.GetProperty("projects").EnumerateArray().ToList();
        Assert.True(released > 0, "the demo imports 2021 filing forms as history");
        Assert.Equal(released, projects.Count);
        Assert.All(projects, p => Assert.Contains(Enum.Parse<FormState>(p.GetProperty("state").GetString()!), ReleasedDeclaration));
        Assert.DoesNotContain(DemoOrganizations.InnovationCentre, dsj.GetRawText());
    }

    [Fact]
    public async Task SelfEvaluations_ReleasedOnesScored_DraftsLeftOut()
    {
        var kczx = await app.LoginAsync("kczx");
        var (projectId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, DemoOrganizations.InnovationCentre, _ => true, Ct);
        var started = await kczx.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);

        var json = await ReadJsonAsync(kczx, "/api/v1/open-data/self-evaluations.json");
        var csv = await kczx.GetByteArrayAsync("/api/v1/open-data/self-evaluations.csv", Ct);

        var released = await WithDbAsync(app, db => db.SelfEvaluations.Where(e => ReleasedEvaluation.Contains(e.State))
            .Join(db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre), e => e.ProjectId, p => p.Id, (e, p) => e.Id).ToListAsync(Ct));
        var evaluations = json.GetProperty("evaluations").EnumerateArray().ToList();
        Assert.NotEmpty(released);
        Assert.Equal(released.Order(), evaluations.Select(e => e.GetProperty("id").GetGuid()).Order());
        Assert.DoesNotContain(projectId.ToString(), json.GetRawText());
        Assert.All(evaluations, e => Assert.Equal(JsonValueKind.Number, e.GetProperty("totalScore").ValueKind));
        Assert.Equal(1 + evaluations.Sum(e => e.GetProperty("indicators").GetArrayLength()),
            Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task PublicPages_LinkTheOpenDataAndTheSchema()
    {
        var unitId = await DemoUnitIdAsync(app);
        var anonymous = app.CreateClient();

        var view = await anonymous.GetStringAsync($"/Public/Disclosure/{unitId}/2021", Ct);
        var index = await anonymous.GetStringAsync("/Public/Disclosure", Ct);

        Assert.Contains($"/api/v1/public/open-data/disclosures/{unitId}/2021.json", view);
        Assert.Contains($"/api/v1/public/open-data/disclosures/{unitId}/2021.csv", view);
        Assert.Contains("/api/v1/public/open-data/schema/v1.json", view);
        Assert.Contains("/api/v1/public/open-data/disclosures.json", index);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}

public sealed class SqliteOpenDataApiTests(SqliteApp app) : OpenDataApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresOpenDataApiTests(PostgresApp app) : OpenDataApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
