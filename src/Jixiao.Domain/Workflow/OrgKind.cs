namespace Jixiao.Domain.Workflow;

/// <summary>The levels of the org tree 财政局 → 主管部门 → 单位 (workflow.md §1), and the 第三方评价机构 beside it.</summary>
public enum OrgKind
{
    FinanceBureau,
    Department,
    Unit,
    /// <summary>第三方评价机构: an outside organisation finance registers to carry out 重点绩效评价; outside the tree of units.</summary>
    EvaluationAgency,
}

public static class OrgKindNames
{
    public static string Chinese(OrgKind kind) => kind switch
    {
        OrgKind.FinanceBureau => "财政局",
        OrgKind.Department => "主管部门",
        OrgKind.Unit => "预算单位",
        OrgKind.EvaluationAgency => "第三方评价机构",
        _ => kind.ToString(),
    };
}
