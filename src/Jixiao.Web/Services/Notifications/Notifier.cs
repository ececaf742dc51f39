using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Text;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Notifications;

/// <summary>A form that moved: what the notice names and where it links.</summary>
/// <param name="Form">What kind of form, as users call it (申报项目, 绩效自评).</param>
/// <param name="Approved">What approval means for this form, as the notice says it (批复 for targets, 审核通过 elsewhere).</param>
/// <param name="Alert">A warning the reviewers are told with the submission (a red light), or null.</param>
public sealed record FormMove(string Form, string Name, int UnitId, WorkflowAction Action, FormState To, string Link,
    string Approved = "已批复", string? Alert = null);

/// <summary>
/// Writes the notices a move causes (the unit's 填报人 on return and approval, the reviewer next in line on
/// submission) into the same unit of work as the move, so they are saved exactly when the move is.
/// </summary>
public sealed class Notifier(JixiaoDbContext db, CurrentUser me, TimeProvider clock, Microsoft.Extensions.Options.IOptions<Mail.SmtpSettings> smtp)
{
    public async Task FormMovedAsync(FormMove move, CancellationToken ct)
    {
        var unit = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == move.UnitId, ct);
        var (kind, text, to) = move switch
        {
            { To: FormState.Returned } => (NotificationKind.Returned,
                $"{move.Form}“{move.Name}”被退回，请按审核意见修改后重新提交。", Filers(unit)),
            { To: FormState.Approved } => (NotificationKind.Approved, $"{move.Form}“{move.Name}”{move.Approved}。", Filers(unit)),
            { To: FormState.Confirmed } => (NotificationKind.Approved, $"{move.Form}“{move.Name}”已审核确认。", Filers(unit)),
            { To: FormState.Published } => (NotificationKind.Published, $"{move.Form}“{move.Name}”已公开发布。", Filers(unit)),
            { Action: WorkflowAction.Submit } => (NotificationKind.Submitted,
                $"{unit.Name}提交了{move.Form}“{move.Name}”，请审核。{move.Alert}", await NextReviewersAsync(unit, ct)),
            { Action: WorkflowAction.Pass } => (NotificationKind.Submitted,
                $"{move.Form}“{move.Name}”（{unit.Name}）已通过主管部门审核，请财政审核。", InRole(Role.FinanceReviewer)),
            _ => (default(NotificationKind), "", null),
        };
        if (to is null) return;
        var now = clock.GetUtcNow();
        var recipients = await to.Where(id => id != me.UserId).Distinct().ToListAsync(ct);
        var mailed = await EmailedAsync(recipients, ct);
        foreach (var userId in recipients)
            Add(new Notification
            {
                Id = Guid.NewGuid(),
                UserId = userId,
                Kind = kind,
                Text = Cap(text),
                Link = move.Link,
                CreatedAt = now,
            }, mailed.Contains(userId));
    }

    /// <summary>
    /// Adds a notice to the unit of work and, when <paramref name="email"/>, the job that e-mails it: both are saved
    /// together or not at all, and the e-mail (slow, fallible) is sent later by whichever node claims the job.
    /// </summary>
    public void Add(Notification notice, bool email)
    {
        db.Notifications.Add(notice);
        if (email) db.Jobs.Add(Mail.NoticeEmailJob.For(notice.Id, clock.GetUtcNow()));
    }

    /// <summary>Those of <paramref name="userIds"/> who get their notices by e-mail too (none while SMTP is not configured).</summary>
    public async Task<HashSet<string>> EmailedAsync(IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        !smtp.Value.Enabled || userIds.Count == 0 ? []
        : (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.EmailNotices && u.Email != null && u.Email != "")
            .Select(u => u.Id).ToListAsync(ct)).ToHashSet();

    /// <summary>The notice text as stored: clean and within its column.</summary>
    public static string Cap(string text)
    {
        var clean = TextHygiene.Clean(text);
        return clean.Length <= 500 ? clean : clean[..499] + "…";
    }

    /// <summary>The users who hold <paramref name="role"/>, less disabled accounts.</summary>
    public IQueryable<string> InRole(Role role) =>
        from u in db.Users
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == role.ToString() && (u.LockoutEnd == null || u.LockoutEnd < AccountStatus.DisabledUntil)
        select u.Id;

    public IQueryable<string> UnitPreparers(int unitId) =>
        from id in InRole(Role.UnitPreparer)
        join u in db.Users on id equals u.Id
        where u.OrganizationId == unitId
        select id;

    /// <summary>Who fills in the organisation's forms: a unit's 填报人; a department's own 部门整体 forms its 主管部门审核人 (ADR-065).</summary>
    public IQueryable<string> Filers(Organization unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Kind != OrgKind.Department ? UnitPreparers(unit.Id)
            : from id in InRole(Role.SupervisorReviewer)
              join u in db.Users on id equals u.Id
              where u.OrganizationId == unit.Id
              select id;
    }

    // The department above the unit reviews first; a unit directly under the finance bureau goes to finance (§2).
    private async Task<IQueryable<string>> NextReviewersAsync(Organization unit, CancellationToken ct)
    {
        var ancestors = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(id => id != unit.Id).ToList();
        var departments = await db.Organizations.AsNoTracking()
            .Where(o => ancestors.Contains(o.Id) && o.Kind == OrgKind.Department).Select(o => o.Id).ToListAsync(ct);
        if (departments.Count == 0) return InRole(Role.FinanceReviewer);
        return from id in InRole(Role.SupervisorReviewer)
               join u in db.Users on id equals u.Id
               where departments.Contains(u.OrganizationId)
               select id;
    }
}
