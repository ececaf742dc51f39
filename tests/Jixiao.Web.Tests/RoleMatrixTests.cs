using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

/// <summary>
/// The full authorization matrix: every API endpoint of the OpenAPI document × every demo role × the ids of both
/// demo units (one in scope, one outside for the unit and department roles) × a random id. In scope a read answers;
/// outside the scope the answer is exactly the answer for an id that does not exist (guessing ids must not help:
/// a role refused an action gets the same answer for every id), and no body ever names the other unit's projects or their ids. Nothing answers 500.
/// </summary>
public sealed partial class RoleMatrixTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Innovation = "科技创新服务中心";
    private const string BigData = "大数据中心";

    // Each demo user and the units its data scope covers (workflow.md roles; DemoOrganizations).
    public static TheoryData<string, string[]> Users => new()
    {
        { "admin", [Innovation, BigData] },
        { "finance", [Innovation, BigData] },
        { "kewei", [Innovation] },
        { "zfb", [BigData] },
        { "kczx", [Innovation] },
        { "dsj", [BigData] },
        { ScopeTestUsers.DepartmentPreparer, [] }, // a 填报人 attached to 区科委: no unit's forms, not even those below it
    };

    private sealed record Endpoint(string Method, string Path, bool Multipart);

    private sealed record UnitData(string Unit, Dictionary<string, string> Ids, List<string> Secrets);

    [Theory]
    [MemberData(nameof(Users))]
    public async Task EveryEndpoint_Role_AnswersInScopeAndHidesTheRest(string user, string[] scope)
    {
        var admin = await app.LoginAsync("admin");
        var endpoints = await EndpointsAsync();
        var units = new[] { await UnitDataAsync(admin, endpoints, Innovation), await UnitDataAsync(admin, endpoints, BigData) };
        var client = await ScopeTestUsers.LoginAsync(app, user);
        var failures = new List<string>();
        var checkedCount = 0;

        foreach (var e in endpoints)
        {
            // A name both units use (编外人员工作经费) is no secret of either.
            var ownSecrets = units.Where(u => scope.Contains(u.Unit)).SelectMany(u => u.Secrets).ToHashSet();
            var foreignSecrets = units.Where(u => !scope.Contains(u.Unit)).SelectMany(u => u.Secrets).Where(s => !ownSecrets.Contains(s)).ToList();
            if (!e.Path.Contains('{'))
            {
                var (status, body) = await SendAsync(client, e, e.Path);
                checkedCount++;
                Check(e, e.Path, status, body, foreignSecrets, failures);
                continue;
            }

            // A random id; a unit id that exists nowhere (int routes).
            var randomPath = Fill(e.Path, name => name == "month" ? "7" : name == "unitId" ? "987654"
                : name.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2024" : Guid.NewGuid().ToString());
            var (randomStatus, randomBody) = await SendAsync(client, e, randomPath);
            Check(e, randomPath, randomStatus, randomBody, foreignSecrets, failures);
            foreach (var unit in units)
            {
                if (!unit.Ids.TryGetValue(Area(e.Path), out var id)) continue; // the unit has no such record in the demo
                var path = Fill(e.Path, name => name switch
                {
                    "id" => id,
                    "projectId" => unit.Ids["projects"],
                    "unitId" => unit.Ids["units"],
                    "month" => "7",
                    _ when name.Contains("year", StringComparison.OrdinalIgnoreCase) => "2024",
                    _ => Guid.NewGuid().ToString(),
                });
                var (status, body) = await SendAsync(client, e, path);
                checkedCount++;
                Check(e, path, status, body, foreignSecrets, failures);
                if (scope.Contains(unit.Unit))
                {
                    if (e.Method == "GET" && status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
                        failures.Add($"{e.Method} {path} (own scope) → {(int)status}");
                }
                else if (status != randomStatus)
                {
                    failures.Add($"{e.Method} {path} (other unit) → {(int)status}, but a random id → {(int)randomStatus}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"RoleMatrix {user}: {endpoints.Count} endpoints from OpenAPI, {checkedCount} requests with real ids of both units, {endpoints.Count(e => e.Path.Contains('{'))} with a random id");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCount >= 40, $"only {checkedCount} requests checked");
        Assert.Contains(endpoints, e => e.Path.StartsWith("/api/v1/disclosures/{id", StringComparison.Ordinal) && e.Method == "PUT");
        Assert.True(units[0].Ids.ContainsKey("disclosures"), "the demo disclosure of 科创中心 was not found, so its routes went unchecked");
    }

    private static void Check(Endpoint e, string path, HttpStatusCode status, string body, List<string> foreignSecrets, List<string> failures)
    {
        if ((int)status >= 500) failures.Add($"{e.Method} {path} → {(int)status}");
        var leaked = foreignSecrets.FirstOrDefault(s => body.Contains(s, StringComparison.Ordinal));
        if (leaked is not null) failures.Add($"{e.Method} {path}: body contains the other unit's “{leaked}”");
    }

    private async Task<List<Endpoint>> EndpointsAsync()
    {
        var doc = JsonDocument.Parse(await (await app.LoginAsync("admin")).GetStringAsync("/api/openapi/v1.json", Ct)).RootElement; // signed in only
        return doc.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal) && !p.Name.StartsWith("/api/v1/public", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(m => new Endpoint(m.Name.ToUpperInvariant(), p.Name,
                m.Value.TryGetProperty("requestBody", out var body) && body.GetRawText().Contains("multipart/form-data", StringComparison.Ordinal))))
            .ToList();
    }

    /// <summary>One record id per area of a unit (found through each area's list as admin), and its projects' names and ids.</summary>
    private static async Task<UnitData> UnitDataAsync(HttpClient admin, List<Endpoint> endpoints, string unit)
    {
        var ids = new Dictionary<string, string>();
        var secrets = new List<string>();
        foreach (var area in endpoints.Select(e => Area(e.Path)).Distinct())
        {
            var response = await admin.GetAsync($"/api/v1/{area}", Ct);
            if (!response.IsSuccessStatusCode) continue;
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
            var items = (json.ValueKind == JsonValueKind.Array ? json.EnumerateArray()
                : json.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).SelectMany(p => p.Value.EnumerateArray())).ToList();
            var owned = items.Where(i => i.ValueKind == JsonValueKind.Object && i.GetRawText().Contains(unit, StringComparison.Ordinal)).ToList();
            var first = owned.Select(i => i.TryGetProperty("id", out var id) ? id.ToString() : i.TryGetProperty("projectId", out var p) ? p.ToString() : null)
                .FirstOrDefault(i => i is not null);
            if (first is not null) ids[area] = first;
            if (area == "projects")
            {
                foreach (var project in owned)
                {
                    secrets.Add(project.GetProperty("name").GetString()!);
                    secrets.Add(project.GetProperty("id").GetString()!);
                }
            }
        }

        var orgs = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/organizations", Ct)).RootElement;
        ids["units"] = orgs.EnumerateArray().Single(o => o.GetProperty("name").GetString()!.Contains(unit, StringComparison.Ordinal)).GetProperty("id").ToString();
        Assert.True(ids.ContainsKey("projects") && secrets.Count >= 4, $"{unit}: no projects found");
        return new UnitData(unit, ids, secrets);
    }

    private static string Area(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) ?? "";

    private static string Fill(string template, Func<string, string> value) =>
        ParameterPattern().Replace(template, m => value(m.Groups[1].Value));

    private static async Task<(HttpStatusCode, string)> SendAsync(HttpClient client, Endpoint e, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(e.Method), path);
        if (e.Multipart)
            request.Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("x")), "file", "x.txt" } };
        else if (e.Method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex ParameterPattern();
}
