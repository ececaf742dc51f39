using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Tests.Review;

/// <summary>Who may dismiss or answer a review finding, in which state, with what (issue 18).</summary>
public sealed class FindingDismissalRulesTests
{
    private static readonly Finding Warning = new("OP-01", Severity.Warning, "产出数量指标使用“≤”");
    private static readonly Finding Info = new("QNT-04", Severity.Info, "资金规模较大，绩效指标偏少。");

    [Theory]
    [InlineData(Role.FinanceReviewer, FormState.FinanceReview, true, null)]
    [InlineData(Role.SupervisorReviewer, FormState.SupervisorReview, true, null)]
    [InlineData(Role.UnitPreparer, FormState.Draft, false, "只有审核人可以忽略审核问题。")]
    [InlineData(Role.FinanceReviewer, FormState.Approved, false, "当前版本状态为“已批复”，已不能修改，不能忽略审核问题。")]
    [InlineData(Role.FinanceReviewer, FormState.Draft, false, "当前状态为“草稿”，不在审核中，不能忽略审核问题。")]
    public void DismissError_ByRoleAndState(Role role, FormState state, bool reviewing, string? expected) =>
        Assert.Equal(expected, FindingDismissals.DismissError(role, state, reviewing));

    [Theory]
    [InlineData("FalsePositive", null, null)]
    [InlineData("Explained", "单位已在附件中说明", null)]
    [InlineData(null, null, "请选择忽略原因（误报、不适用或已说明）。")]
    [InlineData("7", null, "请选择忽略原因（误报、不适用或已说明）。")]
    public void ReasonError_OnlyTheThreeReasons(string? reason, string? note, string? expected) =>
        Assert.Equal(expected, FindingDismissals.ReasonError(reason, note));

    [Fact]
    public void AnswerError_UnitOnOwnWarning_Allowed_OthersRefused()
    {
        Assert.Null(FindingDismissals.AnswerError(Role.UnitPreparer, ownForm: true, FormState.Draft, Warning, "按合同约定"));
        Assert.Equal("只有填报单位可以对本单位的审核问题作出说明。",
            FindingDismissals.AnswerError(Role.UnitPreparer, ownForm: false, FormState.Draft, Warning, "按合同约定"));
        Assert.Equal("只有填报单位可以对本单位的审核问题作出说明。",
            FindingDismissals.AnswerError(Role.FinanceReviewer, ownForm: true, FormState.FinanceReview, Warning, "按合同约定"));
        Assert.Equal("该审核问题无需说明（只有警告需要说明）。",
            FindingDismissals.AnswerError(Role.UnitPreparer, ownForm: true, FormState.Draft, Info, "按合同约定"));
        Assert.Equal("当前版本状态为“已批复”，已不能修改，不能再作说明。",
            FindingDismissals.AnswerError(Role.UnitPreparer, ownForm: true, FormState.Approved, Warning, "按合同约定"));
        Assert.Equal("说明不能为空。", FindingDismissals.AnswerError(Role.UnitPreparer, ownForm: true, FormState.Draft, Warning, " "));
    }
}
