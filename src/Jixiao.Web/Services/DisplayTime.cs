using System.Globalization;

namespace Jixiao.Web.Services;

/// <summary>
/// Every time a user sees is Asia/Shanghai (UTC+8), whatever the server's time zone: the stores keep UTC, and every page,
/// export and message turns a stamp into text here and nowhere else (a convention test keeps it so).
/// </summary>
public static class DisplayTime
{
    /// <summary>Asia/Shanghai; a fixed +08:00 where the host has no time-zone data (China has kept +8 without DST since 1991).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary><paramref name="at"/> as the clock in Shanghai reads it.</summary>
    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>Today in Shanghai (deadlines, default years).</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);
    }

    /// <summary>The Shanghai date of <paramref name="at"/> (audit filters by day).</summary>
    public static DateOnly Date(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    /// <summary>`2024-03-01` (blank when null).</summary>
    public static string Day(DateTimeOffset? at) => Format(at, "yyyy-MM-dd");

    /// <summary>`2024-03-01 09:30` (blank when null).</summary>
    public static string Minute(DateTimeOffset? at) => Format(at, "yyyy-MM-dd HH:mm");

    /// <summary>`2024-03-01 09:30:05` (blank when null).</summary>
    public static string Second(DateTimeOffset? at) => Format(at, "yyyy-MM-dd HH:mm:ss");

    /// <summary>`03-01 09:30`, within the year (comments).</summary>
    public static string ShortMinute(DateTimeOffset? at) => Format(at, "MM-dd HH:mm");

    /// <summary>`03-01 09:30:05`, within the year (conflict messages).</summary>
    public static string ShortSecond(DateTimeOffset? at) => Format(at, "MM-dd HH:mm:ss");

    private static string Format(DateTimeOffset? at, string pattern) =>
        at is { } t ? Local(t).ToString(pattern, CultureInfo.InvariantCulture) : "";

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");
        }
    }
}
