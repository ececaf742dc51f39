using MailKit.Security;
using MimeKit;

namespace Jixiao.Web.Services.Mail;

/// <summary>
/// The SMTP server notices are e-mailed through (<c>Jixiao:Smtp</c>). E-mail is off unless <see cref="Host"/> and
/// <see cref="From"/> are set; the in-app notices never depend on it.
/// </summary>
public sealed class SmtpSettings
{
    public const string Section = "Jixiao:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>None, StartTls (the default: refuse a server without it), SslOnConnect (port 465) or Auto.</summary>
    public string Tls { get; set; } = "StartTls";
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>The sender address (<c>jixiao@example.gov.cn</c>).</summary>
    public string? From { get; set; }
    public string FromName { get; set; } = "预算绩效管理系统";
    /// <summary>The address users open the system at (<c>https://jixiao.example.gov.cn</c>): the link in each e-mail.</summary>
    public string? BaseUrl { get; set; }
    /// <summary>Minutes to wait before each retry of a failed e-mail; after the last, the e-mail is given up.</summary>
    public int[] RetryMinutes { get; set; } = [1, 5, 15, 60, 240];
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && MailboxAddress.TryParse(From, out _);

    public SecureSocketOptions Security => Tls.Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "sslonconnect" or "ssl" or "tls" => SecureSocketOptions.SslOnConnect,
        "auto" => SecureSocketOptions.Auto,
        _ => SecureSocketOptions.StartTls,
    };

    /// <summary>The wait before retry number <paramref name="attempt"/> + 1, or null when no retry is left.</summary>
    public TimeSpan? RetryDelay(int attempt) =>
        attempt >= 1 && attempt <= RetryMinutes.Length ? TimeSpan.FromMinutes(RetryMinutes[attempt - 1]) : null;
}
