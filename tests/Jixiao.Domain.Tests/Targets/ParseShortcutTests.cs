using System.Globalization;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Tests.Fuzzing;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>
/// The parser's shortcuts (plain quantities, the closed vocabulary) must give exactly what the general grammar gives:
/// same model, canonical text, notes and original text, for targets and actuals.
/// </summary>
public sealed class ParseShortcutTests
{
    private static readonly string[] Symbols = ["", "=", "≥", "≤", ">", "<", ">=", "≧", "＝", "全年", "全年≤", "全年 =", "全年年≥", "==", "= "];

    private static readonly string[] Numbers =
    [
        "0", "0.0", "0.00", "5", "90", "90.00", "139.20", "007", "0.5", "1.125", "1.", ".5", "1.2.3", "152,919.8",
        "9999999999999999999", "99999999999999999999", "12345678901234567.89", "-5", "+5", "-0", "２",
    ];

    private static readonly string[] UnitTexts =
    [
        "", "()", "(", ")", "万元", "(万元)", "%", "(%)", "次", "(次)", "人次", "(人次/场)", "元/月", "(元/月)", "万", "(万)", "亿",
        "万条", "(万人次)", "kb", "(KB)", "年", "日", "天", "小时", "个月", "(平方米)", "以内", "内", "以上", "(万元))",
        "((万元)", " 万元", "(万元) ", "次完成", "年10月前", "x24小时", "预算", "时，≥1次",
    ];

    public static IEnumerable<string> PlainShapes() =>
        from symbol in Symbols from number in Numbers from unit in UnitTexts select symbol + number + unit;

    public static IEnumerable<string> VocabularyShapes() =>
        QualitativeVocabulary.StandardWords
            .Concat(QualitativeVocabulary.StandardWords.Select(w => w + QualitativeVocabulary.OrdinalSuffix))
            .Concat(QualitativeVocabulary.RelativeWords.SelectMany(w => new[] { w, "有所" + w, "=" + w, w + " " }))
            .Concat(["是", "否", "", " ", "=是", "健全、规范", "建全", "合格及以上 "]);

    [Fact]
    public void Parse_PlainQuantityShapes_EqualsGeneralGrammar() => AssertAllAgree(PlainShapes());

    [Fact]
    public void Parse_VocabularyShapes_EqualsGeneralGrammar() => AssertAllAgree(VocabularyShapes());

    [Fact]
    public void Parse_SeedAndSpecStrings_EqualsGeneralGrammar() =>
        AssertAllAgree(GrammarSeeds.Load(AppContext.BaseDirectory));

    [Fact]
    public void Parse_FuzzedStrings_EqualsGeneralGrammar() =>
        AssertAllAgree(new GrammarFuzzer(GrammarSeeds.Load(AppContext.BaseDirectory), seed: 6).Strings(20_000));

    [Fact]
    public void Parse_PlainQuantity_SharesCatalogueUnitAndReadsExactDecimal()
    {
        var parsed = TargetParser.Parse("≥139.20(万元)");

        Assert.Equal(TargetKind.Quantitative, parsed.Kind);
        Assert.Equal(139.20m, parsed.Value);
        Assert.Equal(2, parsed.Value!.Value.Scale);
        Assert.Same(Units.Parse("万元"), parsed.Unit);
        Assert.Equal("≥139.20(万元)", parsed.Canonical);
    }

    [Fact]
    public void Parse_CustomTypoMap_TakesGeneralPath()
    {
        var options = new TargetParseOptions { Typos = new Dictionary<string, string> { ["万元"] = "元" } };

        var parsed = TargetParser.Parse("=5.00(万元)", options);

        Assert.Equal("=5.00(元)", parsed.Canonical);
        Assert.True(parsed.HasNote(ParseNote.TypoCorrected));
    }

    private static void AssertAllAgree(IEnumerable<string> texts)
    {
        var checkedCount = 0;
        foreach (var text in texts)
        {
            AssertAgree(text, TargetParser.Parse(text), TargetParser.General(text, TargetParseOptions.Default, actual: false));
            AssertAgree(text, TargetParser.ParseActual(text), TargetParser.General(text, TargetParseOptions.Default, actual: true));
            checkedCount++;
        }

        Assert.True(checkedCount > 0);
    }

    private static void AssertAgree(string text, TargetValue quick, TargetValue general)
    {
        Assert.True(general.Equals(quick), $"model differs for {Show(text)}: {quick.Kind} vs {general.Kind}");
        Assert.Equal(general.Canonical, quick.Canonical);
        Assert.Equal(general.OriginalText, quick.OriginalText);
        Assert.Equal(general.Notes, quick.Notes);
        Assert.Equal(general.Value?.Scale, quick.Value?.Scale);
        Assert.Equal(general.Unit?.Text, quick.Unit?.Text);
    }

    private static string Show(string text) =>
        string.Concat(text.Select(c => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString(CultureInfo.InvariantCulture)));
}
