using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>target-grammar.md §6 RT-1 … RT-6.</summary>
public sealed class TargetRoundTripTests
{
    public static TheoryData<string> All => new(GrammarSpec.All);

    public static TheoryData<string> Official => new(GrammarSpec.Official2024);

    [Theory]
    // RT-1 / RT-6: LaTeX, spaces, line breaks and typos survive in OriginalText.
    [InlineData("全年 $\\leq$ 5次")]
    [InlineData(">=101 人次/\r\n场")]
    [InlineData("建立建全")]
    [InlineData("　")]
    [InlineData("  ≥ 4.00 (次)  ")]
    public void Parse_AnyText_KeepsOriginalTextVerbatim(string text)
    {
        Assert.Equal(text, TargetParser.Parse(text).OriginalText);
        Assert.Equal(text, TargetParser.ParseActual(text).OriginalText);
    }

    [Theory]
    [MemberData(nameof(Official))]
    public void Format_OfficialCanonicalString_IsByteIdentical(string text)
    {
        var parsed = TargetParser.Parse(text);

        Assert.Equal(text, parsed.Canonical);
        Assert.Equal(text, TargetFormatter.Format(parsed));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Format_ParsedSpecString_EqualsCanonical(string text)
    {
        Assert.Equal(TargetParser.Parse(text).Canonical, TargetFormatter.Format(TargetParser.Parse(text)));
        Assert.Equal(TargetParser.ParseActual(text).Canonical, TargetFormatter.Format(TargetParser.ParseActual(text)));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Parse_FormattedModel_GivesSameModel(string text)
    {
        var target = TargetParser.Parse(text);
        var actual = TargetParser.ParseActual(text);

        Assert.Equal(target, TargetParser.Parse(TargetFormatter.Format(target)));
        Assert.Equal(actual, TargetParser.ParseActual(TargetFormatter.Format(actual)));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Format_ReparsedCanonical_IsIdempotent(string text)
    {
        var once = TargetFormatter.Format(TargetParser.Parse(text));

        Assert.Equal(once, TargetFormatter.Format(TargetParser.Parse(once)));
    }

    [Fact]
    public void Parse_FormattedModelWithoutOriginal_GivesSameModel()
    {
        // RT-3 for models built in code (entry screens), not only parsed ones.
        TargetValue[] models =
        [
            new() { Kind = TargetKind.Quantitative, Op = Comparator.Le, Value = 8m, Unit = Units.Parse("万元/场"), OriginalText = "", Canonical = "" },
            new() { Kind = TargetKind.Quantitative, Op = Comparator.Ge, Value = 95.5m, Unit = Units.Parse("%"), Scope = "全年", Subject = "可用率", OriginalText = "", Canonical = "" },
            new() { Kind = TargetKind.Deadline, Deadline = new DeadlineSpec(Recurrence.None, 2025, 3, 15, DeadlineAnchor.Before), OriginalText = "", Canonical = "" },
            new() { Kind = TargetKind.Frequency, Op = Comparator.Le, Frequency = new FrequencySpec(3m, "周", null, null), OriginalText = "", Canonical = "" },
            new() { Kind = TargetKind.Qualitative, Words = ["规范", "完整"], OriginalText = "", Canonical = "" },
            new() { Kind = TargetKind.Conditional, Op = Comparator.Lt, Subject = "费用", Cond = new ConditionalSpec(null, RefKind.Budget, "预算"), OriginalText = "", Canonical = "" },
        ];

        foreach (var model in models)
        {
            Assert.Equal(model, TargetParser.Parse(TargetFormatter.Format(model)));
        }
    }
}
