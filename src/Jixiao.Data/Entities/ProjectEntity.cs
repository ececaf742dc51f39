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
    /// <summary>The project of the previous year this one was copied from, if any.</summary>
    public Guid? CopiedFromId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<DeclarationVersion> Versions { get; set; } = [];
}
