using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>指标性质 · 指标值 · 度量单位 as three cells over the one target grammar (ADR-039).</summary>
public class TargetCellsTests
{
    public static TheoryData<string, string, string, string> Splits => new()
    {
        { "≥50个", "≥", "50", "个" },                 // plain quantity: symbol, number as written, unit
        { ">=95%", "≥", "95", "%" },                  // ASCII comparator read as ≥
        { "≤2.5万元", "≤", "2.5", "万元" },
        { "=12.00(场)", "=", "12.00", "场" },          // decimals kept as written
        { "健全", TargetCells.Qualitative, "健全", "" }, // qualitative: 定性 and its text
        { "2024年10月底前", "", "2024年10月底前", "" },   // a deadline is not a quantity: whole text in 指标值
        { "", "", "", "" },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Split_Target_GivesTheThreeCells(string text, string comparator, string value, string unit) =>
        Assert.Equal(new TargetCells(comparator, value, unit), TargetCells.Split(TargetParser.Parse(text)));

    [Theory]
    [InlineData("≥50个")]
    [InlineData("≤2.5万元")]
    [InlineData("=12.00(场)")]
    [InlineData("健全")]
    [InlineData("2024年10月底前")]
    public void Join_OfSplit_ParsesToTheSameTarget(string text)
    {
        var target = TargetParser.Parse(text);
        var cells = TargetCells.Split(target);

        Assert.Equal(target, TargetParser.Parse(TargetCells.Join(cells.Comparator, cells.Value, cells.Unit)));
    }

    [Theory]
    [InlineData("≥", "50", "个", "≥50个")]
    [InlineData("定性", "健全", "", "健全")]       // 定性 names a kind, not a comparator
    [InlineData("≥", "≥50", "个", "≥50个")]       // a value typed with its own comparator gets no second one
    [InlineData("=", "100", "%", "=100%")]
    [InlineData("≥", "", "个", "")]              // no value, no target
    [InlineData("", "20个", "个", "20个")]         // the unit already typed in the value is not repeated
    public void Join_Cells_GivesTheOneTargetText(string comparator, string value, string unit, string expected) =>
        Assert.Equal(expected, TargetCells.Join(comparator, value, unit));
}
