using System.Globalization;

namespace Jixiao.Bench.User;

/// <summary>
/// A user-facing figure and its goal (bench/README.md says where each goal comes from): the figure is printed as a
/// METRIC line, then `<name>.ratio_to_goal` (≤ 1 meets it) with `# goal … met|MISSED`. A rate (forms per second) is a
/// goal to reach, <paramref name="AtLeast"/>: its ratio is goal ÷ figure, so ≤ 1 still meets it.
/// </summary>
public sealed record Goal(string Name, double Limit, string Unit, bool AtLeast = false)
{
    public void Report(double value)
    {
        Metrics.Emit(Name, value, Unit);
        var ratio = AtLeast ? Limit / value : value / Limit;
        var verdict = ratio <= 1 ? "met" : "MISSED";
        Metrics.Emit($"{Name}.ratio_to_goal", ratio, "x",
            $"goal {(AtLeast ? ">=" : "<=")} {Limit.ToString(CultureInfo.InvariantCulture)} {Unit}: {verdict}");
    }
}
