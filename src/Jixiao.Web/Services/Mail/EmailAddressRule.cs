namespace Jixiao.Web.Services.Mail;

/// <summary>What an e-mail address field accepts: empty (no e-mail) or one plain address, 256 characters at most.</summary>
public static class EmailAddressRule
{
    public const int MaxLength = 256;

    /// <summary>The address as stored (trimmed; null when empty), or the Chinese reason it is refused.</summary>
    public static (string? Address, string? Error) Check(string? text)
    {
        var trimmed = Domain.Text.TextHygiene.Clean(text ?? "").Trim();
        if (trimmed.Length == 0) return (null, null);
        if (trimmed.Length > MaxLength) return (null, $"电子邮箱不能超过 {MaxLength} 个字符。");
        // One bare address: no display name, no list, no spaces (what MailAddress would quietly accept otherwise).
        if (!System.Net.Mail.MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed || trimmed.Contains(' '))
            return (null, $"电子邮箱“{trimmed}”格式不正确，应形如 name@example.gov.cn。");
        return (trimmed, null);
    }
}
