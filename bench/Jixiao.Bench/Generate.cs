using System.Diagnostics;
using Jixiao.Bench.Data;

namespace Jixiao.Bench;

/// <summary>`gen`: builds the district (500 units, 10,000 projects, 250,000 indicators) into a database and times it.</summary>
public static class Generate
{
    public static async Task<int> RunAsync(string provider, string connectionString, int seed, string? usersFile)
    {
        var clock = Stopwatch.StartNew();
        var district = new DistrictGenerator(SeedTemplates.Load(SeedTemplates.DefaultFolder()), seed).District();
        var generated = clock.Elapsed;
        var stats = await DistrictWriter.WriteAsync(district, provider, connectionString, CancellationToken.None);
        var name = $"gen.{provider}";
        Metrics.Emit("data.units", district.Units.Count, "units");
        Metrics.Emit("data.projects", stats.ProjectRows, "projects");
        Metrics.Emit("data.indicators", stats.Indicators, "rows");
        Metrics.Emit($"{name}.content_mb", stats.ContentBytes / 1e6, "MB");
        Metrics.Emit($"{name}.model_s", generated.TotalSeconds, "s");
        Metrics.Emit($"{name}.insert_s", stats.Projects.TotalSeconds, "s");
        Metrics.Emit($"{name}.insert.projects_per_s", stats.ProjectRows / stats.Projects.TotalSeconds, "1/s");
        Metrics.Emit($"{name}.insert.indicators_per_s", stats.Indicators / stats.Projects.TotalSeconds, "1/s");
        Metrics.Emit($"{name}.library_sync_s", stats.Library.TotalSeconds, "s");
        Metrics.Emit($"{name}.total_s", clock.Elapsed.TotalSeconds, "s");
        Submittable(district);
        if (usersFile is not null) await File.WriteAllLinesAsync(usersFile, DistrictWriter.UnitUserNames(district));
        return 0;
    }

    /// <summary>
    /// How many generated drafts a unit could submit as they are (no blocking finding of the live rules), and which
    /// rules block the others: the load test's submits are only realistic if most drafts are ready to go.
    /// </summary>
    private static void Submittable(District district)
    {
        var drafts = district.Projects.Where(p => p.State is Domain.Workflow.FormState.Draft or Domain.Workflow.FormState.Returned).ToList();
        // As the app lints a stored version: the JSON content read back, the live rules.
        var blocking = drafts.Select(p => Web.Services.ProjectService.Lint(Jixiao.Data.Content.DeclarationContentJson.ReadProject(Jixiao.Data.Content.DeclarationContentJson.Write(p.Model)), historical: false,
                Domain.Review.LintProfile.Default) // a fresh district: no administrator's settings yet
            .Where(f => f.Blocks).ToList()).ToList();
        Metrics.Emit("data.drafts_submittable_pct", 100.0 * blocking.Count(b => b.Count == 0) / Math.Max(1, drafts.Count), "%");
        foreach (var rule in blocking.SelectMany(b => b.Select(f => f.RuleId).Distinct()).GroupBy(r => r).OrderByDescending(g => g.Count()).Take(8))
            Console.Error.WriteLine($"drafts blocked by {rule.Key}: {rule.Count()} (e.g. {blocking.SelectMany(b => b).First(f => f.RuleId == rule.Key).Message})");
    }
}
