using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>target-grammar.md §7.</summary>
public sealed class UnitsTests
{
    [Theory]
    // Currency: 万元 = 10⁴ 元, 亿元 = 10⁸ 元.
    [InlineData("元", Dimension.Currency, "1", "元", null)]
    [InlineData("千元", Dimension.Currency, "1000", "元", null)]
    [InlineData("万元", Dimension.Currency, "10000", "元", null)]
    [InlineData("亿元", Dimension.Currency, "100000000", "元", null)]
    [InlineData("%", Dimension.Percent, "1", "%", null)]
    // Duration in seconds: 60 / 24.
    [InlineData("秒", Dimension.Duration, "1", "秒", null)]
    [InlineData("分钟", Dimension.Duration, "60", "秒", null)]
    [InlineData("小时", Dimension.Duration, "3600", "秒", null)]
    [InlineData("天", Dimension.Duration, "86400", "秒", null)]
    [InlineData("日", Dimension.Duration, "86400", "秒", null)]
    // Data size: 1024; `M` in narratives is MB.
    [InlineData("KB", Dimension.DataSize, "1024", "B", null)]
    [InlineData("MB", Dimension.DataSize, "1048576", "B", null)]
    [InlineData("GB", Dimension.DataSize, "1073741824", "B", null)]
    [InlineData("M", Dimension.DataSize, "1048576", "B", null)]
    [InlineData("KB/s", Dimension.DataSize, "1024", "B", "s")]
    // Count nouns and the multiplier 万.
    [InlineData("人次", Dimension.Count, "1", "人次", null)]
    [InlineData("千字", Dimension.Count, "1", "千字", null)]
    [InlineData("万条", Dimension.Count, "10000", "条", null)]
    [InlineData("万人次", Dimension.Count, "10000", "人次", null)]
    // Composites `{scale}{base}/{per}` (the §1 examples first).
    [InlineData("万元/场", Dimension.Currency, "10000", "元", "场")]
    [InlineData("人次/场", Dimension.Count, "1", "人次", "场")]
    [InlineData("万条/月", Dimension.Count, "10000", "条", "月")]
    [InlineData("元/月", Dimension.Currency, "1", "元", "月")]
    [InlineData("元/册", Dimension.Currency, "1", "元", "册")]
    [InlineData("次/年", Dimension.Count, "1", "次", "年")]
    [InlineData("元/千字", Dimension.Currency, "1", "元", "千字")]
    // `万` alone: dimension unknown, never completed; other short words: Unknown, comparable only to themselves.
    [InlineData("万", Dimension.Unknown, "10000", "", null)]
    [InlineData("平方米", Dimension.Unknown, "1", "平方米", null)]
    public void Parse_UnitText_GivesCatalogueEntry(string text, Dimension dim, string scale, string baseUnit, string? per) =>
        Assert.Equal(new UnitRef(text, dim, Expect.Number(scale), baseUnit, per), Units.Parse(text));

    [Theory]
    // Every count noun of the spec is in the catalogue as its own base.
    [InlineData("次")]
    [InlineData("场")]
    [InlineData("篇")]
    [InlineData("个")]
    [InlineData("家")]
    [InlineData("人")]
    [InlineData("册")]
    [InlineData("条")]
    [InlineData("份")]
    [InlineData("台")]
    [InlineData("套")]
    [InlineData("项")]
    [InlineData("件")]
    [InlineData("核")]
    public void Parse_CountNoun_IsCountWithItselfAsBase(string noun) =>
        Assert.Equal(new UnitRef(noun, Dimension.Count, 1m, noun, null), Units.Parse(noun));

    [Theory]
    // Not units: blank, digits, operators, long phrases, an empty per.
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5次")]
    [InlineData("≥")]
    [InlineData("以上单位数量")]
    [InlineData("元/")]
    public void Parse_NotAUnit_ReturnsNull(string? text) => Assert.Null(Units.Parse(text));

    [Fact]
    public void IsIncomplete_TenThousandAlone_IsTrueOnlyForIt()
    {
        Assert.True(Units.IsIncomplete(Units.Parse("万")!));
        Assert.False(Units.IsIncomplete(Units.Parse("万元")!));
        Assert.False(Units.IsIncomplete(Units.Parse("平方米")!));
    }

