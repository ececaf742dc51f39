using System.Net;
using System.Text.Json;

namespace Jixiao.Web.Tests;

public sealed partial class RoleMatrixTests
{
    /// <summary>
    /// The 第三方评价机构 (ADR-059) × every API endpoint × the ids of both demo units: it reaches its assigned evaluations
    /// (every GET of them answers) and nothing else — every other id answers as a random id does, and no answer names
    /// any project of either unit except those assigned to it.
    /// </summary>
    [Fact]
    public async Task EveryEndpoint_Evaluator_ReachesOnlyItsAssignedEvaluation()
    {
        var admin = await app.LoginAsync("admin");
        var endpoints = await EndpointsAsync();
        var units = new[] { await UnitDataAsync(admin, endpoints, Innovation), await UnitDataAsync(admin, endpoints, BigData) };
        var client = await app.LoginAsync("pjjg");
        // The demo's evaluation in progress (大数据中心) and the accepted one of last year (科创中心, for 结果应用).
        var assigned = JsonDocument.Parse(await client.GetStringAsync("/api/v1/evaluations", Ct)).RootElement.EnumerateArray().ToList();
        var assignedIds = assigned.Select(a => a.GetProperty("id").GetString()!).ToHashSet();
        var allowed = assigned.SelectMany(a => new[] { a.GetProperty("projectName").GetString()!, a.GetProperty("projectId").GetString()! }).ToList();
        var secrets = units.SelectMany(u => u.Secrets).Where(s => !allowed.Contains(s)).ToList();
        var failures = new List<string>();

        foreach (var e in endpoints)
        {
            if (!e.Path.Contains('{'))
            {
                var (status, body) = await SendAsync(client, e, e.Path);
                Check(e, e.Path, status, body, secrets, failures);
                continue;
            }
            var randomPath = Fill(e.Path, name => name == "month" ? "7" : name == "unitId" ? "987654"
                : name.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2024" : Guid.NewGuid().ToString());
            var (randomStatus, _) = await SendAsync(client, e, randomPath);
            foreach (var unit in units)
            {
                if (!unit.Ids.TryGetValue(Area(e.Path), out var id)) continue;
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
                Check(e, path, status, body, secrets, failures);
                var own = Area(e.Path) == "evaluations" && assignedIds.Contains(id);
                if (own && e.Method == "GET" && status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
                    failures.Add($"{e.Method} {path} (assigned) → {(int)status}");
                else if (!own && status != randomStatus)
                    failures.Add($"{e.Method} {path} → {(int)status}, but a random id → {(int)randomStatus}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.All(units, u => Assert.Contains(u.Ids["evaluations"], assignedIds)); // the assigned evaluations' routes were checked
    }
}
