using System.Net;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>整改逾期提醒 (ADR-062): each 填报人 of the owner unit is told once per overdue item; answered or closed items are not told.</summary>
public abstract partial class RectificationTests<TApp>
{
    private async Task PastDueAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var item = await db.RectificationItems.SingleAsync(i => i.Id == id, Ct);
        item.DueDate = Today.AddDays(-3);
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task OverdueJob_RunTwice_TellsEachPreparerOfTheUnitOncePerItem_NotTheAnsweredOrClosed()
    {
        var overdue = await OverdueItemAsync(Kczx);
        var kewei = await app.LoginAsync("kewei");
        var kczx = await app.LoginAsync("kczx");
        var answered = await RaiseAsync(kewei, await UnitIdAsync(Kczx), Today);
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(kczx, answered, "Answer", "已整改",
            (await ItemAsync(kczx, answered)).GetProperty("concurrencyStamp").GetGuid())).StatusCode);
        var closed = await RaiseAsync(kewei, await UnitIdAsync(Kczx), Today);
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(kczx, closed, "Answer", "已整改",
            (await ItemAsync(kczx, closed)).GetProperty("concurrencyStamp").GetGuid())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await MoveAsync(kewei, closed, "Close", null,
            (await ItemAsync(kewei, closed)).GetProperty("concurrencyStamp").GetGuid())).StatusCode);
        await PastDueAsync(answered);
        await PastDueAsync(closed);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var unitId = await UnitIdAsync(Kczx);
        var preparerRole = Role.UnitPreparer.ToString();
        var preparers = await db.Users.Where(u => u.OrganizationId == unitId
                && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == preparerRole)))
            .Select(u => u.Id).OrderBy(u => u).ToListAsync(Ct);
        Assert.NotEmpty(preparers);
        List<string> Told(Guid item) => [.. db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.RectificationOverdue && n.Link == $"/Rectifications/{item}").Select(n => n.UserId).OrderBy(u => u)];

        // Fired on Quartz, as the cron would fire it; one node runs it.
        var scheduler = await scope.ServiceProvider.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler(Ct);
        Assert.Single((await scheduler.QueryTriggers(new Quartz.TriggerQuery { Job = RectificationOverdueSchedule.Key }, Ct)).Items);
        await scheduler.TriggerJob(RectificationOverdueSchedule.Key, new Quartz.JobDataMap(), Ct);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Told(overdue).Count < preparers.Count && DateTime.UtcNow < deadline) await Task.Delay(100, Ct);
        Assert.Equal(preparers, Told(overdue));

        // Run again (the next day's firing, another node): nobody is told twice.
        await scope.ServiceProvider.GetRequiredService<RectificationOverdueJob>().RunAsync(Ct);
        Assert.Equal(preparers, Told(overdue));
        Assert.Empty(Told(answered));
        Assert.Empty(Told(closed));
        var notice = await db.Notifications.AsNoTracking().FirstAsync(n => n.Link == $"/Rectifications/{overdue}", Ct);
        Assert.Contains("已逾期", notice.Text, StringComparison.Ordinal);
    }
}
