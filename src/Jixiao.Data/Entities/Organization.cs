namespace Jixiao.Data.Entities;

/// <summary>
/// A node of the org tree 财政局 → 主管部门 → 单位. <see cref="Path"/> is the materialised path of ids
/// (`/1/3/7/`), so "this org and all descendants" is one prefix filter (workflow.md §1).
/// </summary>
public class Organization
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public OrgKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Organization? Parent { get; set; }
    public string Path { get; set; } = "/";
    /// <summary>e.g. 公益一类事业单位 / 行政单位 (drives DSC-14).</summary>
    public string? UnitType { get; set; }
}
