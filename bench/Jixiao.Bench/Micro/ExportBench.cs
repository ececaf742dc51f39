using System.Diagnostics;
using System.Text;
using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;

namespace Jixiao.Bench.Micro;

/// <summary>
/// Export of one form to xlsx/docx/pdf and of 1,000 forms to xlsx, with the renderers the app registers (found by
/// type, so a format without a renderer is reported missing, not faked). Baseline: the same layouts as tab-separated text lines
/// (GridLines, the text shape readers reproduce).
/// Stopwatch medians: one PDF can take a second, too long for BenchmarkDotNet's budget here.
/// </summary>
public static class ExportBench
{
    public static void Run()
    {
        var renderers = typeof(IFormRenderer).Assembly.GetTypes()
            .Concat(AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name?.StartsWith("Jixiao", StringComparison.Ordinal) == true).SelectMany(SafeTypes))
            .Distinct()
            .Where(t => typeof(IFormRenderer).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IFormRenderer)Activator.CreateInstance(t)!)
            .GroupBy(r => r.Format).ToDictionary(g => g.Key, g => g.First());

        var forms = Workload.District.Projects.Take(1000).Select(p => FormLayouts.Declaration(p.Model)).ToList();
        var baseline = Median(5, () => Csv(forms[0]));
        Metrics.Emit("export.baseline_csv_one_form_ms", baseline, "ms");
        foreach (var (format, goal) in new[] { (ExportFormat.Xlsx, "xlsx"), (ExportFormat.Docx, "docx"), (ExportFormat.Pdf, "pdf") })
        {
            if (!renderers.TryGetValue(format, out var renderer))
            {
                Metrics.Missing($"export.{goal}.one_form_ms", "ms", $"no {goal} renderer in this build");
                continue;
            }
            renderer.Render(forms[0]); // warm
            var ms = Median(format == ExportFormat.Pdf ? 3 : 7, () => renderer.Render(forms[0]));
            Metrics.Emit($"export.{goal}.one_form_ms", ms, "ms");
            Metrics.Emit($"export.{goal}.ratio_to_csv", ms / baseline, "x");
        }

        if (renderers.TryGetValue(ExportFormat.Xlsx, out var xlsx))
        {
            var clock = Stopwatch.StartNew();
            long bytes = 0;
            foreach (var form in forms) bytes += xlsx.Render(form).Length;
            Metrics.Emit("export.xlsx.1000_forms_s", clock.Elapsed.TotalSeconds, "s");
            Metrics.Emit("export.xlsx.1000_forms_mb", bytes / 1e6, "MB");
            clock.Restart();
            foreach (var form in forms) Csv(form);
            Metrics.Emit("export.baseline_csv.1000_forms_s", clock.Elapsed.TotalSeconds, "s");
        }
        else Metrics.Missing("export.xlsx.1000_forms_s", "s", "no xlsx renderer in this build");
    }

    private static IEnumerable<Type> SafeTypes(System.Reflection.Assembly a)
    {
        try { return a.GetTypes(); }
        catch (System.Reflection.ReflectionTypeLoadException e) { return e.Types.OfType<Type>(); }
    }

    private static double Median(int runs, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static int Csv(FormDocument form) => GridLines.FromDocument(form).Sum(l => Encoding.UTF8.GetByteCount(l.Text));
}
