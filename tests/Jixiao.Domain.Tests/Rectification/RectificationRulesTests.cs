using Jixiao.Domain.Rectification;

namespace Jixiao.Domain.Tests.Rectification;

public class RectificationRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData(RectificationState.Open, RectificationAction.Answer, RectificationState.Answered)]
    [InlineData(RectificationState.Answered, RectificationAction.Answer, RectificationState.Answered)] // adds to the answer
    [InlineData(RectificationState.Answered, RectificationAction.Close, RectificationState.Closed)]
    [InlineData(RectificationState.Answered, RectificationAction.Reopen, RectificationState.Open)]
    public void Move_LegalMove_ReachesState(RectificationState from, RectificationAction action, RectificationState to)
    {
        var (state, refusal) = RectificationRules.Move(from, action, "已补充培训签到表");
        Assert.Null(refusal);
        Assert.Equal(to, state);
    }

    [Theory]
    [InlineData(RectificationState.Open, RectificationAction.Close)]      // nothing answered yet
    [InlineData(RectificationState.Open, RectificationAction.Reopen)]
    [InlineData(RectificationState.Closed, RectificationAction.Answer)]   // 已销号 is final
    [InlineData(RectificationState.Closed, RectificationAction.Reopen)]
    public void Move_IllegalMove_IsRefusedInChinese(RectificationState from, RectificationAction action)
    {
        var (state, refusal) = RectificationRules.Move(from, action, "理由");
        Assert.Null(state);
        Assert.Contains("不能执行", refusal);
    }

    [Theory]
    [InlineData(RectificationAction.Answer, "请填写整改答复")]
    [InlineData(RectificationAction.Reopen, "请填写重新整改理由")]
    public void Move_WithoutText_IsRefused(RectificationAction action, string message)
    {
        var from = action == RectificationAction.Answer ? RectificationState.Open : RectificationState.Answered;
        Assert.Equal((null, message + "。"), RectificationRules.Move(from, action, " "));
    }

    [Fact]
    public void CheckNew_DueInThePast_IsRefused() =>
        Assert.Equal("整改期限不能早于今天。", RectificationRules.CheckNew("补充佐证材料", Today.AddDays(-1), Today));

    [Fact]
    public void CheckNew_WithoutRequirement_IsRefused() => Assert.Equal("请填写整改要求。", RectificationRules.CheckNew(null, Today, Today));

    [Theory]
    [InlineData(RectificationState.Open, -1, true)]
    [InlineData(RectificationState.Open, 0, false)]       // due today: not yet
    [InlineData(RectificationState.Answered, -1, false)]  // waiting for the reviewer, not the unit
    [InlineData(RectificationState.Closed, -30, false)]
    public void IsOverdue_OpenPastItsDueDate(RectificationState state, int dueInDays, bool expected) =>
        Assert.Equal(expected, RectificationRules.IsOverdue(state, Today.AddDays(dueInDays), Today));
}
