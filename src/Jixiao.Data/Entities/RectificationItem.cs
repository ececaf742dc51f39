using Jixiao.Domain.Rectification;
using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>
/// A 整改事项 (issue 17): a finding (from review, 复核, evaluation or 结果应用: <see cref="SourceKind"/> + <see cref="SourceReference"/>
/// + <see cref="SourceText"/>) the owner unit must answer by <see cref="DueDate"/>; the reviewer closes (销号) or reopens it.
/// Its moves are <see cref="RectificationRules"/>'; once 已销号 nothing changes.
/// </summary>
public class RectificationItem : IForm
{
    public Guid Id { get; set; }
    public RectificationSourceKind SourceKind { get; set; }

    /// <summary>What the raising feature names the finding by (a 自评表 id, an evaluation id…); opaque here.</summary>
    public required string SourceReference { get; set; }
    public required string SourceText { get; set; }
    public int OwnerUnitId { get; set; }
    public Organization? OwnerUnit { get; set; }

    /// <summary>The project concerned, when there is one (a department-level finding has none).</summary>
    public Guid? ProjectId { get; set; }
    public required string Requirement { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>Moves only through <see cref="Move"/> (the rules' table); a new item is 待整改.</summary>
    public RectificationState State { get; private set; }
    public string? Response { get; set; }
    public string? ReopenReason { get; set; }
    public required string RaisedBy { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// A move through <see cref="RectificationRules"/> with its text (the answer, or why it is reopened); refused with the
    /// Chinese reason, nothing changed. The text is kept: an answer as <see cref="Response"/>, a reopening as <see cref="ReopenReason"/>.
    /// </summary>
    public string? Move(RectificationAction action, string? text, DateTimeOffset at)
    {
        var (to, refusal) = RectificationRules.Move(State, action, text);
        if (refusal is not null) return refusal;
        if (action == RectificationAction.Answer) Response = text!.Trim();
        if (action == RectificationAction.Reopen) ReopenReason = text!.Trim();
        State = to!.Value;
        UpdatedAt = at;
        return null;
    }

    /// <summary>Renewed only by <see cref="JixiaoDbContext"/>.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>
    /// The item as the form pipeline and the attachment rules read a form: 待整改 is the unit's to edit (草稿), 已答复 waits
    /// for the reviewer (已提交), 已销号 is locked (已确认).
    /// </summary>
    FormState IForm.State => State switch
    {
        RectificationState.Open => FormState.Draft,
        RectificationState.Answered => FormState.Submitted,
        _ => FormState.Confirmed,
    };
}
