namespace Jixiao.Domain.Workflow;

/// <summary>The levels of the org tree 财政局 → 主管部门 → 单位 (workflow.md §1).</summary>
public enum OrgKind
{
    FinanceBureau,
    Department,
    Unit,
}

public static class OrgKindNames
{
    public static string Chinese(OrgKind kind) => kind switch
    {
        OrgKind.FinanceBureau => "财政局",
        OrgKind.Department => "主管部门",
        OrgKind.Unit => "预算单位",
        _ => kind.ToString(),
    };
}
