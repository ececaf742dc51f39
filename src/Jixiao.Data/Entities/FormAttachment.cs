namespace Jixiao.Data.Entities;

/// <summary>The forms a file may be attached to.</summary>
public enum AttachedForm
{
    Declaration,
    Monitoring,
    SelfEvaluation,
    /// <summary>The report of a 重点绩效评价 (its evaluator uploads it; seen by whoever sees the evaluation).</summary>
    ExternalEvaluation,
    /// <summary>A 整改事项's answer (its id as the form id).</summary>
    Rectification,
}

/// <summary>
/// A file a unit attached to one of its forms (测算依据, 佐证材料): a declaration version, a monitoring report or a
/// self-evaluation, by that row's id. Kept in the database so any app node serves it; seen by whoever sees the form.
/// </summary>
public class FormAttachment
{
    public Guid Id { get; set; }
    public AttachedForm Form { get; set; }

    /// <summary>The id of the declaration version, monitoring report or self-evaluation.</summary>
    public Guid FormId { get; set; }

    /// <summary>The form's project: what the scope rules read.</summary>
    public Guid ProjectId { get; set; }
    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Bytes { get; set; }

    /// <summary>Who uploaded it, as shown (the user's display name).</summary>
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
