using System.Net;
using System.Text.Json;
using Jixiao.Web.Infrastructure;

namespace Jixiao.Web.Tests;

/// <summary>
/// 部门整体 (ADR-057): the demo 区科委's 部门整体支出绩效目标表 with its 年度履职目标, its units' projects rolled up with
/// amount and self-score and the sums checked; reached by its own 主管部门 and 财政局 only, a department out of reach
/// answering exactly as one that does not exist.
/// </summary>
public abstract class DepartmentRollUpTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> DepartmentIdAsync(string name)
    {
        var orgs = JsonDocument.Parse(await (await app.LoginAsync("finance")).GetStringAsync("/api/v1/organizations?kind=Department", Ct)).RootElement;
        return orgs.EnumerateArray().Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string user, int department, int year = 2024)
    {
        var response = await (await ScopeTestUsers.LoginAsync(app, user)).GetAsync($"/api/v1/departments/{department}/years/{year}", Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task DemoDepartment_OwnReviewer_SeesItsFormDutiesAndEveryProjectRolledUpWithTheSumsBalanced()
    {
        var (status, body) = await GetAsync("kewei", await DepartmentIdAsync(DemoOrganizations.ScienceCommission));

        Assert.Equal(HttpStatusCode.OK, status);
        var year = JsonDocument.Parse(body).RootElement;
        Assert.NotEqual(JsonValueKind.Null, year.GetProperty("formId").ValueKind);
        var projects = year.GetProperty("projects").EnumerateArray().ToList();
        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.Equal(DemoOrganizations.InnovationCentre, p.GetProperty("unitName").GetString()));
        // Every project is a duty of the form with its amount, and they add up to the form's 项目支出.
        var duties = year.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("projectName").GetString()).ToList();
        Assert.Equal(projects.Select(p => p.GetProperty("name").GetString()).Order(), duties.Order());
        var rollUp = year.GetProperty("rollUp");
        Assert.Empty(rollUp.GetProperty("problems").EnumerateArray());
        Assert.Equal(projects.Sum(p => p.GetProperty("amountYuan").GetDecimal()), rollUp.GetProperty("declaredTotalYuan").GetDecimal());
        // The form stores 项目支出 in 元, as every amount (it prints it in 万元).
        Assert.Equal(rollUp.GetProperty("declaredTotalYuan").GetDecimal(), rollUp.GetProperty("projectExpenditureYuan").GetDecimal());
    }

    [Fact]
    public async Task DepartmentWithoutItsForm_Finance_SeesEveryProjectNamedAsMissingFromTheDuties()
    {
        // 2021: 区科委's units have projects (科创中心's filed forms), the department no 部门整体 form.
        var (status, body) = await GetAsync("finance", await DepartmentIdAsync(DemoOrganizations.ScienceCommission), 2021);

        Assert.Equal(HttpStatusCode.OK, status);
        var year = JsonDocument.Parse(body).RootElement;
        Assert.Equal(JsonValueKind.Null, year.GetProperty("formId").ValueKind);
        var names = year.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(names);
        var problems = year.GetProperty("rollUp").GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.All(names.Distinct(), n => Assert.Contains(problems, p => p.StartsWith($"项目“{n}”", StringComparison.Ordinal) && p.EndsWith("未列入年度履职目标。", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("zfb")]  // another department's reviewer
    [InlineData("kczx")] // a unit below the department
    [InlineData("dsj")]  // another unit
    [InlineData(ScopeTestUsers.DepartmentPreparer)] // a 填报人 attached to the department itself
    public async Task DepartmentOutOfReach_AnswersAsADepartmentThatDoesNotExist_AndNamesNoProject(string user)
    {
        var (status, body) = await GetAsync(user, await DepartmentIdAsync(DemoOrganizations.ScienceCommission));
        var (missingStatus, _) = await GetAsync(user, 987654);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (status, missingStatus));
        Assert.DoesNotContain("科技", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kewei", "合计核对无误")]
    [InlineData("dsj", "部门整体汇总仅供主管部门审核人和财政局查看。")]
    public async Task Page_ShowsTheRollUpToReviewersOnly(string user, string expected)
    {
        var html = await (await app.LoginAsync(user)).GetStringAsync("/Departments?year=2024", Ct);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }
}

public sealed class SqliteDepartmentRollUpTests(SqliteApp app) : DepartmentRollUpTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDepartmentRollUpTests(PostgresApp app) : DepartmentRollUpTests<PostgresApp>(app), IClassFixture<PostgresApp>;
