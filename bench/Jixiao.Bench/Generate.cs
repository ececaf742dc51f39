using System.Diagnostics;
using Jixiao.Bench.Data;

namespace Jixiao.Bench;

/// <summary>
/// `gen`: builds a generated district, city or province (<see cref="DistrictScale"/>, ADR-053) into a database and times
/// it. PostgreSQL loads by binary COPY unless `--bulk insert` is asked; SQLite always inserts through the context.
/// </summary>
public static class Generate
{
    public static async Task<int> RunAsync(string provider, string connectionString, int seed, string? usersFile, string? scaleName = null, string? bulk = null)
    {
        var scale = DistrictScale.Parse(scaleName) ?? throw new ArgumentException($"unknown --scale {scaleName} (district, city or province)");
        var mode = bulk switch
        {
            null => provider == Jixiao.Data.DatabaseProvider.Postgres && scale != DistrictScale.District ? WriteMode.Copy : WriteMode.Insert,
            "insert" => WriteMode.Insert,
            "copy" => WriteMode.Copy,
            _ => throw new ArgumentException($"unknown --bulk {bulk} (insert or copy)"),
        };
        var clock = Stopwatch.StartNew();
        var generator = new DistrictGenerator(SeedTemplates.Load(SeedTemplates.DefaultFolder()), seed);
        var shape = generator.Shape(scale.Units);
        // The district fits in memory (its drafts are checked below); larger scales stream one batch at a time.
        var district = scale == DistrictScale.District ? generator.District(scale.Units, scale.Projects) : null;
        var stats = await DistrictWriter.WriteAsync(shape, district?.Projects ?? generator.Stream(scale.Units, scale.Projects), provider, connectionString,
            mode, seed, CancellationToken.None);
        var name = scale == DistrictScale.District ? $"gen.{provider}" : $"gen.{scale.Name}.{provider}";
        Metrics.Emit("data.units", scale.Units, "units");
        Metrics.Emit("data.projects", stats.ProjectRows, "projects");
        Metrics.Emit("data.indicators", stats.Indicators, "rows");
        foreach (var (table, rows) in stats.Rows) Metrics.Emit($"data.rows.{table}", rows, "rows");
        foreach (var (why, count) in DistrictActivity.Blocked.OrderByDescending(b => b.Value).Take(8))
            Console.Error.WriteLine($"generated forms left as drafts by {why}: {count}");
        Metrics.Emit($"{name}.content_mb", stats.ContentBytes / 1e6, "MB");
        var how = mode == WriteMode.Copy ? "copy" : "insert";
        Metrics.Emit($"{name}.{how}_s", stats.Projects.TotalSeconds, "s");
        Metrics.Emit($"{name}.{how}.projects_per_s", stats.ProjectRows / stats.Projects.TotalSeconds, "1/s");
        Metrics.Emit($"{name}.{how}.indicators_per_s", stats.Indicators / stats.Projects.TotalSeconds, "1/s");
        Metrics.Emit($"{name}.library_sync_s", stats.Library.TotalSeconds, "s");
        Metrics.Emit($"{name}.total_s", clock.Elapsed.TotalSeconds, "s");
        if (await DatabaseSize.MegabytesAsync(provider, connectionString) is { } mb) Metrics.Emit($"{name}.db_mb", mb, "MB");
        if (district is not null) Submittable(district);
        if (usersFile is not null) await File.WriteAllLinesAsync(usersFile, DistrictWriter.UnitUserNames(shape));
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
