using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Jixiao.Web.Pages.Admin;

/// <summary>邮件: the SMTP settings in force, a test message, and every e-mail that waits for a retry or was given up, with why.</summary>
[AuthorizeRoles(Role.FinanceAdmin)]
public class MailModel(JixiaoDbContext db, IOptions<SmtpSettings> options, MailSender sender) : PageModel
{
    public const int ListCap = 100;

    public sealed record Problem(DateTimeOffset CreatedAt, string Recipient, string Notice, int Attempts, bool GivenUp, DateTimeOffset? NextTry, string Reason);

    public SmtpSettings Smtp => options.Value;
    public int Sent { get; private set; }
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    [BindProperty] public string? TestAddress { get; set; }

    public Task OnGetAsync(CancellationToken ct) => Load(ct);

    /// <summary>Sends one message now (not through the queue), so the administrator sees at once whether the settings work.</summary>
    public async Task OnPostTestAsync(CancellationToken ct)
    {
        var (address, error) = EmailAddressRule.Check(TestAddress);
        if (error is null && address is null) error = "请填写测试收件邮箱。";
        if (error is null && !Smtp.Enabled) error = "尚未配置邮件服务器（服务器地址与发件人），无法发送。";
        if (error is null)
        {
            var message = new MimeMessage { Subject = "【预算绩效管理】测试邮件" };
            message.From.Add(new MailboxAddress(Smtp.FromName, MailboxAddress.Parse(Smtp.From!).Address));
            message.To.Add(MailboxAddress.Parse(address!));
            message.Body = new TextPart("plain") { Text = "这是一封测试邮件：预算绩效管理系统的邮件设置可以正常发送。" };
            try
            {
                await sender.SendAsync(message, ct);
            }
            catch (MailDeliveryException e)
            {
                error = e.Message;
            }
        }
        (Message, Failed) = error is null ? ($"测试邮件已发送到 {address}。", false) : (error, true);
        await Load(ct);
    }

    private async Task Load(CancellationToken ct)
    {
        Sent = await db.Notifications.CountAsync(n => n.EmailedAt != null, ct);
        var jobs = await db.Jobs.AsNoTracking()
            .Where(j => j.Kind == NoticeEmailJob.Kind && (j.State == JobState.Failed || (j.State == JobState.Queued && j.Error != null)))
            .OrderByDescending(j => j.CreatedAt).Take(ListCap).ToListAsync(ct);
        var ids = jobs.ToDictionary(j => j.Id, j => JsonSerializer.Deserialize<NoticeEmailJob.Payload>(j.Payload ?? "{}", Api.ApiJson.Options)!.NotificationId);
        var notices = await (from n in db.Notifications.AsNoTracking()
                             join u in db.Users on n.UserId equals u.Id
                             where ids.Values.Contains(n.Id)
                             select new { n.Id, n.Text, u.DisplayName, u.Email }).ToDictionaryAsync(n => n.Id, ct);
        Problems = jobs.Where(j => notices.ContainsKey(ids[j.Id])).Select(j =>
        {
            var n = notices[ids[j.Id]];
            return new Problem(j.CreatedAt, $"{n.DisplayName}（{n.Email}）", n.Text, j.Attempts, j.State == JobState.Failed,
                j.State == JobState.Queued ? j.NextAttemptAt : null, j.Error ?? "");
        }).ToList();
    }
}
