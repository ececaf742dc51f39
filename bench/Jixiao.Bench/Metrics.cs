using System.Globalization;

namespace Jixiao.Bench;

/// <summary>
/// `METRIC name value unit` lines: printed as they are measured and appended to $BENCH_METRICS, which bench/run
/// prints last. A metric that could not be measured is printed as `missing` with the reason, never invented.
/// </summary>
public static class Metrics
{
    public static void Emit(string name, double value, string unit, string? comment = null)
    {
        var digits = Math.Abs(value) >= 100 ? 0 : Math.Abs(value) >= 1 ? 2 : 4;
        Write($"METRIC {name} {Math.Round(value, digits).ToString(CultureInfo.InvariantCulture)} {unit}{(comment is null ? "" : " # " + comment)}");
    }

    public static void Missing(string name, string unit, string reason) => Write($"METRIC {name} missing {unit} # {reason}");

    private static void Write(string line)
    {
        Console.WriteLine(line);
        if (Environment.GetEnvironmentVariable("BENCH_METRICS") is { Length: > 0 } file)
            File.AppendAllLines(file, [line]);
    }
}
