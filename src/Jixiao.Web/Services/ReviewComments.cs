using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// The one way every form type writes and reads a review comment (ADR-016): a row of ReviewComments naming its form,
/// anchor and, for the declaration, the version. A return's reason is an open comment on the whole form.
/// </summary>
public static class ReviewComments
{
    public static ReviewComment Add(JixiaoDbContext db, CurrentUser me, DateTimeOffset now, ReviewForm form, Guid formId,
        Guid? versionId, string anchor, string text)
    {
        var comment = new ReviewComment
        {
            Id = Guid.NewGuid(),
            FormType = form,
            FormId = formId,
            VersionId = versionId,
            Anchor = anchor,
            Text = text.Trim(),
            AuthorName = me.DisplayName,
            AuthorId = me.UserId,
            AuthorRole = me.Role?.ToString(),
            CreatedAt = now,
            Status = CommentStatus.Open,
        };
        db.ReviewComments.Add(comment);
        return comment;
    }

    /// <summary>All comments on one form, oldest first.</summary>
    public static async Task<List<ReviewComment>> OnAsync(JixiaoDbContext db, ReviewForm form, Guid formId, CancellationToken ct) =>
        (await db.ReviewComments.AsNoTracking().Where(c => c.FormType == form && c.FormId == formId).ToListAsync(ct))
            .OrderBy(c => c.CreatedAt).ToList(); // ordered in memory: PostgreSQL and SQLite store the time differently

    /// <summary>The text of the latest comment on the whole form (a return's reason), or null.</summary>
    public static async Task<string?> LatestOnFormAsync(JixiaoDbContext db, ReviewForm form, Guid formId, CancellationToken ct) =>
        (await OnAsync(db, form, formId, ct)).LastOrDefault(c => c.Anchor == ReviewCommentRules.FormAnchor)?.Text;
}
