using BenchmarkDotNet.Attributes;
using Jixiao.Data.Content;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;

namespace Jixiao.Bench.Micro;

/// <summary>
/// Review rules over the 10,000 projects of the generated district, against the baseline of what the web does before
/// every lint: the same projects read from their stored JSON and their targets parsed (ProjectService.ToDomain).
/// </summary>
public class LintBench
{
    private Project[] projects = [];
    private string[] json = [];

    [GlobalSetup]
    public void Setup()
    {
        projects = Workload.District.Projects.Select(p => p.Model).ToArray();
        json = projects.Select(p => DeclarationContentJson.Write(p)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int LoadFromJson()
    {
        var rows = 0;
        foreach (var content in json) rows += DeclarationContentJson.ReadProject(content).Indicators.Count;
        return rows;
    }

    [Benchmark]
    public int LintAll()
    {
        var findings = 0;
        foreach (var project in projects)
            findings += Linter.LintProject(project, new LintContext(LintProfile.Default, LintMode.Live, project.Year)).Count;
        return findings;
    }
}
