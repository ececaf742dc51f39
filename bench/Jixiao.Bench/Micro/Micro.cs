using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Jixiao.Bench.Micro;

/// <summary>
/// `micro [grammar|scoring|lint|import|export]`: BenchmarkDotNet in process (no per-benchmark build, so the suite fits
/// bench/run's budget), each benchmark with its baseline in the same run; results become METRIC lines.
/// </summary>
public static class Micro
{
    public static int Run(string[] args)
    {
        var only = args.Length > 0 ? args : ["grammar", "scoring", "lint", "import", "export"];
        if (only.Contains("grammar")) Grammar(RunBench<GrammarBench>(Light));
        if (only.Contains("import")) Import(RunBench<ImportBench>(Heavy));
        if (only.Contains("lint")) Lint(RunBench<LintBench>(Heavy));
        if (only.Contains("scoring")) Scoring(RunBench<ScoringBench>(Heavy));
        if (only.Contains("export")) ExportBench.Run();
        return 0;
    }

    // Short runs: a noisy 2-core machine shared with builds is why every figure has its baseline beside it.
    private static Job Light => Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8);

    private static Job Heavy => Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3);

    private static Dictionary<string, double> RunBench<T>(Job job)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "jixiao-bench-artifacts"))
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<T>(config);
        return MeanSeconds(summary);
    }

    /// <summary>Mean seconds per operation by method name (OperationsPerInvoke already divided out).</summary>
    private static Dictionary<string, double> MeanSeconds(Summary summary) => summary.Reports
        .Where(r => r.ResultStatistics is not null)
        .ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, r => r.ResultStatistics!.Mean / 1e9);

    private static void Grammar(Dictionary<string, double> s)
    {
        if (!s.TryGetValue(nameof(GrammarBench.ParseAndFormat), out var parse) || !s.TryGetValue(nameof(GrammarBench.DecimalTryParse), out var bare))
        {
            Metrics.Missing("grammar.parse.per_s", "1/s", "benchmark failed");
            return;
        }
        Metrics.Emit("grammar.parse.per_s", 1 / parse, "1/s");
        Metrics.Emit("grammar.parse.ns", parse * 1e9, "ns");
        Metrics.Emit("grammar.baseline_decimal_tryparse.per_s", 1 / bare, "1/s");
        Metrics.Emit("grammar.parse.ratio_to_decimal_tryparse", parse / bare, "x");
    }

    private static void Scoring(Dictionary<string, double> s)
    {
        if (!s.TryGetValue(nameof(ScoringBench.ScoreWithTrail), out var score) || !s.TryGetValue(nameof(ScoringBench.BareRatio), out var bare))
        {
            Metrics.Missing("scoring.1m_rows_s", "s", "benchmark failed");
            return;
        }
        Metrics.Emit("scoring.1m_rows_s", score, "s");
        Metrics.Emit("scoring.rows_per_s", ScoringBench.Rows / score, "1/s");
        Metrics.Emit("scoring.baseline_bare_ratio.1m_rows_s", bare, "s");
        Metrics.Emit("scoring.ratio_to_bare_ratio", score / bare, "x");
    }

    private static void Lint(Dictionary<string, double> s)
    {
        if (!s.TryGetValue(nameof(LintBench.LintAll), out var lint) || !s.TryGetValue(nameof(LintBench.LoadFromJson), out var load))
        {
            Metrics.Missing("lint.10k_projects_s", "s", "benchmark failed");
            return;
        }
        Metrics.Emit("lint.10k_projects_s", lint, "s");
        Metrics.Emit("lint.baseline_load_json.10k_projects_s", load, "s");
        Metrics.Emit("lint.ratio_to_load_json", lint / load, "x");
    }

    private static void Import(Dictionary<string, double> s)
    {
        if (s.TryGetValue(nameof(ImportBench.ImportSeeds), out var seeds) && s.TryGetValue(nameof(ImportBench.ReadSeeds), out var readSeeds))
        {
            Metrics.Emit("import.seeds5_warm_ms", seeds * 1e3, "ms");
            Metrics.Emit("import.baseline_read_seeds5_ms", readSeeds * 1e3, "ms");
            Metrics.Emit("import.seeds5.ratio_to_read", seeds / readSeeds, "x");
        }
        else Metrics.Missing("import.seeds5_warm_ms", "ms", "benchmark failed");

        if (s.TryGetValue(nameof(ImportBench.ImportCorpus), out var corpus) && s.TryGetValue(nameof(ImportBench.ReadCorpus), out var readCorpus))
        {
            Metrics.Emit("import.corpus.mb", ImportBench.CorpusBytes / 1e6, "MB");
            Metrics.Emit("import.corpus.mb_per_s", ImportBench.CorpusBytes / 1e6 / corpus, "MB/s");
            Metrics.Emit("import.corpus.forms_per_s", ImportBench.CorpusForms / corpus, "1/s");
            Metrics.Emit("import.baseline_read_corpus.mb_per_s", ImportBench.CorpusBytes / 1e6 / readCorpus, "MB/s");
            Metrics.Emit("import.corpus.ratio_to_read", corpus / readCorpus, "x");
        }
        else Metrics.Missing("import.corpus.mb_per_s", "MB/s", "benchmark failed");
    }
}
