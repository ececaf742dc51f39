using Jixiao.Data.Entities;
using MimeKit;

namespace Jixiao.Web.Services.Mail;

/// <summary>The e-mail of one notice: a Chinese subject and body naming the form, with a link to it.</summary>
public static class NoticeMail
{
    public static string Subject(Notification notice) => notice.Kind switch
    {
        NotificationKind.Returned => "【预算绩效管理】表单被退回，请修改",
        NotificationKind.Approved => "【预算绩效管理】表单已通过",
        NotificationKind.Submitted => "【预算绩效管理】有表单等待您审核",
        NotificationKind.Published => "【预算绩效管理】预算公开已发布",
        NotificationKind.DeadlineNear => "【预算绩效管理】填报截止日期临近",
        NotificationKind.RectificationOverdue => "【预算绩效管理】整改事项已逾期，请尽快整改",
        _ => "【预算绩效管理】通知",
    };

    /// <summary>The absolute link to the notice's form, or null when the notice has none or no base address is set.</summary>
    public static string? Url(Notification notice, string? baseUrl) =>
        notice.Link is { } link && !string.IsNullOrWhiteSpace(baseUrl) ? baseUrl.TrimEnd('/') + link : null;

    public static MimeMessage Compose(Notification notice, AppUser to, SmtpSettings smtp)
    {
        var url = Url(notice, smtp.BaseUrl);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, MailboxAddress.Parse(smtp.From!).Address));
        message.To.Add(new MailboxAddress(to.DisplayName, to.Email!));
        message.Subject = Subject(notice);
        var greeting = $"{to.DisplayName}，您好：";
        var footer = "此邮件由预算绩效管理系统自动发送，请勿直接回复。如不需要邮件提醒，可登录系统在“我的账户”中关闭。";
        var text = $"{greeting}\n\n{notice.Text}\n\n" + (url is null ? "请登录系统查看。" : $"查看表单：{url}") + $"\n\n{footer}\n";
        var html = $"<p>{Html(greeting)}</p><p>{Html(notice.Text)}</p>"
            + (url is null ? "<p>请登录系统查看。</p>" : $"<p><a href=\"{Html(url)}\">查看表单</a>（{Html(url)}）</p>")
            + $"<p style=\"color:#555\">{Html(footer)}</p>";
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);
}
