using Jixiao.Data;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Services;

/// <summary>One project's outcome in a batch: 成功, or 未通过 with the Chinese reason.</summary>
public sealed record BatchItemResult(Guid Id, string Name, bool Ok, string? Reason);

/// <summary>
/// Batch submit (unit) and batch approve (finance) of declarations: each project goes through the same command as a
/// single move — scope, transition table, blocking findings, warnings, stamp — saved on its own, so one refused item
/// never holds back or undoes another.
/// </summary>
public sealed class BatchTransitions(JixiaoDbContext db, DeclarationService declarations, ProjectService projects)
{
    /// <summary>At most this many projects in one batch (the page's list is smaller).</summary>
    public const int MaxItems = 200;

    public static readonly IReadOnlyList<WorkflowAction> Allowed = [WorkflowAction.Submit, WorkflowAction.Approve];

    public async Task<IReadOnlyList<BatchItemResult>> RunAsync(IReadOnlyList<Guid> ids, WorkflowAction action, string? acknowledgement, CancellationToken ct)
    {
        if (!Allowed.Contains(action)) throw new ArgumentOutOfRangeException(nameof(action));
        var results = new List<BatchItemResult>();
        foreach (var id in ids.Distinct().Take(MaxItems))
        {
            db.ChangeTracker.Clear(); // each item starts from the store, untouched by the one before
            var name = (await projects.LoadAsync(id, ct))?.Entity.Name ?? "（不存在或无权访问的项目）";
            var result = await declarations.TransitionAsync(id,
                new DeclarationService.TransitionInput(action, Acknowledgement: string.IsNullOrWhiteSpace(acknowledgement) ? null : acknowledgement), ct);
            results.Add(new BatchItemResult(id, name, result.Ok, result.Ok ? null : Reason(result)));
        }
        db.ChangeTracker.Clear();
        return results;
    }

    // The refusal's sentence, and for blocking findings the findings themselves, as the single submit shows them.
    private static string Reason(WriteResult r) =>
        r.Blocking is { Count: > 0 } blocking
            ? $"{r.Error}（{string.Join("；", blocking.Take(3).Select(f => f.Message))}{(blocking.Count > 3 ? "；……" : "")}）"
            : r.Error ?? "未能完成。";
}
