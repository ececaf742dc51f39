using System.Globalization;

namespace Jixiao.Bench.User;

/// <summary>
/// A user-facing figure and its goal (bench/README.md says where each goal comes from): the figure is printed as a
/// METRIC line, then `<name>.ratio_to_goal` (≤ 1 meets it) with `# goal … met|MISSED`. A rate (forms per second) is a
/// goal to reach, <paramref name="AtLeast"/>: its ratio is goal ÷ figure, so ≤ 1 still meets it. A goal of zero (no
/// errors) has no ratio: the figure's own line carries the verdict. bench/run's summary lists every verdict.
/// </summary>
public sealed record Goal(string Name, double Limit, string Unit, bool AtLeast = false)
{
    public void Report(double value, string? note = null)
    {
        var met = AtLeast ? value >= Limit : value <= Limit;
        var verdict = $"goal {(AtLeast ? ">=" : "<=")} {Limit.ToString(CultureInfo.InvariantCulture)} {Unit}: {(met ? "met" : "MISSED")}{(note is null ? "" : "; " + note)}";
        if (Limit == 0)
        {
            Metrics.Emit(Name, value, Unit, verdict);
            return;
        }
        Metrics.Emit(Name, value, Unit, note);
        Metrics.Emit($"{Name}.ratio_to_goal", AtLeast ? Limit / value : value / Limit, "x", verdict);
    }

    /// <summary>
    /// A figure reported for information only (issue 16: the in-process micro figures set no goal); the comment says
    /// what it is, so the summary never counts it as a verdict.
    /// </summary>
    public static void Info(string name, double value, string unit) => Metrics.Emit(name, value, unit, "information (in-process, no goal)");
}
