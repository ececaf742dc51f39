using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Tests.Review;

/// <summary>Who answers a review comment, on every form type: the unit replies, a reviewer resolves, nobody else.</summary>
public class CommentAnswerRulesTests
{
    public static TheoryData<Role?, CommentAnswer?, bool, string?, string?> Cases => new()
    {
        // role, answer asked (null: the role's own), resolved, reply text, expected refusal (null: allowed)
        { Role.UnitPreparer, null, false, "已补充。", null },                                   // the unit's own answer is a reply
        { Role.UnitPreparer, CommentAnswer.Reply, false, " ", "答复不能为空。" },                 // a reply needs text
        { Role.UnitPreparer, CommentAnswer.Resolve, false, null, "只有审核人可以将审核意见标记为已解决。" },
        { Role.SupervisorReviewer, null, false, null, null },                                 // a reviewer's own answer is resolving
        { Role.FinanceReviewer, CommentAnswer.Resolve, false, null, null },
        { Role.FinanceAdmin, CommentAnswer.Resolve, false, null, null },
        { Role.SupervisorReviewer, CommentAnswer.Reply, false, "我来答复。", "只有填报单位可以答复审核意见。" },
        { Role.ThirdPartyEvaluator, null, false, "意见。", "只有填报单位可以答复审核意见，只有审核人可以将其标记为已解决。" },
        { null, null, false, null, "只有填报单位可以答复审核意见，只有审核人可以将其标记为已解决。" },
        { Role.UnitPreparer, null, true, "补充。", "该审核意见已解决，不能再答复或关闭。" },          // resolved takes no answer
        { Role.FinanceAdmin, CommentAnswer.Resolve, true, null, "该审核意见已解决，不能再答复或关闭。" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AnswerError_RoleAndState_DecideWhoMayAnswer(Role? role, CommentAnswer? answer, bool resolved, string? reply, string? expected) =>
        Assert.Equal(expected, ReviewCommentRules.AnswerError(role, answer, resolved, reply));
}
