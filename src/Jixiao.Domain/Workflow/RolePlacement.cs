namespace Jixiao.Domain.Workflow;

/// <summary>
/// Which level of the org tree each role may belong to. The workflow reads a user's scope from their organisation,
/// so a reviewer placed at the wrong level would skip or repeat a review step: a 主管部门审核人 on a unit could pass
/// that unit's submission straight to 财政局. 第三方评价 belongs to a 第三方评价机构 only: it sees nothing of the tree,
/// just the evaluations assigned to its organisation (ADR-059).
/// </summary>
public static class RolePlacement
{
    private static readonly IReadOnlyDictionary<Role, OrgKind[]> Allowed = new Dictionary<Role, OrgKind[]>
    {
        [Role.UnitPreparer] = [OrgKind.Unit],
        [Role.SupervisorReviewer] = [OrgKind.Department],
        [Role.FinanceReviewer] = [OrgKind.FinanceBureau],
        [Role.FinanceAdmin] = [OrgKind.FinanceBureau],
        [Role.ThirdPartyEvaluator] = [OrgKind.EvaluationAgency],
    };

    /// <summary>Roles a user can be given today (those with at least one permitted level), in enum order.</summary>
    public static IReadOnlyList<Role> Assignable { get; } =
        Enum.GetValues<Role>().Where(r => Allowed.TryGetValue(r, out var kinds) && kinds.Length > 0).ToList();

    /// <summary>Null when a user with <paramref name="role"/> may belong to an organisation of <paramref name="kind"/>; otherwise the reason, in Chinese.</summary>
    public static string? Refusal(Role role, OrgKind kind)
    {
        if (!Allowed.TryGetValue(role, out var kinds) || kinds.Length == 0)
            return $"“{RoleNames.Chinese(role)}”角色暂未开放：系统中还没有该角色可用的功能，请选择其他角色。";
        if (kinds.Contains(kind)) return null;
        var where = string.Join("或", kinds.Select(OrgKindNames.Chinese));
        return $"“{RoleNames.Chinese(role)}”只能属于{where}，所选组织是{OrgKindNames.Chinese(kind)}。";
    }
}
