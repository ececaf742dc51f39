using System.Text;
using Jixiao.Bench.Data;
using Jixiao.Bench.Micro;
using Jixiao.Data.Content;
using Jixiao.Documents;
using Jixiao.Documents.Export;
using Jixiao.Documents.Reading;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Bench.User;

/// <summary>
/// `user [import|lint|page|score|export]`: what a user waits for, each figure with its goal (bench/README.md):
/// importing a document and a district's forms, opening a project or a self-evaluation (the domain part of the page),
/// linting and re-scoring a district's year, exporting a form. Every step is the app's own code path from stored JSON
/// or document bytes, so a fast path anywhere in it shows in these figures or nowhere. Wall seconds are the figures;
/// process CPU seconds are printed beside them, as the machine is shared.
/// </summary>
public static class UserFigures
{
    private static readonly string[] All = ["import", "lint", "page", "score", "export", "finance"];

    public static int Run(string[] args)
    {
        var only = args.Length > 0 ? args : All;
        if (only.Contains("import")) Import();
        if (only.Contains("lint") || only.Contains("page")) Declarations(only.Contains("lint"), only.Contains("page"));
        if (only.Contains("score")) Scoring();
        if (only.Contains("export")) Export();
        if (only.Contains("finance")) FinancePages.Run();
        return 0;
    }

    private static void Import()
    {
        var seeds = Workload.Seeds.Documents;
        var perSeed = Timing.PerCall(seeds, passes: 20, d => DocumentImporter.ImportBytes(d.Name, d.Bytes));
        Goal.Info("user.import.seed_p95_ms", perSeed.P95, "ms");
        Metrics.Emit("user.import.seed_p50_ms", perSeed.P50, "ms");
        Metrics.Emit("user.import.seed_max_ms", perSeed.Max, "ms");

        // The largest real document (a unit's budget disclosure, about 3,500 lines), alone.
        var largest = seeds.MaxBy(d => d.Bytes.Length);
        var one = Timing.PerCall([largest], passes: 20, d => DocumentImporter.ImportBytes(d.Name, d.Bytes));
        Goal.Info("user.import.largest_seed_p95_ms", one.P95, "ms");

        // The largest file the importer accepts: re-issued declaration packages up to its line limit, in one text.
        var text = new StringBuilder();
        var lines = 0;
        foreach (var (_, bytes, _) in Corpus.Generate(Workload.Seeds, 2_000, Workload.Seed))
        {
            var doc = Encoding.UTF8.GetString(bytes);
            var count = doc.AsSpan().Count('\n') + 2;
            if (lines + count > DocumentImporter.MaxLines) break;
            text.Append(doc).Append("\n\n");
            lines += count;
        }
        var file = Encoding.UTF8.GetBytes(text.ToString());
        ImportOutcome? outcome = null;
        var limit = Timing.Total(() => outcome = DocumentImporter.ImportBytes("limit.txt", file));
        Goal.Info("user.import.line_limit_file_s", limit.Wall, "s");
        Metrics.Emit("user.import.line_limit_file_cpu_s", limit.Cpu, "s",
            $"{file.Length / 1e6:F1} MB, {lines} lines, {outcome?.Document?.Package.Projects.Count ?? 0} forms found{(outcome?.Error is { } e ? ", " + e : "")}");

        // A district's forms as one bulk import job (the importer's part; the database writes come on top).
        var corpus = Corpus.Generate(Workload.Seeds, DistrictForms, Workload.Seed).Select(c => (c.Name, c.Bytes)).ToArray();
        var read = Timing.Total(() => ImportBench.Read(corpus));
        var import = Timing.Total(() => ImportBench.Import(corpus));
        Goal.Info("user.import.district_corpus_s", import.Wall, "s");
        Metrics.Emit("user.import.district_corpus_cpu_s", import.Cpu, "s", $"{corpus.Sum(c => (long)c.Bytes.Length) / 1e6:F0} MB");
        Metrics.Emit("user.import.district_corpus.ratio_to_read", import.Cpu / read.Cpu, "x");
    }

    private static void Declarations(bool lint, bool page)
    {
        var json = Workload.District.Projects.Select(p => DeclarationContentJson.Write(p.Model)).ToArray();
        if (lint)
        {
            var load = Timing.Total(() => { foreach (var j in json) DeclarationContentJson.ReadProject(j); });
            var all = Timing.Total(() => { foreach (var j in json) Lint(ToDomain(j)); });
            Goal.Info("user.lint.district_s", all.Wall, "s");
            Metrics.Emit("user.lint.district_cpu_s", all.Cpu, "s", $"{json.Length} projects, {Workload.District.IndicatorCount} indicators");
            Metrics.Emit("user.lint.district.ratio_to_json_load", all.Cpu / load.Cpu, "x");
        }
        if (page)
        {
            // Opening a project whose model is not cached yet: read the stored JSON, parse its targets, lint it.
            var open = Timing.PerCall(json[..PageSample], passes: 2, j => Lint(ToDomain(j)));
            Goal.Info("user.page.open_project_p95_ms", open.P95, "ms");
            Metrics.Emit("user.page.open_project_p50_ms", open.P50, "ms");
            Metrics.Emit("user.page.open_project_p99_ms", open.P99, "ms");
        }
    }

