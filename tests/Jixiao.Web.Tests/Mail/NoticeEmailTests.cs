using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Jixiao.Web.Services.Mail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Mail;

/// <summary>
/// Notices e-mailed through a real SMTP server (smtp4dev, with a login) to users who gave an address and opted in
/// (issue 15): Chinese subject and body with a link to the form, sent by the database job queue, retried when the
/// server is down, and the in-app notice never lost.
/// </summary>
public abstract partial class NoticeEmailTests<TApp>(TApp app) where TApp : AppFixture, IMailApp
{
    private const string BaseUrl = "https://jixiao.example.gov.cn";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> ProjectIdAsync(HttpClient client, string? name = null)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        return list.EnumerateArray().First(p => name is null || p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> Move(HttpClient c, Guid id, string action, string? comment = null, string? ack = null) =>
        c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, comment, acknowledgement = ack }, Ct);

    private static async Task<string> PostPageAsync(HttpClient client, string page, string? handler, Dictionary<string, string> form)
    {
        var html = await client.GetStringAsync(page, Ct);
        form["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value;
        var response = await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>The user opts in on their own page (我的邮件提醒).</summary>
    private static async Task OptInAsync(HttpClient user, string address) =>
        Assert.Contains("data-testid=\"email-saved\"", await PostPageAsync(user, "/Account/Email", null,
            new() { ["Email"] = address, ["EmailNotices"] = "true" }));

    /// <summary>The administrator gives a user an address and opts them in (用户管理 → 编辑).</summary>
    private async Task AdminOptInAsync(string userName, string address)
    {
        var admin = await app.LoginAsync("admin");
        var (id, orgId, role) = await WithDb(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.UserName == userName, Ct);
            var r = await (from ur in db.UserRoles join ro in db.Roles on ur.RoleId equals ro.Id where ur.UserId == u.Id select ro.Name).SingleAsync(Ct);
            return (u.Id, u.OrganizationId, r!);
        });
        var html = await PostPageAsync(admin, "/Admin/Users", "Edit", new()
        {
            ["id"] = id,
            ["EditDisplayName"] = await WithDb(db => db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync(Ct)),
            ["EditOrgId"] = $"{orgId}",
            ["EditRole"] = role,
            ["EditEmail"] = address,
            ["EditEmailNotices"] = "true",
        });
        Assert.Contains($"已保存 {userName} 的资料。", html);
    }

    private async Task<T> WithDb<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    private Task<Notification> NoticeAsync(string userName, string text) => WithDb(db =>
        db.Notifications.AsNoTracking().Where(n => n.Text.Contains(text) && db.Users.Any(u => u.Id == n.UserId && u.UserName == userName))
            .OrderByDescending(n => n.CreatedAt).FirstAsync(Ct));

    private async Task<DateTimeOffset?> EmailedAtAsync(string userName, string text)
    {
        for (var waited = TimeSpan.Zero; ; waited += TimeSpan.FromMilliseconds(200))
        {
            if ((await NoticeAsync(userName, text)).EmailedAt is { } at) return at;
            if (waited > TimeSpan.FromSeconds(15)) return null;
            await Task.Delay(200, Ct);
        }
    }

    [Fact]
    public async Task FormMoves_EmailOptedInUsers_InChinese_WithTheFormLink_AndNoOneElse()
    {
        await app.Smtp.StartAsync(Ct);
        var unit = await app.LoginAsync("kczx");
        await OptInAsync(unit, "kczx@example.gov.cn");
        await AdminOptInAsync("kewei", "kewei@example.gov.cn");
        var id = await ProjectIdAsync(unit, "短信平台月租费");

        Assert.Equal(HttpStatusCode.NoContent, (await Move(unit, id, "Submit", ack: "已核实。")).StatusCode);
        var toReviewer = Assert.Single(await app.Smtp.WaitForAsync("kewei@example.gov.cn", 1, Ct));
        Assert.Equal("【预算绩效管理】有表单等待您审核", toReviewer.Subject);
        Assert.Equal("jixiao@example.gov.cn", toReviewer.From);
        var body = await app.Smtp.PlainTextAsync(toReviewer.Id, Ct);
        Assert.Contains("上海市松江区科技创新服务中心提交了申报项目“短信平台月租费”，请审核。", body);
        Assert.Contains($"查看表单：{BaseUrl}/Projects/{id}", body);
        Assert.Contains($"href=\"{BaseUrl}/Projects/{id}\"", await app.Smtp.HtmlAsync(toReviewer.Id, Ct));

        var kewei = await app.LoginAsync("kewei");
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Open")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Return", comment: "请核对月租费。")).StatusCode);
        var toUnit = Assert.Single(await app.Smtp.WaitForAsync("kczx@example.gov.cn", 1, Ct));
        Assert.Equal("【预算绩效管理】表单被退回，请修改", toUnit.Subject);
        Assert.Contains("申报项目“短信平台月租费”被退回，请按审核意见修改后重新提交。", await app.Smtp.PlainTextAsync(toUnit.Id, Ct));

        // Both notices are in-app too, marked e-mailed; users without an address or opt-in got no e-mail.
        // The job marks the notice after the server took the message, so the mark may follow the message by a moment.
        Assert.NotNull(await EmailedAtAsync("kewei", "短信平台月租费"));
        Assert.NotNull(await EmailedAtAsync("kczx", "被退回"));
        Assert.All(await app.Smtp.MessagesAsync(Ct), m => Assert.True(m.To.Single() is "kczx@example.gov.cn" or "kewei@example.gov.cn" or "zfb@example.gov.cn"));
    }

    [Fact]
    public async Task MailServerDown_TheNoticeStaysInApp_TheEmailWaitsWithAChineseReason_AndIsSentWhenTheServerIsBack()
    {
        await app.Smtp.StopAsync();
        var unit = await app.LoginAsync("dsj");
        await AdminOptInAsync("zfb", "zfb@example.gov.cn");
        var id = await ProjectIdAsync(unit);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(unit, id, "Submit", ack: "已核实。")).StatusCode);

        // The move and its in-app notice are saved whatever the mail server does.
        var notice = await NoticeAsync("zfb", "请审核");
        Assert.Null(notice.EmailedAt);
        Assert.Contains("请审核", await (await app.LoginAsync("zfb")).GetStringAsync("/Notifications", Ct));

        var job = await WaitForJobAsync(notice.Id, j => j.Attempts >= 1 && j.State == JobState.Queued);
        Assert.StartsWith($"无法连接邮件服务器 127.0.0.1:{app.Smtp.SmtpPort}", job.Error);
        Assert.True(job.NextAttemptAt > DateTimeOffset.UtcNow.AddSeconds(30)); // the trigger's retry policy waits (1 minute) instead of failing
        Assert.Equal(JobState.Queued, job.State);
        var adminPage = await (await app.LoginAsync("admin")).GetStringAsync("/Admin/Mail", Ct);
        Assert.Contains("data-testid=\"mail-problems\"", adminPage);
        Assert.Contains($"无法连接邮件服务器 127.0.0.1:{app.Smtp.SmtpPort}", adminPage);

        // The server is back; the administrator retries now rather than waiting the minute (/Admin/Jobs): it is sent, once.
        await app.Smtp.StartAsync(Ct);
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<JobQueue>().RetryAsync(job.Id, Ct));
        var sent = await WaitForJobAsync(notice.Id, j => j.State == JobState.Succeeded);
        Assert.Null(sent.Error);
        Assert.Equal(2, sent.Attempts);
        Assert.Single(await app.Smtp.WaitForAsync("zfb@example.gov.cn", 1, Ct));
        Assert.NotNull((await NoticeAsync("zfb", "请审核")).EmailedAt);
    }

    [Fact]
    public async Task OwnEmailPage_BadAddressOrOptInWithoutAddress_RefusedInChinese_NothingChanged()
    {
        var user = await app.LoginAsync("finance");
        var html = await PostPageAsync(user, "/Account/Email", null, new() { ["Email"] = "张三 at example", ["EmailNotices"] = "true" });
        Assert.Contains("电子邮箱“张三 at example”格式不正确，应形如 name@example.gov.cn。", html);
        html = await PostPageAsync(user, "/Account/Email", null, new() { ["Email"] = "", ["EmailNotices"] = "true" });
        Assert.Contains("要接收邮件提醒，请先填写电子邮箱。", html);
        var saved = await WithDb(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "finance", Ct));
        Assert.Null(saved.Email);
        Assert.False(saved.EmailNotices);
    }

    private async Task<JobEntity> WaitForJobAsync(Guid noticeId, Func<JobEntity, bool> done)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            // The relay hands the e-mail (saved with its notice) to the scheduler within a second in tests.
            var job = (await db.Jobs.AsNoTracking().Where(j => j.Kind == NoticeEmailJob.Kind).ToListAsync(Ct))
                .SingleOrDefault(j => j.Payload!.Contains(noticeId.ToString()));
            if ((job is not null && done(job)) || DateTime.UtcNow > until) return job!;
            await Task.Delay(100, Ct);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

