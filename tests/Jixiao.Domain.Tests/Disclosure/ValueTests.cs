using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;

namespace Jixiao.Domain.Tests.Disclosure;

public class ValueTests
{
    [Theory]
    [InlineData("206", "", "", "206", CodeLevel.Class)]
    [InlineData("206", "01", "", "20601", CodeLevel.Section)]
    [InlineData("206", "01", "03", "2060103", CodeLevel.Item)]
    [InlineData("301", "10", null, "30110", CodeLevel.Section)]
    [InlineData("208", "\u300005", "  ", "20805", CodeLevel.Section)]
    public void TryFromParts_PrintedCells_JoinsDigits(string c, string? s, string? i, string expected, CodeLevel level)
    {
        Assert.True(SubjectCode.TryFromParts(c, s, i, out var code));
        Assert.Equal(expected, code.Value);
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData("20", "01", "03", "类 must have 3 digits")]
    [InlineData("206", "1", "", "款 must have 2 digits")]
    [InlineData("206", "", "03", "项 without 款")]
    [InlineData("2O6", "", "", "letter O")]
    public void TryFromParts_Malformed_False(string c, string s, string i, string reason)
    {
        Assert.False(SubjectCode.TryFromParts(c, s, i, out _), reason);
    }

    [Fact]
    public void Parent_ItemCode_IsSectionThenClass()
    {
        Assert.True(SubjectCode.TryParse("2080505", out var item));
        Assert.Equal("20805", item.Parent!.Value.Value);
        Assert.Equal("208", item.Parent.Value.Parent!.Value.Value);
        Assert.Null(item.Parent.Value.Parent.Value.Parent);
        Assert.True(item.Parent.Value.IsParentOf(item));
        Assert.False(item.Parent.Value.Parent.Value.IsParentOf(item));
    }

    [Theory]
    [InlineData("1712.17", 17_121_700, 50, "2 dp")]
    [InlineData("0.3", 3_000, 500, "1 dp")]
    [InlineData("5", 50_000, 5_000, "integer")]
    [InlineData("0", 0, 0, "a bare 0 is exactly nothing")]
    [InlineData("0.00", 0, 50, "0.00 can hide < 50 元")]
    public void WanYuanFigure_Parse_YuanAndTolerance(string text, decimal yuan, decimal tolerance, string reason)
    {
        Assert.True(WanYuanFigure.TryParse(text, out var f), reason);
        Assert.Equal(yuan, f.Yuan);
        Assert.Equal(tolerance, f.ToleranceYuan);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,000.00")]
    [InlineData("-1")]
    [InlineData("1.")]
    [InlineData("约5")]
    public void WanYuanFigure_NotANumber_False(string text)
    {
        Assert.False(WanYuanFigure.TryParse(text, out _));
    }

    [Theory]
    [InlineData("…下属事业单位，经费形式全额拨款，为公益一类事业单位。", UnitKind.PublicInstitution)]
    [InlineData("本单位为参照公务员法管理的事业单位。", UnitKind.CivilServiceManagedInstitution)]
    [InlineData("本部门为行政单位。", UnitKind.Administrative)]
    [InlineData("", UnitKind.Unknown)]
    public void KindFromSentence_UnitTypeSentence_Kind(string sentence, UnitKind expected)
    {
        Assert.Equal(expected, DisclosureNarrative.KindFromSentence(sentence));
    }

    [Fact]
    public void Catalogue2021_SeedCodes_HaveCatalogueNames()
    {
        var c = ClassificationCatalogues.For(2021)!;

        Assert.Equal("职工基本医疗保险缴费", c.EconomicName(SeedDisclosure.Code("30110")));
        Assert.Equal("机关服务", c.FunctionName(SeedDisclosure.Code("2060103")));
        Assert.Equal("208", c.FunctionClassByName("社会保障和就业支出")!.Value.Value);
        Assert.Null(ClassificationCatalogues.For(1999));
    }

    [Fact]
    public void Templates_Table8_HasNoYearPrefix_OthersDo()
    {
        Assert.Equal("单位“三公”经费和机关运行经费预算表", DisclosureForm.Table(DisclosureTableKind.ThreePublic).TitleFor(2021));
        Assert.All(DisclosureForm.Tables.Where(t => t.Kind != DisclosureTableKind.ThreePublic),
            t => Assert.StartsWith("2021年单位", t.TitleFor(2021), StringComparison.Ordinal));
    }
}
