using Jixiao.Documents.Tests.Fuzzing;
using Jixiao.Domain.Tests.Fuzzing;

// bench/fuzz: the test suite's fuzzers at full size. Prints METRIC lines; exits 1 on any failure.
// Usage: Jixiao.Fuzz [strings] [files] [seed]
var strings = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : GrammarFuzzer.CountFromEnvironment(1_000_000);
var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : ImporterFuzzer.CountFromEnvironment(20_000);
var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
var failed = false;

var grammar = new GrammarFuzzer(GrammarSeeds.Load(AppContext.BaseDirectory), seed).Run(strings, maxFailures: 50);
foreach (var failure in grammar.Failures) Console.Error.WriteLine(failure);
failed |= grammar.Failures.Count > 0;
Console.WriteLine($"METRIC fuzz.grammar.strings {grammar.Strings} count");
Console.WriteLine($"METRIC fuzz.grammar.parses {grammar.Strings * 4} count");
Console.WriteLine($"METRIC fuzz.grammar.characters {grammar.Characters} count");
Console.WriteLine($"METRIC fuzz.grammar.failures {grammar.Failures.Count} count");
Console.WriteLine($"METRIC fuzz.grammar.seconds {grammar.Elapsed.TotalSeconds:F1} s");

var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")).Order(StringComparer.Ordinal)
    .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
var clock = System.Diagnostics.Stopwatch.StartNew();
var results = new ImporterFuzzer(seeds, seed).Files(files).Select(ImporterFuzzer.Import)
    .Concat(ImporterFuzzer.Hostile.Select(h => ImporterFuzzer.Import(ImporterFuzzer.HostileFile(h.Name, seeds))));
long count = 0, imported = 0, unclear = 0, maxAllocated = 0;
var maxTime = TimeSpan.Zero;
foreach (var result in results)
{
    count++;
    if (result.Imported) imported++;
    if (!result.IsClear)
    {
        unclear++;
        Console.Error.WriteLine(result);
    }

    maxTime = result.Elapsed > maxTime ? result.Elapsed : maxTime;
    maxAllocated = Math.Max(maxAllocated, result.AllocatedBytes);
}

failed |= unclear > 0;
Console.WriteLine($"METRIC fuzz.importer.files {count} count");
Console.WriteLine($"METRIC fuzz.importer.imported {imported} count");
Console.WriteLine($"METRIC fuzz.importer.refused {count - imported - unclear} count");
Console.WriteLine($"METRIC fuzz.importer.failures {unclear} count");
Console.WriteLine($"METRIC fuzz.importer.max_file_ms {maxTime.TotalMilliseconds:F0} ms");
Console.WriteLine($"METRIC fuzz.importer.max_file_allocated_mb {maxAllocated / 1024 / 1024} MB");
Console.WriteLine($"METRIC fuzz.importer.seconds {clock.Elapsed.TotalSeconds:F1} s");
return failed ? 1 : 0;
