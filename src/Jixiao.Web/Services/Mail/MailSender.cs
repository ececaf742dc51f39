using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Jixiao.Web.Services.Mail;

/// <summary>A delivery the server did not take, with the reason in Chinese (stored on the job, shown to the administrator).</summary>
public sealed class MailDeliveryException(string message, Exception inner) : Exception(message, inner);

/// <summary>Sends one message through the configured SMTP server (MailKit): connect, authenticate when a user is set, send, quit.</summary>
public sealed class MailSender(IOptions<SmtpSettings> options)
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var smtp = options.Value;
        if (!smtp.Enabled) throw new InvalidOperationException("未配置邮件服务器（服务器地址与发件人）。");
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, ct);
            if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new MailDeliveryException(Reason(e, smtp), e);
        }
    }

    // What an administrator can act on, in Chinese; the server's own words kept after it.
    private static string Reason(Exception e, SmtpSettings smtp) => e switch
    {
        SocketException or OperationCanceledException or TimeoutException =>
            $"无法连接邮件服务器 {smtp.Host}:{smtp.Port}（{e.Message}）。",
        SslHandshakeException => $"与邮件服务器 {smtp.Host}:{smtp.Port} 建立加密连接失败，请检查加密方式（Tls）设置（{e.Message}）。",
        AuthenticationException => $"邮件服务器拒绝了登录用户 {smtp.User}，请检查用户名和密码（{e.Message}）。",
        NotSupportedException when e.Message.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase) =>
            $"邮件服务器 {smtp.Host}:{smtp.Port} 不支持 STARTTLS 加密，请检查加密方式（Tls）设置。",
        SmtpCommandException c when c.ErrorCode == SmtpErrorCode.RecipientNotAccepted =>
            $"邮件服务器拒收收件人 {c.Mailbox?.Address}（{c.StatusCode}：{c.Message}）。",
        SmtpCommandException c => $"邮件服务器拒绝发送（{(int)c.StatusCode}：{c.Message}）。",
        SmtpProtocolException or ServiceNotConnectedException => $"与邮件服务器通信出错（{e.Message}）。",
        _ => $"邮件发送失败（{e.Message}）。",
    };
}
