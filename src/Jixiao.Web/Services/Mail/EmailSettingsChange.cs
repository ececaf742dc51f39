using Jixiao.Data.Entities;

namespace Jixiao.Web.Services.Mail;

/// <summary>A user's e-mail address and opt-in, changed by the user (我的邮件提醒) or an administrator (用户管理) alike.</summary>
public static class EmailSettingsChange
{
    public static List<FieldChange> Diff(AppUser user, string? address, bool notices)
    {
        var diff = new List<FieldChange>();
        if (user.Email != address) diff.Add(new FieldChange("电子邮箱", user.Email, address));
        if (user.EmailNotices != notices) diff.Add(new FieldChange("邮件提醒", OnOff(user.EmailNotices), OnOff(notices)));
        return diff;
    }

    public static void Apply(AppUser user, string? address, bool notices)
    {
        user.Email = address;
        user.NormalizedEmail = address?.ToUpperInvariant();
        user.EmailNotices = notices && address is not null;
    }

    private static string OnOff(bool on) => on ? "接收" : "不接收";
}
