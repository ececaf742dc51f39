using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Jixiao.Web.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>The deadline calendar the administrator edits, and the reminders the job queue writes from it (issue 15).</summary>
public abstract class DeadlineCalendarTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Token(string page) =>
        Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    private static async Task<string> PostAsync(HttpClient admin, Dictionary<string, string> form, string handler = "")
    {
        form["__RequestVerificationToken"] = Token(await admin.GetStringAsync("/Admin/Deadlines", Ct));
        var response = await admin.PostAsync("/Admin/Deadlines" + handler, new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Theory]
    [InlineData("finance")]
    [InlineData("kewei")]
    [InlineData("kczx")]
    public async Task CalendarPage_NonAdmin_IsDenied(string user)
    {
        var response = await (await app.LoginAsync(user)).GetAsync("/Admin/Deadlines", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AdminAddsAndMovesADeadline_TheWorkbenchShowsIt_BadInputIsRefusedWithReason()
    {
        var admin = await app.LoginAsync("admin");
        var due = Today.AddDays(30);
        var html = await PostAsync(admin, new() { ["Year"] = "2031", ["Stage"] = "SelfEvaluation", ["Month"] = "0", ["Due"] = $"{due:yyyy-MM-dd}" });
        Assert.Contains("已保存“2031年度绩效自评”的截止日期。", html);
        Assert.Contains($"2031年度绩效自评：{due:yyyy-MM-dd}（还有 30 天）", await (await app.LoginAsync("kczx")).GetStringAsync("/", Ct));

        // The same year and stage twice: refused, naming it.
        html = await PostAsync(admin, new() { ["Year"] = "2031", ["Stage"] = "SelfEvaluation", ["Month"] = "0", ["Due"] = $"{due:yyyy-MM-dd}" });
        Assert.Contains("“2031年度绩效自评”已有截止日期，请直接修改该行。", html);
        // 运行监控 needs its month; a date that is not one is named.
        Assert.Contains("运行监控须选择截至月份", await PostAsync(admin, new() { ["Year"] = "2031", ["Stage"] = "Monitoring", ["Month"] = "0", ["Due"] = $"{due:yyyy-MM-dd}" }));
        Assert.Contains("截止日期格式不正确", await PostAsync(admin, new() { ["Year"] = "2031", ["Stage"] = "Disclosure", ["Month"] = "0", ["Due"] = "明年三月" }));

        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            id = (await db.DeadlineCalendar.SingleAsync(d => d.Year == 2031, Ct)).Id;
            Assert.Equal(1, await db.DeadlineCalendar.CountAsync(d => d.Year == 2031, Ct)); // the refusals wrote nothing
        }
        var moved = Today.AddDays(3);
        html = await PostAsync(admin, new() { ["Id"] = $"{id}", ["Year"] = "2031", ["Stage"] = "SelfEvaluation", ["Month"] = "0", ["Due"] = $"{moved:yyyy-MM-dd}" });
        Assert.Contains("已保存", html);
        Assert.Contains($"2031年度绩效自评：{moved:yyyy-MM-dd}（还有 3 天）", await (await app.LoginAsync("finance")).GetStringAsync("/", Ct));

        html = await PostAsync(admin, new() { ["id"] = $"{id}" }, "?handler=Delete");
        Assert.Contains("已删除该截止日期。", html);
        Assert.DoesNotContain("2031年度绩效自评", await (await app.LoginAsync("kczx")).GetStringAsync("/", Ct));
    }

    [Fact]
    public async Task ReminderSchedule_StoredOnceInTheCluster_FiredRun_TellsEachPreparerOncePerDeadline_WithinTheWindow()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var scheduler = await scope.ServiceProvider.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler(Ct);
        int Near(string userName) => db.Notifications.AsNoTracking()
            .Count(n => n.Kind == NotificationKind.DeadlineNear && db.Users.Any(u => u.Id == n.UserId && u.UserName == userName));

        // One schedule in the shared store, on the configured cron (the tests' far-away 08:00 China time).
        var trigger = Assert.Single((await scheduler.QueryTriggers(new Quartz.TriggerQuery { Job = DeadlineReminderSchedule.Key }, Ct)).Items);
        Assert.Equal(new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero), trigger.NextFireTimeUtc);

        // Fired now (as the cron would): one node runs it; wait for its notices.
        await scheduler.TriggerJob(DeadlineReminderSchedule.Key, new Quartz.JobDataMap(), Ct);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Near("kczx") == 0 && DateTime.UtcNow < deadline) await Task.Delay(100, Ct);

        // The demo's monitoring deadline is 5 days away (within 7); the declaration (21 days) is not yet told.
        foreach (var preparer in new[] { "kczx", "dsj" }) Assert.Equal(1, Near(preparer));
        foreach (var reviewer in new[] { "kewei", "finance", "admin" }) Assert.Equal(0, Near(reviewer));
        var notice = await db.Notifications.AsNoTracking().FirstAsync(n => n.Kind == NotificationKind.DeadlineNear, Ct);
        Assert.Contains("运行监控", notice.Text);
        Assert.Contains("（还有 5 天）", notice.Text);
        Assert.Equal("/Monitoring", notice.Link);

        // Run again (another day's run, another node): nothing told twice.
        await scope.ServiceProvider.GetRequiredService<DeadlineReminderJob>().RunAsync(Ct);
        Assert.Equal(1, Near("kczx"));
        Assert.Contains("运行监控", await (await app.LoginAsync("kczx")).GetStringAsync("/Notifications", Ct));
    }
}

public sealed class SqliteDeadlineCalendarTests(SqliteApp app) : DeadlineCalendarTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDeadlineCalendarTests(PostgresApp app) : DeadlineCalendarTests<PostgresApp>(app), IClassFixture<PostgresApp>;
