using System.Globalization;
using BenchmarkDotNet.Attributes;
using Jixiao.Domain.Targets;

namespace Jixiao.Bench.Micro;

/// <summary>
/// Target grammar: parse + canonical format (Parse builds <see cref="TargetValue.Canonical"/> with the formatter) of
/// every target and actual text of the seeds and of a generated district sample, against the baseline of a bare
/// <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/> of the number in the same strings.
/// </summary>
public class GrammarBench
{
    public const int Count = 20_000;
    private string[] texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var seedTexts = Workload.Seeds.ValueTexts().ToList();
        var generated = Workload.District.Projects.SelectMany(p => p.Model.Indicators).Select(i => i.Target.OriginalText);
        texts = seedTexts.Concat(generated).Take(Count).ToArray();
        if (texts.Length != Count) throw new InvalidOperationException("not enough texts");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int DecimalTryParse()
    {
        var found = 0;
        foreach (var text in texts)
        {
            var span = text.AsSpan();
            var start = span.IndexOfAnyInRange('0', '9');
            if (start < 0) continue;
            var end = start;
            while (end < span.Length && (char.IsAsciiDigit(span[end]) || span[end] == '.')) end++;
            if (decimal.TryParse(span[start..end], NumberStyles.Number, CultureInfo.InvariantCulture, out _)) found++;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseAndFormat()
    {
        var length = 0;
        foreach (var text in texts) length += TargetParser.Parse(text).Canonical.Length;
        return length;
    }
}
