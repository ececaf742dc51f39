using System.Diagnostics;
using System.Text;

namespace Jixiao.Web.Services;

/// <summary>
/// Process CPU and wall time per section of a request, for a debug log line (ADR-067: the 分析 page's sections are
/// profiled on the district this way). Process CPU counts every thread, so a figure is the section's own only on a
/// server that answers one request at a time.
/// </summary>
public sealed class SectionClock
{
    private readonly StringBuilder laps = new();
    private long wall = Stopwatch.GetTimestamp();
    private TimeSpan cpu = Environment.CpuUsage.TotalTime;

    public void Lap(string section)
    {
        var (nowCpu, nowWall) = (Environment.CpuUsage.TotalTime, Stopwatch.GetTimestamp());
        laps.Append(laps.Length == 0 ? "" : ", ").Append(section).Append(' ')
            .Append(Math.Round((nowCpu - cpu).TotalMilliseconds)).Append(" ms CPU / ")
            .Append(Math.Round(Stopwatch.GetElapsedTime(wall, nowWall).TotalMilliseconds)).Append(" ms");
        (cpu, wall) = (nowCpu, nowWall);
    }

    public override string ToString() => laps.ToString();
}