/// <summary>An app whose notices are e-mailed through its own smtp4dev.</summary>
public interface IMailApp
{
    Smtp4Dev Smtp { get; }
}

internal static class MailSettings
{
    public static void Apply(IWebHostBuilder builder, Smtp4Dev smtp)
    {
        builder.UseSetting("Jixiao:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Jixiao:Smtp:Port", $"{smtp.SmtpPort}");
        builder.UseSetting("Jixiao:Smtp:Tls", "None");
        builder.UseSetting("Jixiao:Smtp:User", Smtp4Dev.User);
        builder.UseSetting("Jixiao:Smtp:Password", Smtp4Dev.Password);
        builder.UseSetting("Jixiao:Smtp:From", "jixiao@example.gov.cn");
        builder.UseSetting("Jixiao:Smtp:BaseUrl", "https://jixiao.example.gov.cn");
        builder.UseSetting("Jixiao:Smtp:TimeoutSeconds", "5");
    }
}

public sealed class SqliteMailApp : SqliteApp, IMailApp
{
    protected override bool StartsFromSeededCopy => false; // its settings change what the seed writes

    public Smtp4Dev Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MailSettings.Apply(builder, Smtp);
    }

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class PostgresMailApp : PostgresApp, IMailApp
{
    protected override bool StartsFromSeededCopy => false; // its settings change what the seed writes

    public Smtp4Dev Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MailSettings.Apply(builder, Smtp);
    }

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class SqliteNoticeEmailTests(SqliteMailApp app) : NoticeEmailTests<SqliteMailApp>(app), IClassFixture<SqliteMailApp>;

public sealed class PostgresNoticeEmailTests(PostgresMailApp app) : NoticeEmailTests<PostgresMailApp>(app), IClassFixture<PostgresMailApp>;
