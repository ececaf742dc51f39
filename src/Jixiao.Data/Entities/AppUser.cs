using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data.Entities;

/// <summary>A user of one organization; roles are Identity roles named after <c>Jixiao.Domain.Workflow.Role</c>.</summary>
public class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    /// <summary>The password was issued by an administrator (new user, reset): the user must set their own before anything else.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>The user asked for their notices by e-mail too (sent only when <c>Email</c> is set and SMTP is configured).</summary>
    public bool EmailNotices { get; set; }
}
