using Jixiao.Domain.Projects;

namespace Jixiao.Data.Entities;

/// <summary>
/// A project of one unit and budget year. Its declared content lives in <see cref="DeclarationVersion"/>s; the
/// row keeps what lists and dashboards filter on.
/// </summary>
public class ProjectEntity
{
    public Guid Id { get; set; }
    public int UnitId { get; set; }
    public Organization? Unit { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    public required string TemplateId { get; set; }
    public FormKind Form { get; set; }
    /// <summary>Σ 项目资金总额 of the current version, in 元 (kept in step by the service that saves versions).</summary>
    public decimal FundsTotalYuan { get; set; }
    /// <summary>项目类别 of the current version (as typed, at most <see cref="ChoiceMaxLength"/>), for list filters; kept in step like <see cref="FundsTotalYuan"/>.</summary>
    public string? Category { get; set; }
    /// <summary>项目性质 of the current version, for list filters; kept in step like <see cref="FundsTotalYuan"/>.</summary>
    public string? Nature { get; set; }
    public const int ChoiceMaxLength = 100;

    /// <summary>Copies what lists filter on from the current version's content (called wherever a version's content is written).</summary>
    public void KeepListColumns(Project current)
    {
        Category = Column(current.Category);
        Nature = Column(current.Nature);
    }

    private static string? Column(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > ChoiceMaxLength ? t[..ChoiceMaxLength] : t;

    /// <summary>The project of the previous year this one was copied from, if any.</summary>
    public Guid? CopiedFromId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<DeclarationVersion> Versions { get; set; } = [];
}
