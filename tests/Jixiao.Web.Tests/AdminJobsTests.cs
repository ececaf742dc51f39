using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>后台任务 (/Admin/Jobs): the administrator sees queued, running and failed jobs with the reason, retries a failed one, and each schedule's next run.</summary>
public sealed partial class AdminJobsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JobsPage_ShowsSchedulesNextRun_FailedJobWithReason_RetryRunsItAgain()
    {
        var admin = await app.LoginAsync("admin");
        Assert.Contains("href=\"/Admin/Jobs\"", await admin.GetStringAsync("/", Ct)); // in the 系统管理 menu

        var id = Guid.NewGuid();
        await WithDb(db =>
        {
            db.Jobs.Add(new JobEntity { Id = id, Kind = "test-unknown", State = JobState.Queued, CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync(Ct);
        });
        await WaitAsync(id, j => j.State == JobState.Failed); // handed over by the relay, failed on its first attempt

        var page = await admin.GetStringAsync("/Admin/Jobs?State=Failed", Ct);
        var schedules = Regex.Match(page, "data-testid=\"job-schedules\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("截止日期提醒", schedules);
        Assert.Contains("2099-01-01 08:00", schedules); // the tests' cron, shown in China time
        var list = Regex.Match(page, "data-testid=\"job-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("其他任务", list);
        Assert.Contains("失败", list);
        Assert.Contains("未知的任务类型“test-unknown”。", list);
        Assert.Contains("1 次", list);
        Assert.Matches("data-testid=\"job-count-Failed\">失败（[1-9]", page);

        var response = await admin.PostAsync($"/Admin/Jobs?handler=Retry&id={id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已重新安排该任务", await response.Content.ReadAsStringAsync(Ct));
        var again = await WaitAsync(id, j => j.Attempts == 2 && j.State == JobState.Failed);
        Assert.Equal(2, again.Attempts);

        // A finished job cannot be retried: refused in Chinese, nothing changes.
        var done = Guid.NewGuid();
        await WithDb(db =>
        {
            db.Jobs.Add(new JobEntity { Id = done, Kind = "test-unknown", State = JobState.Succeeded, CreatedAt = DateTimeOffset.UtcNow, ScheduledAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync(Ct);
        });
        response = await admin.PostAsync($"/Admin/Jobs?handler=Retry&id={done}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        }), Ct);
        Assert.Contains("该任务已完成或正在运行，不能重试。", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(JobState.Succeeded, (await WaitAsync(done, _ => true)).State);
    }

    [Theory]
    [InlineData("finance")]
    [InlineData("kewei")]
    [InlineData("kczx")]
    public async Task JobsPage_NonAdmin_IsDenied(string user)
    {
        var response = await (await app.LoginAsync(user)).GetAsync("/Admin/Jobs", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
    }

    private async Task<T> WithDb<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    private async Task<JobEntity> WaitAsync(Guid id, Func<JobEntity, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = await WithDb(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct));
            if (done(job) || DateTime.UtcNow > until) return job;
            await Task.Delay(100, Ct);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
