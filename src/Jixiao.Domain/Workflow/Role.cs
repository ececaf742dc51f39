namespace Jixiao.Domain.Workflow;

/// <summary>Roles of spec/README.md; display names are the Chinese titles used in the UI.</summary>
public enum Role
{
    UnitPreparer,
    SupervisorReviewer,
    FinanceReviewer,
    FinanceAdmin,
    ThirdPartyEvaluator,
}

public static class RoleNames
{
    public static string Chinese(Role role) => role switch
    {
        Role.UnitPreparer => "单位填报人",
        Role.SupervisorReviewer => "主管部门审核人",
        Role.FinanceReviewer => "财政局审核人",
        Role.FinanceAdmin => "管理员",
        Role.ThirdPartyEvaluator => "第三方评价",
        _ => role.ToString(),
    };
}
