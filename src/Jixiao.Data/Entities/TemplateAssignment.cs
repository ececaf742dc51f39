namespace Jixiao.Data.Entities;

/// <summary>
/// The template a district uses for one budget year and form kind (ADR-032), chosen by an administrator. No row: the
/// Shanghai default. A form records the template it was created on (its TemplateId), so changing a row never rewrites
/// existing forms.
/// </summary>
public class TemplateAssignment
{
    public int Year { get; set; }

    /// <summary>The template kind's file token (`projectDeclaration`, `projectSelfEvaluation`).</summary>
    public required string Kind { get; set; }

    public required string TemplateId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