    [Theory]
    // Exact conversions within a dimension.
    [InlineData("42000", "元", "万元", "4.2")]
    [InlineData("4.32", "万元", "元", "43200")]
    [InlineData("1.5", "亿元", "万元", "15000")]
    [InlineData("2", "小时", "分钟", "120")]
    [InlineData("90", "分钟", "小时", "1.5")]
    [InlineData("1", "天", "小时", "24")]
    [InlineData("1", "MB", "KB", "1024")]
    [InlineData("1.5", "万人次", "人次", "15000")]
    [InlineData("5", "万元/场", "元/场", "50000")]
    [InlineData("7", "元/日", "元/天", "7")]
    public void TryConvert_SameDimension_IsExact(string value, string from, string to, string expected)
    {
        Assert.True(Units.TryConvert(Expect.Number(value), Units.Parse(from)!, Units.Parse(to)!, out var converted));
        Assert.Equal(Expect.Number(expected), converted);
    }

    [Fact]
    public void TryConvert_YuanToTenThousand_FormatsAsFourPointTwenty()
    {
        Units.TryConvert(42_000m, Units.Parse("元")!, Units.Parse("万元")!, out var converted);

        Assert.Equal("4.20", TargetFormatter.FormatNumber(converted));
    }

    [Theory]
    // Not convertible: per-unit vs total, nouns, dimensions, size vs rate, different bases, incomplete unit.
    [InlineData("万元/场", "元")]
    [InlineData("人", "人次")]
    [InlineData("次", "场")]
    [InlineData("%", "元")]
    [InlineData("KB", "KB/s")]
    [InlineData("个月", "天")]
    [InlineData("万", "万元")]
    [InlineData("平方米", "元")]
    [InlineData("元/月", "元/年")]
    public void TryConvert_DifferentMeasure_IsFalse(string from, string to)
    {
        Assert.False(Units.TryConvert(1m, Units.Parse(from)!, Units.Parse(to)!, out _));
        Assert.False(Units.AreConvertible(Units.Parse(to)!, Units.Parse(from)!));
    }

    [Fact]
    public void TryConvert_Overflow_IsFalse() =>
        Assert.False(Units.TryConvert(decimal.MaxValue, Units.Parse("亿元")!, Units.Parse("元")!, out _));

    [Theory]
    // Scope 全年 ≡ Per 年; a value with neither is a whole-year figure and matches both; other periods do not.
    [InlineData("全年≤5次", "4次/年", true)]
    [InlineData("≤5.00(次/年)", "全年4次", true)]
    [InlineData("≤5.00(次/年)", "4次", true)]
    [InlineData("全年≤5次", "4次", true)]
    [InlineData("≤5.00(次/月)", "全年4次", false)]
    [InlineData("≤5.00(次/月)", "4次", false)]
    [InlineData("≤8.00(万元/场)", "150,000 元", false)]
    [InlineData("≤5.00(万元)", "42,000 元", true)]
    [InlineData("≥30.00(人次/场)", "50 人次/场", true)]
    [InlineData("≥3.00(人)", "3人次", false)]
    [InlineData("≥1", "2", true)]
    [InlineData("≥1", "2次", false)]
    public void AreComparable_TargetAndActual_FollowsPeriodRule(string target, string actual, bool expected) =>
        Assert.Equal(expected, Units.AreComparable(TargetParser.Parse(target), TargetParser.ParseActual(actual)));

    [Fact]
    public void TryConvertToTarget_YuanActualAgainstTenThousandTarget_Gives4Point20()
    {
        var target = TargetParser.Parse("≤5.00(万元)");
        var actual = TargetParser.ParseActual("42,000 元");

        Assert.True(Units.TryConvertToTarget(actual, target, out var converted));
        Assert.Equal(4.20m, converted);
    }

    [Fact]
    public void TryConvertToTarget_PerUnitTargetAgainstTotal_IsNotComparable() =>
        Assert.False(Units.TryConvertToTarget(TargetParser.ParseActual("150,000 元"), TargetParser.Parse("≤8.00(万元/场)"), out _));
}
