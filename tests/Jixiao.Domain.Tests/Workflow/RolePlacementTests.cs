using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Tests.Workflow;

public sealed class RolePlacementTests
{
    // Every role × every level of the org tree; null = allowed, otherwise a fragment of the Chinese reason.
    public static readonly TheoryData<Role, OrgKind, string?> Pairs = new()
    {
        { Role.UnitPreparer, OrgKind.Unit, null },
        { Role.UnitPreparer, OrgKind.Department, "“单位填报人”只能属于预算单位，所选组织是主管部门。" },
        { Role.UnitPreparer, OrgKind.FinanceBureau, "“单位填报人”只能属于预算单位，所选组织是财政局。" },
        { Role.SupervisorReviewer, OrgKind.Department, null },
        // The finding: a department reviewer on a unit would pass that unit's submissions straight to 财政局.
        { Role.SupervisorReviewer, OrgKind.Unit, "“主管部门审核人”只能属于主管部门，所选组织是预算单位。" },
        { Role.SupervisorReviewer, OrgKind.FinanceBureau, "“主管部门审核人”只能属于主管部门，所选组织是财政局。" },
        { Role.FinanceReviewer, OrgKind.FinanceBureau, null },
        { Role.FinanceReviewer, OrgKind.Department, "“财政局审核人”只能属于财政局，所选组织是主管部门。" },
        { Role.FinanceReviewer, OrgKind.Unit, "“财政局审核人”只能属于财政局，所选组织是预算单位。" },
        { Role.FinanceAdmin, OrgKind.FinanceBureau, null },
        { Role.FinanceAdmin, OrgKind.Department, "“管理员”只能属于财政局，所选组织是主管部门。" },
        { Role.FinanceAdmin, OrgKind.Unit, "“管理员”只能属于财政局，所选组织是预算单位。" },
        // 第三方评价 belongs to a 第三方评价机构 only (ADR-059): on the tree it would read a scope it must not have.
        { Role.ThirdPartyEvaluator, OrgKind.EvaluationAgency, null },
        { Role.ThirdPartyEvaluator, OrgKind.FinanceBureau, "“第三方评价”只能属于第三方评价机构，所选组织是财政局。" },
        { Role.ThirdPartyEvaluator, OrgKind.Department, "“第三方评价”只能属于第三方评价机构，所选组织是主管部门。" },
        { Role.ThirdPartyEvaluator, OrgKind.Unit, "“第三方评价”只能属于第三方评价机构，所选组织是预算单位。" },
        { Role.UnitPreparer, OrgKind.EvaluationAgency, "“单位填报人”只能属于预算单位，所选组织是第三方评价机构。" },
        { Role.SupervisorReviewer, OrgKind.EvaluationAgency, "“主管部门审核人”只能属于主管部门，所选组织是第三方评价机构。" },
        { Role.FinanceReviewer, OrgKind.EvaluationAgency, "“财政局审核人”只能属于财政局，所选组织是第三方评价机构。" },
        { Role.FinanceAdmin, OrgKind.EvaluationAgency, "“管理员”只能属于财政局，所选组织是第三方评价机构。" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Refusal_EachRoleAndLevel_AllowsOrSaysWhy(Role role, OrgKind kind, string? reason)
    {
        var refusal = RolePlacement.Refusal(role, kind);

        if (reason is null) Assert.Null(refusal);
        else Assert.Contains(reason, refusal);
    }

    [Fact]
    public void Assignable_IsEveryRoleWithAPlace()
    {
        Assert.Equal([Role.UnitPreparer, Role.SupervisorReviewer, Role.FinanceReviewer, Role.FinanceAdmin, Role.ThirdPartyEvaluator], RolePlacement.Assignable);
        Assert.Equal(Enum.GetValues<Role>().Length * Enum.GetValues<OrgKind>().Length, Pairs.Count);
    }
}
