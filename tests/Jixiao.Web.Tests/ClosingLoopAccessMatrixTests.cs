using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// The screens and reads issue 17 added (复核 and 抽评 ADR-058/063, 整改 ADR-058, 第三方评价 ADR-059, 部门整体 ADR-057, 事前评估
/// and 结果应用 ADR-060) × every kind of user, against the demo district's own records: the owner unit, another unit, the
/// owner's department, another department, finance, the 第三方评价机构, the administrator and an anonymous visitor. Each
/// cell is what the ADRs say: the answer (a page refused to a role is 403, an id outside the user's reach answers
/// exactly like a random id, 404) and, for lists, whether the record is shown.
/// </summary>
public sealed class ClosingLoopAccessMatrixTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Who is asking, relative to the record's owner unit: <c>Unit</c> the owner's 填报人, <c>OtherUnit</c> a unit outside
    /// its department, <c>Dept</c> the owner's 主管部门, <c>OtherDept</c> another one, then finance, the evaluator, the
    /// administrator and nobody.
    /// </summary>
    public enum Who { Anonymous, Unit, OtherUnit, Dept, OtherDept, Finance, Evaluator, Admin }

    /// <summary>The demo users for a record of 科创中心 (区科委) and of 大数据中心 (区政府办公室).</summary>
    private static string? UserFor(Who who, bool ownerIsBigData) => (who, ownerIsBigData) switch
    {
        (Who.Anonymous, _) => null,
        (Who.Unit, false) or (Who.OtherUnit, true) => "kczx",
        (Who.Unit, true) or (Who.OtherUnit, false) => "dsj",
        (Who.Dept, false) or (Who.OtherDept, true) => "kewei",
        (Who.Dept, true) or (Who.OtherDept, false) => "zfb",
        (Who.Finance, _) => "finance",
        (Who.Evaluator, _) => "pjjg",
        _ => "admin",
    };

    /// <summary>The record ids the routes name, found in the demo (and one 整改事项 raised for 科创中心 once).</summary>
    private sealed record Ids(Guid SelfEvaluation, Guid ReReview, Guid Rectification, Guid Evaluation, int Department, Guid Project);

    /// <summary>
    /// One page or read: how to reach it, whose record it shows (科创中心 unless <paramref name="BigData"/>), and the answer
    /// per user — the status, then for a list whether the record is in it (<c>+</c> shown, <c>-</c> not; nothing for a
    /// single record). 401: anonymous (the pages send it to the sign-in page); 403: the role may not open the page.
    /// </summary>
    private sealed record Route(string Name, Func<Ids, string> Path, Func<Ids, string>? Mark, bool BigData, IReadOnlyDictionary<Who, string> Answers);

    private static Route R(string name, Func<Ids, string> path, string anonymous, string unit, string otherUnit, string dept, string otherDept,
        string finance, string evaluator, string admin, Func<Ids, string>? mark = null, bool bigData = false) =>
        new(name, path, mark, bigData, new Dictionary<Who, string>
        {
            [Who.Anonymous] = anonymous,
            [Who.Unit] = unit,
            [Who.OtherUnit] = otherUnit,
            [Who.Dept] = dept,
            [Who.OtherDept] = otherDept,
            [Who.Finance] = finance,
            [Who.Evaluator] = evaluator,
            [Who.Admin] = admin,
        });

    private static readonly Route[] Routes =
    [
        //                                                                                  anonymous unit     other    dept     other    finance  evaluator admin
        R("复核列表 /ReReviews", _ => "/ReReviews", "401", "200+", "200-", "200+", "200-", "200+", "200-", "200+", mark: i => i.SelfEvaluation.ToString()),
        R("复核表 /SelfEvaluations/{id}/ReReview", i => $"/SelfEvaluations/{i.SelfEvaluation}/ReReview", "401", "200", "404", "200", "404", "200", "404", "200"),
        R("抽评 /ReReviews/Sample", _ => "/ReReviews/Sample", "401", "403", "403", "403", "403", "200", "403", "200"),
        R("GET /api/v1/re-reviews", _ => "/api/v1/re-reviews", "401", "200+", "200-", "200+", "200-", "200+", "200-", "200+", mark: i => i.ReReview.ToString()),
        R("GET /api/v1/re-reviews/{id}/export", i => $"/api/v1/re-reviews/{i.ReReview}/export?format=pdf", "401", "200", "404", "200", "404", "200", "404", "200"),
        R("GET /api/v1/self-evaluations/{id}/re-review", i => $"/api/v1/self-evaluations/{i.SelfEvaluation}/re-review", "401", "200", "404", "200", "404", "200", "404", "200"),
        R("整改列表 /Rectifications", _ => "/Rectifications", "401", "200+", "200-", "200+", "200-", "200+", "200-", "200+", mark: i => i.Rectification.ToString()),
        R("整改事项 /Rectifications/{id}", i => $"/Rectifications/{i.Rectification}", "401", "200", "404", "200", "404", "200", "404", "200"),
        R("GET /api/v1/rectifications/{id}", i => $"/api/v1/rectifications/{i.Rectification}", "401", "200", "404", "200", "404", "200", "404", "200"),
        // The xlsx of the list: each user's own scope (its rows are checked in RectificationTests.Export).
        R("GET /api/v1/rectifications/export", _ => "/api/v1/rectifications/export?format=xlsx", "401", "200", "200", "200", "200", "200", "200", "200"),
        // The demo evaluation is of a 大数据中心 project: its unit and department read it through the API only (ADR-059).
        R("重点评价 /Evaluations", _ => "/Evaluations", "401", "403", "403", "403", "403", "200+", "200+", "200+", mark: i => i.Evaluation.ToString(), bigData: true),
        R("评价表 /Evaluations/{id}", i => $"/Evaluations/{i.Evaluation}", "401", "403", "403", "403", "403", "200", "200", "200", bigData: true),
        R("GET /api/v1/evaluations", _ => "/api/v1/evaluations", "401", "200+", "200-", "200+", "200-", "200+", "200+", "200+", mark: i => i.Evaluation.ToString(), bigData: true),
        R("GET /api/v1/evaluations/{id}", i => $"/api/v1/evaluations/{i.Evaluation}", "401", "200", "404", "200", "404", "200", "200", "200", bigData: true),
        R("GET /api/v1/evaluations/{id}/export", i => $"/api/v1/evaluations/{i.Evaluation}/export?format=pdf", "401", "200", "404", "200", "404", "200", "200", "200", bigData: true),
        // 部门整体 of 区科委 (ADR-057): its own reviewers and finance; anyone else gets the answer of no such department.
        R("部门整体 /Departments", i => $"/Departments?unit={i.Department}&year=2024", "401", "200-", "200-", "200+", "200-", "200+", "200-", "200+", mark: _ => "短信平台月租费"),
        R("GET /api/v1/departments/{id}/years/{year}", i => $"/api/v1/departments/{i.Department}/years/2024", "401", "404", "404", "200", "404", "200", "404", "200"),
        // 事前评估 and 结果应用 of a 科创中心 declaration (ADR-060): the project's scope.
        R("事前评估 /Projects/{id}/ExAnte", i => $"/Projects/{i.Project}/ExAnte", "401", "200", "404", "200", "404", "200", "404", "200"),
        R("GET /api/v1/projects/{id}/ex-ante", i => $"/api/v1/projects/{i.Project}/ex-ante", "401", "200", "404", "200", "404", "200", "404", "200"),
        R("GET /api/v1/projects/{id}/ex-ante/export", i => $"/api/v1/projects/{i.Project}/ex-ante/export?format=pdf", "401", "200", "404", "200", "404", "200", "404", "200"),
        R("GET /api/v1/projects/{id}/last-year", i => $"/api/v1/projects/{i.Project}/last-year", "401", "200", "404", "200", "404", "200", "404", "200"),
    ];

    public static TheoryData<Who> Everyone => new(Enum.GetValues<Who>());

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task EveryNewScreenAndRead_AnswersAsTheAdrsSay(Who who)
    {
        var ids = await IdsAsync();
        var clients = new Dictionary<bool, HttpClient>();
        var failures = new List<string>();
        foreach (var route in Routes)
        {
            if (!clients.TryGetValue(route.BigData, out var client))
                clients[route.BigData] = client = UserFor(who, route.BigData) is { } user ? await app.LoginAsync(user) : app.CreateClient(new() { AllowAutoRedirect = false });
            var path = route.Path(ids);
            var response = await client.GetAsync(path, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            var expected = route.Answers[who];
            var got = Status(response).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (route.Mark is { } mark && got == "200") got += body.Contains(mark(ids), StringComparison.Ordinal) ? "+" : "-";
            if (got != expected) failures.Add($"{route.Name} ({path}) as {UserFor(who, route.BigData) ?? "anonymous"}: {got}, expected {expected}");

            // Out of reach is no different from a random id (guessing ids must not help).
            if (expected == "404" && route.Mark is null)
            {
                var random = route.Path(ids with
                {
                    SelfEvaluation = Guid.NewGuid(),
                    ReReview = Guid.NewGuid(),
                    Rectification = Guid.NewGuid(),
                    Evaluation = Guid.NewGuid(),
                    Department = 987654,
                    Project = Guid.NewGuid(),
                });
                var randomAnswer = Status(await client.GetAsync(random, Ct));
                if (randomAnswer != 404) failures.Add($"{route.Name} ({random}) as {who}: a random id → {randomAnswer}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task DrawingASample_IsFinancesAlone_OthersGetTheAnswerOfNothing()
    {
        var body = new { year = 2099, percent = 10m }; // no 自评表 of 2099: finance's draw is refused, nothing is written
        foreach (var user in new[] { "kczx", "kewei", "zfb", "pjjg" })
        {
            var response = await (await app.LoginAsync(user)).PostAsJsonAsync("/api/v1/re-review/samples", body, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{user}: {(int)response.StatusCode}");
        }
        var finance = await (await app.LoginAsync("finance")).PostAsJsonAsync("/api/v1/re-review/samples", body, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, finance.StatusCode);
        Assert.Contains("2099 年没有可抽评的已确认自评表", await finance.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/v1/re-review/samples", body, Ct)).StatusCode);
    }

    /// <summary>The status as the matrix writes it: a page's redirect to the sign-in page is 401, to the access-denied page 403.</summary>
    private static int Status(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect) return (int)response.StatusCode;
        var to = response.Headers.Location?.OriginalString ?? "";
        return to.Contains("/Account/Login", StringComparison.Ordinal) ? 401 : to.Contains("/Account/Denied", StringComparison.Ordinal) ? 403 : 302;
    }

    private async Task<Ids> IdsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var reReview = await db.ReReviews.Where(r => r.Project!.Unit!.Name == DemoOrganizations.InnovationCentre && r.SampleDrawId == null && r.Project.Year == 2023)
            .OrderBy(r => r.Project!.Name).FirstAsync(Ct);
        var evaluation = await db.ExternalEvaluations.Where(e => e.Project!.Unit!.Name == DemoOrganizations.BigDataCentre).Select(e => e.Id).FirstAsync(Ct);
        var department = await db.Organizations.Where(o => o.Name == DemoOrganizations.ScienceCommission).Select(o => o.Id).SingleAsync(Ct);
        var project = await db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre && p.Year == 2024 && p.CopiedFromId != null)
            .OrderBy(p => p.Name).Select(p => p.Id).FirstAsync(Ct);
        return new Ids(reReview.SelfEvaluationId, reReview.Id, await RectificationAsync(db, project), evaluation, department, project);
    }

    /// <summary>A 整改事项 of 科创中心, raised by finance through the API the first time a case needs it.</summary>
    private async Task<Guid> RectificationAsync(JixiaoDbContext db, Guid projectId)
    {
        const string requirement = "矩阵测试：补充服务台账并说明扣分原因";
        if (await db.RectificationItems.Where(i => i.Requirement == requirement).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(Ct) is { } existing) return existing;
        var unitId = await db.Projects.Where(p => p.Id == projectId).Select(p => p.UnitId).SingleAsync(Ct);
        var response = await (await app.LoginAsync("finance")).PostAsJsonAsync("/api/v1/rectifications", new
        {
            sourceKind = "ReReview",
            sourceReference = "matrix",
            sourceText = "复核发现台账不全",
            ownerUnitId = unitId,
            projectId,
            requirement,
            dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}
