using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// Replying to and resolving a review comment, the same on every form type (ADR-016, ADR-021): the form is loaded in
/// the user's scope by its own service, <see cref="ReviewCommentRules.AnswerError"/> decides who may, and the change
/// runs through <see cref="FormCommands"/>. Pages ask <see cref="AnswerFor"/> which control to show.
/// </summary>
public sealed class ReviewCommentAnswers(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, FormCommands commands)
{
    /// <summary>
    /// The answer the signed-in user may give to <paramref name="comment"/> (null: none, e.g. resolved);
    /// <paramref name="ownForm"/>: the user declared the form (a department on its 部门整体 form replies, ADR-064).
    /// </summary>
    public CommentAnswer? AnswerFor(ReviewComment comment, bool ownForm = false) =>
        comment.Status == CommentStatus.Resolved ? null : ReviewCommentRules.AnswerOf(me.Role, ownForm);

    /// <summary>All comments on one form, oldest first (the caller has loaded the form in the user's scope).</summary>
    public Task<List<ReviewComment>> OnAsync(ReviewForm form, Guid formId, CancellationToken ct) => ReviewComments.OnAsync(db, form, formId, ct);

    /// <param name="loadForm">The form as the user may see it (null: not found).</param>
    /// <param name="formId">The id comments of that form are stored under.</param>
    /// <param name="answer">Reply or resolve; null: the user's own answer (the unit replies, a reviewer resolves).</param>
    /// <param name="done">The answer after saving.</param>
    /// <param name="owns">True when the user declared the form (it replies to the comments on it, whatever its role).</param>
    public Task<TResult> AnswerAsync<TForm, TResult>(ReviewForm form, Func<Task<TForm?>> loadForm, Func<TForm, Guid> formId,
        Guid commentId, CommentAnswer? answer, string? text, Func<TForm, TResult> done, CancellationToken ct, Func<TForm, bool>? owns = null)
        where TForm : class
        where TResult : class, IFormOutcome<TResult> =>
        commands.RunAsync(
            async () => await loadForm() is { } f
                && await db.ReviewComments.SingleOrDefaultAsync(c => c.Id == commentId && c.FormType == form && c.FormId == formId(f), ct) is { } c
                    ? new Answering<TForm>(f, c)
                    : null,
            a => new FormTarget("ReviewComment", a.Comment.Id.ToString(), "该审核意见", Row: null),
            a => Task.FromResult(ReviewCommentRules.AnswerError(me.Role, answer, a.Comment.Status == CommentStatus.Resolved, text, owns?.Invoke(a.Form) ?? false) is { } error
                ? TResult.Refused(error)
                : null),
            a =>
            {
                Apply(a.Comment, text, owns?.Invoke(a.Form) ?? false);
                return Task.FromResult<TResult?>(null);
            },
            a => done(a.Form), ct);

    private sealed record Answering<TForm>(TForm Form, ReviewComment Comment);

    private void Apply(ReviewComment comment, string? text, bool ownForm)
    {
        var answer = ReviewCommentRules.AnswerOf(me.Role, ownForm);
        if (answer == CommentAnswer.Reply)
        {
            comment.Reply = text!.Trim();
            comment.RepliedAt = clock.GetUtcNow();
            comment.Status = CommentStatus.Answered;
        }
        else comment.Status = CommentStatus.Resolved;
        audit.Record(answer == CommentAnswer.Reply ? "Update" : "Resolve", "ReviewComment", comment.Id.ToString(), comment: text);
    }
}
