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
        if (usersFile is not null) await File.WriteAllLinesAsync(usersFile, DistrictWriter.UnitUserNames(district));
        return 0;
    }
}
