using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>A deadline of the budget calendar (申报, 监控, 自评, 公开) as the administrator set it.</summary>
public sealed record Deadline(int Id, int Year, DeadlineStage Stage, int Month, DateOnly Due)
{
    public string Name => DeadlineNames.Of(Year, Stage, Month);
    public int DaysLeft(DateOnly today) => Due.DayNumber - today.DayNumber;
}

public static class DeadlineNames
{
    public static string Stage(DeadlineStage stage) => stage switch
    {
        DeadlineStage.Declaration => "项目绩效目标申报",
        DeadlineStage.Monitoring => "运行监控",
        DeadlineStage.SelfEvaluation => "绩效自评",
        DeadlineStage.Disclosure => "单位预算公开",
        _ => "截止日期",
    };

    public static string Of(int year, DeadlineStage stage, int month) =>
        stage == DeadlineStage.Monitoring ? $"{year}年度运行监控（1–{month}月）" : $"{year}年度{Stage(stage)}";

    /// <summary>Where the forms of a stage are listed (the link of a reminder).</summary>
    public static string Link(DeadlineStage stage) => stage switch
    {
        DeadlineStage.Monitoring => "/Monitoring",
        DeadlineStage.SelfEvaluation => "/SelfEvaluations",
        DeadlineStage.Disclosure => "/Disclosure",
        _ => "/Projects",
    };
}

/// <summary>
/// The deadline calendar, stored in the database and edited by the administrator (no code or configuration change
/// per year). Days are counted in Asia/Shanghai.
/// </summary>
public sealed class DeadlineCalendar(JixiaoDbContext db, TimeProvider clock, AuditLog audit)
{
    /// <summary>How far back the 工作台 still shows a passed deadline.</summary>
    public const int ShownAfterDays = 14;

    public DateOnly Today => DisplayTime.Today(clock);

    public async Task<IReadOnlyList<Deadline>> AllAsync(CancellationToken ct) =>
        (await db.DeadlineCalendar.AsNoTracking().ToListAsync(ct)).Select(Of)
            .OrderByDescending(d => d.Year).ThenBy(d => d.Due).ThenBy(d => d.Stage).ToList();

    /// <summary>The 工作台's list: what is still to come and what passed in the last <see cref="ShownAfterDays"/> days.</summary>
    public async Task<IReadOnlyList<Deadline>> CurrentAsync(CancellationToken ct)
    {
        var from = Today.AddDays(-ShownAfterDays);
        return (await db.DeadlineCalendar.AsNoTracking().Where(d => d.Due >= from).ToListAsync(ct)).Select(Of).OrderBy(d => d.Due).ToList();
    }

    /// <summary>Deadlines from today to <paramref name="days"/> days ahead (the reminders' window).</summary>
    public async Task<IReadOnlyList<Deadline>> DueWithinAsync(int days, CancellationToken ct)
    {
        var (from, to) = (Today, Today.AddDays(days));
        return (await db.DeadlineCalendar.AsNoTracking().Where(d => d.Due >= from && d.Due <= to).ToListAsync(ct)).Select(Of).ToList();
    }

    /// <summary>Adds (no id) or changes a deadline; the Chinese reason when refused, null when saved.</summary>
    public async Task<string?> SaveAsync(int? id, int year, DeadlineStage stage, int month, DateOnly? due, CancellationToken ct)
    {
        if (year is < 2000 or > 2100) return "年度应在 2000 至 2100 之间。";
        if (!Enum.IsDefined(stage)) return "请选择阶段。";
        if (stage == DeadlineStage.Monitoring && month is < 1 or > 12) return "运行监控须选择截至月份（1–12 月）。";
        if (stage != DeadlineStage.Monitoring) month = 0;
        if (due is not { } date) return "请填写截止日期。";
        var name = DeadlineNames.Of(year, stage, month);
        if (await db.DeadlineCalendar.AnyAsync(d => d.Year == year && d.Stage == stage && d.Month == month && d.Id != (id ?? 0), ct))
            return $"“{name}”已有截止日期，请直接修改该行。";
        DeadlineEntry entry;
        string? old = null;
        if (id is { } existing)
        {
            if (await db.DeadlineCalendar.FindAsync([existing], ct) is not { } found) return "该截止日期已被删除，请刷新页面。";
            entry = found;
            old = $"{DeadlineNames.Of(found.Year, found.Stage, found.Month)} {found.Due:yyyy-MM-dd}";
        }
        else
        {
            entry = new DeadlineEntry();
            db.DeadlineCalendar.Add(entry);
        }
        (entry.Year, entry.Stage, entry.Month, entry.Due) = (year, stage, month, date);
        audit.Record(id is null ? "Create" : "Update", "Deadline", (id ?? 0).ToString(), diff: [new FieldChange("截止日期", old, $"{name} {date:yyyy-MM-dd}")]);
        return await db.TrySaveAsync(ct) ? null : $"“{name}”已有截止日期，请直接修改该行。";
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        if (await db.DeadlineCalendar.FindAsync([id], ct) is not { } found) return false;
        db.DeadlineCalendar.Remove(found);
        audit.Record("Delete", "Deadline", id.ToString(), diff: [new FieldChange("截止日期", $"{DeadlineNames.Of(found.Year, found.Stage, found.Month)} {found.Due:yyyy-MM-dd}", null)]);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The demo district's calendar, placed around <paramref name="today"/> so the demo reads sensibly on any day:
    /// next year's declaration in three weeks, this year's monitoring in five days (a reminder shows at once), last
    /// year's self-evaluation and this year's disclosure later, and last year's disclosure just passed.
    /// </summary>
    public static IReadOnlyList<DeadlineEntry> Demo(DateOnly today)
    {
        var lastMonth = today.AddMonths(-1);
        return
        [
            new() { Year = today.Year + 1, Stage = DeadlineStage.Declaration, Due = today.AddDays(21) },
            new() { Year = lastMonth.Year, Stage = DeadlineStage.Monitoring, Month = lastMonth.Month, Due = today.AddDays(5) },
            new() { Year = today.Year - 1, Stage = DeadlineStage.SelfEvaluation, Due = today.AddDays(45) },
            new() { Year = today.Year - 1, Stage = DeadlineStage.Disclosure, Due = today.AddDays(-10) },
            new() { Year = today.Year, Stage = DeadlineStage.Disclosure, Due = today.AddDays(60) },
        ];
    }

    private static Deadline Of(DeadlineEntry e) => new(e.Id, e.Year, e.Stage, e.Month, e.Due);
}
