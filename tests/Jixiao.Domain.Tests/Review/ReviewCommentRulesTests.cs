using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review;

public class ReviewCommentRulesTests
{
    private static readonly Guid Row = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void TextError_AtTheLimit_IsNull_OneMore_NamesLimitAndLength()
    {
        Assert.Null(ReviewCommentRules.TextError(new string('审', ReviewCommentRules.MaxLength)));
        var error = ReviewCommentRules.TextError(new string('审', ReviewCommentRules.MaxLength + 1));
        Assert.Equal("审核意见最多 2,000 个字，当前 2,001 个字，请精简后再提交。", error);
    }

    [Fact]
    public void TextError_CountsCharactersNotUtf16Units()
    {
        // 2,000 emoji are 4,000 UTF-16 units but 2,000 characters as a reader counts them.
        Assert.Null(ReviewCommentRules.TextError(string.Concat(Enumerable.Repeat("😀", ReviewCommentRules.MaxLength))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  \n ")]
    public void TextError_Blank_NamesWhatIsEmpty(string? text) =>
        Assert.Equal("答复不能为空。", ReviewCommentRules.TextError(text, "答复"));

    [Fact]
    public void TextError_SurroundingSpaceIsNotCounted() =>
        Assert.Null(ReviewCommentRules.TextError("  " + new string('审', ReviewCommentRules.MaxLength) + "\n"));

    public static TheoryData<string?, bool, string> Anchors => new()
    {
        { "project", true, "the whole form" },
        { ReviewCommentRules.IndicatorAnchor(Row), true, "a row of the version" },
        { "indicator:" + Guid.NewGuid(), false, "a row that is not in the version" },
        { "indicator:not-a-key", false, "malformed key" },
        { "indicator:" + Row.ToString("N"), false, "only the form the pages write" },
        { "field:annualGoal", false, "no such anchor kind" },
        { "", false, "empty" },
        { null, false, "missing" },
    };

    [Theory]
    [MemberData(nameof(Anchors))]
    public void AnchorError_AcceptsTheFormAndItsOwnRowsOnly(string? anchor, bool accepted, string why)
    {
        var error = ReviewCommentRules.AnchorError(anchor, [Row]);
        Assert.True(accepted == error is null, why);
        if (error is not null) Assert.Contains("不存在", error);
    }
}
