using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>The qualitative vocabulary exists once: the grammar parses with it and QNT-02's default list is it.</summary>
public class QualitativeVocabularyTests
{
    [Fact]
    public void LintProfileDefault_QualitativeVocabulary_IsTheGrammarsList() =>
        Assert.Same(QualitativeVocabulary.Words, LintProfile.Default.QualitativeVocabulary);

    [Fact]
    public void Words_StandardOrdinalAndRelative_EachParsesWithoutUnrecognised() =>
        Assert.All(QualitativeVocabulary.Words, w =>
        {
            var parsed = TargetParser.Parse(w);
            Assert.Equal(TargetKind.Qualitative, parsed.Kind);
            Assert.False(parsed.HasNote(ParseNote.Unrecognised), w);
        });

    [Theory]
    [InlineData("比上一年度有所提升", Comparator.Gt)]
    [InlineData("比上一年度有所增长", Comparator.Gt)]
    [InlineData("比上一年度有所减少", Comparator.Lt)]
    [InlineData("比上一年度有所节约", Comparator.Lt)]
    public void RelativePhrase_DirectionFromTheVocabulary(string text, Comparator expected)
    {
        var parsed = TargetParser.Parse(text);
        Assert.Equal(TargetKind.Conditional, parsed.Kind);
        Assert.Equal(expected, parsed.Op);
    }

    [Theory]
    // An adverb before a relative word keeps it relative (review accepts it; the editor must agree, ADR-033).
    [InlineData("逐步提高", "提高")]
    [InlineData("进一步提升", "提升")]
    [InlineData("持续改善", "改善")]
    [InlineData("有所减少", "减少")]
    public void Parse_AdverbAndRelativeWord_IsRelativeAndStandard(string text, string root)
    {
        var parsed = TargetParser.Parse(text);

        Assert.Equal(RefKind.PriorYear, parsed.Reference);
        Assert.False(parsed.HasNote(ParseNote.Unrecognised));
        Assert.Equal(root, QualitativeVocabulary.RelativeRoot(text));
        Assert.False(QualitativeVocabulary.IsNonStandard(parsed, LintProfile.Default.QualitativeVocabulary));
    }

    [Theory]
    [InlineData("挺好", true)]
    [InlineData("健全、很好", true)]
    [InlineData("健全、规范", false)]
    [InlineData("合格及以上", false)]
    [InlineData("=12(场)", false)]
    public void IsNonStandard_GivesQnt02sAnswer(string text, bool expected) =>
        Assert.Equal(expected, QualitativeVocabulary.IsNonStandard(TargetParser.Parse(text), LintProfile.Default.QualitativeVocabulary));

    [Fact]
    public void IsNonStandard_RelativeWordOutsideAProfilesVocabulary_IsNonStandard() =>
        Assert.True(QualitativeVocabulary.IsNonStandard(TargetParser.Parse("逐步提高"), ["健全"]));
}
