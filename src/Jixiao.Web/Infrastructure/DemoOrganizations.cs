using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Infrastructure;

/// <summary>The demo district of the README: 松江区财政局 → 区科委 / 区政府办公室 → the two seed units, one user per role.</summary>
public static class DemoOrganizations
{
    public const string Finance = "上海市松江区财政局";
    public const string ScienceCommission = "上海市松江区科学技术委员会";
    public const string GovernmentOffice = "上海市松江区人民政府办公室";
    public const string InnovationCentre = "上海市松江区科技创新服务中心";
    public const string BigDataCentre = "上海市松江区大数据中心";
    /// <summary>The demo's 第三方评价机构 (ADR-059), registered by the finance bureau.</summary>
    public const string EvaluationAgency = "上海松江绩效评价咨询有限公司";

    public sealed record OrgSpec(string Name, string ShortName, OrgKind Kind, string? Parent, string? UnitType = null);
    public sealed record UserSpec(string UserName, string DisplayName, Role Role, string Org);

    public static IReadOnlyList<OrgSpec> Orgs { get; } =
    [
        new(Finance, "区财政局", OrgKind.FinanceBureau, null, "行政单位"),
        new(ScienceCommission, "区科委", OrgKind.Department, Finance, "行政单位"),
        new(GovernmentOffice, "区政府办公室", OrgKind.Department, Finance, "行政单位"),
        new(InnovationCentre, "区科技创新服务中心", OrgKind.Unit, ScienceCommission, "公益一类事业单位"),
        new(BigDataCentre, "区大数据中心", OrgKind.Unit, GovernmentOffice, "公益一类事业单位"),
        new(EvaluationAgency, "绩效评价咨询公司", OrgKind.EvaluationAgency, Finance),
    ];

    public static IReadOnlyList<UserSpec> Users { get; } =
    [
        new("admin", "系统管理员", Role.FinanceAdmin, Finance),
        new("finance", "财政局审核人", Role.FinanceReviewer, Finance),
        new("kewei", "区科委审核人", Role.SupervisorReviewer, ScienceCommission),
        new("zfb", "区政府办公室审核人", Role.SupervisorReviewer, GovernmentOffice),
        new("kczx", "科创中心填报人", Role.UnitPreparer, InnovationCentre),
        new("dsj", "大数据中心填报人", Role.UnitPreparer, BigDataCentre),
        new("pjjg", "评价机构评价人", Role.ThirdPartyEvaluator, EvaluationAgency),
    ];
}