    private static void Scoring()
    {
        var year = new DistrictGenerator(Workload.Seeds, Workload.Seed).EvaluatedBatch(Workload.District.IndicatorCount)
            .Select((p, n) => Stored(p, n)).ToArray();
        var all = Timing.Total(() => { foreach (var (declared, evaluation) in year) Score(declared, evaluation, explain: false); });
        Goal.Info("user.score.district_year_s", all.Wall, "s");
        Metrics.Emit("user.score.district_year_cpu_s", all.Cpu, "s", $"{year.Length} self-evaluations");

        // The self-evaluation page: the same load and score, with the explanation trail it shows.
        var open = Timing.PerCall(year[..PageSample], passes: 2, s => Score(s.Declared, s.Evaluation, explain: true));
        Goal.Info("user.page.self_evaluation_p95_ms", open.P95, "ms");
        Metrics.Emit("user.page.self_evaluation_p50_ms", open.P50, "ms");
        Metrics.Emit("user.page.self_evaluation_p99_ms", open.P99, "ms");
    }

    private static void Export()
    {
        var renderers = FormRenderers.All().GroupBy(r => r.Format).ToDictionary(g => g.Key, g => g.First());
        var forms = Workload.District.Projects.Take(ExportSample).Select(p => FormLayouts.Declaration(p.Model)).ToList();
        try
        {
            foreach (var (format, name, goal) in new[] { (ExportFormat.Xlsx, "xlsx", 100), (ExportFormat.Docx, "docx", 100), (ExportFormat.Pdf, "pdf", 300) })
            {
                if (!renderers.TryGetValue(format, out var renderer))
                {
                    Metrics.Missing($"user.export.{name}_p95_ms", "ms", $"no {name} renderer in this build");
                    continue;
                }
                // The app's renderers live as long as the app: the PDF browser is started (and each renderer's first
                // call paid) before the download a user waits for is timed.
                renderer.Render(forms[0]);
                var one = Timing.PerCall(forms, passes: 1, f => renderer.Render(f));
                new Goal($"user.export.{name}_p95_ms", goal, "ms").Report(one.P95);
                Metrics.Emit($"user.export.{name}_p50_ms", one.P50, "ms");
            }
            if (renderers.TryGetValue(ExportFormat.Pdf, out var pdf)) BulkPdf(pdf);
        }
        finally
        {
            foreach (var renderer in renderers.Values.OfType<IDisposable>()) renderer.Dispose();
        }
    }

    /// <summary>
    /// 批量导出 as PDF: a department's forms rendered the way BulkExportJob renders them (a few in flight on the warm
    /// browser, taken in list order), without the zip and the database reads.
    /// </summary>
    private static void BulkPdf(IFormRenderer pdf)
    {
        var forms = Workload.District.Projects.Skip(ExportSample).Take(BulkPdfForms).Select(p => FormLayouts.Declaration(p.Model)).ToList();
        long bytes = 0;
        var run = Timing.Total(() =>
        {
            var rendering = new Queue<Task<byte[]>>();
            foreach (var form in forms)
            {
                rendering.Enqueue(Task.Run(() => pdf.Render(form)));
                while (rendering.Count >= BulkInFlight) bytes += rendering.Dequeue().GetAwaiter().GetResult().Length;
            }
            while (rendering.Count > 0) bytes += rendering.Dequeue().GetAwaiter().GetResult().Length;
        });
        new Goal("user.export.bulk_pdf_forms_per_s", 5, "forms/s", AtLeast: true).Report(forms.Count / run.Wall);
        Metrics.Emit("user.export.bulk_pdf_cpu_s", run.Cpu, "s", $"{forms.Count} forms, {bytes / 1e6:F1} MB of PDF, this process only (chromium not counted)");
    }

    private const int PageSample = 2_000;
    private const int ExportSample = 40;
    private const int BulkPdfForms = 100;
    private const int BulkInFlight = 4; // BulkExportJob.InFlight
    private const int DistrictForms = 10_000;

    // What ProjectService.ToDomain and ProjectService.Lint do (Jixiao.Web), without the database.
    private static Project ToDomain(string json) => DeclarationContentJson.ReadProject(json);

    private static int Lint(Project project) =>
        Linter.LintProject(project, new LintContext(LintProfile.Default, LintMode.Live, project.Year)).Count;

    // What RescoreYearJob does per self-evaluation; explain reads the trail as the page does.
    private static decimal Score(string declared, string evaluation, bool explain)
    {
        var project = EvaluationContentJson.Read(evaluation).Apply(ToDomain(declared), t => TargetParser.ParseActual(t));
        var score = Scorer.Score(project, RuleProfiles.ShDistrict, ScoringMode.Live);
        if (explain) _ = score.Trail.Count + score.Rows.Sum(r => r.Trail.Count);
        return score.ComputedTotal;
    }

    // A self-evaluated project as stored: the declaration's JSON and the evaluation's, joined by row keys.
    private static (string Declared, string Evaluation) Stored(Project evaluated, int index)
    {
        var keyed = evaluated with { Indicators = evaluated.Indicators.Select((i, n) => i with { Key = RowKey(index, n) }).ToList() };
        return (DeclarationContentJson.Write(keyed), EvaluationContentJson.Write(EvaluationContent.FromDomain(keyed, keyed.Indicators.Select(i => i.Key!.Value).ToList())));
    }

    private static Guid RowKey(int project, int row)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, project);
        BitConverter.TryWriteBytes(bytes[4..], row);
        return new Guid(bytes);
    }
}
