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
}
