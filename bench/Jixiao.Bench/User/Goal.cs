using System.Globalization;

namespace Jixiao.Bench.User;

/// <summary>
/// A user-facing figure and its goal (bench/README.md says where each goal comes from): the figure is printed as a
/// METRIC line, then `<name>.ratio_to_goal` (≤ 1 meets it) with `# goal … met|MISSED`.
/// </summary>
public sealed record Goal(string Name, double Limit, string Unit)
{
    public void Report(double value)
    {
        Metrics.Emit(Name, value, Unit);
        var ratio = value / Limit;
        var verdict = ratio <= 1 ? "met" : "MISSED";
        Metrics.Emit($"{Name}.ratio_to_goal", ratio, "x",
            $"goal <= {Limit.ToString(CultureInfo.InvariantCulture)} {Unit}: {verdict}");
    }
}
