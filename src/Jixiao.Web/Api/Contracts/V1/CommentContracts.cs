using Jixiao.Data.Entities;

namespace Jixiao.Web.Api.Contracts.V1;

/// <summary>A review comment on a 自评表, 监控表 or 预算公开 (the declaration's own is <see cref="ProjectComment"/>, same fields).</summary>
public sealed record FormComment(Guid Id, string Anchor, string Text, string Author, string? Role, DateTimeOffset CreatedAt, string Status, string? Reply)
{
    public static FormComment From(ReviewComment c) => new(c.Id, c.Anchor, c.Text, c.AuthorName, c.AuthorRole, c.CreatedAt, c.Status.ToString(), c.Reply);
}
