using Jixiao.Domain.Money;

namespace Jixiao.Domain.Tests.Money;

/// <summary>万元 at the edges, 元 in storage (ADR-039).</summary>
public class MoneyUnitsTests
{
    [Theory]
    [InlineData("12.5", "万元", "12.5万")]          // a bare figure under a 万元 header is 万元
    [InlineData("100,000元", "万元", "100,000元")]  // a figure with its own unit stays as typed
    [InlineData("139.2万", "万元", "139.2万")]
    [InlineData("12.5", "元", "12.5")]             // under 元 nothing changes
    [InlineData("", "万元", "")]
    public void Entered_Text_IsReadInTheHeadersUnit(string typed, string unit, string expected) =>
        Assert.Equal(expected, MoneyUnits.Entered(typed, unit));

    [Fact]
    public void Entered_BareFigureUnderWanYuan_ParsesToYuanExactly() =>
        Assert.Equal(243_049.99m, MoneyText.ParseEntry(MoneyUnits.Entered("24.304999", "万元")).Result.Value);

    [Theory]
    [InlineData(2_430_499.90, "万元", "243.04999")]  // exact: saving it back never changes the stored 元
    [InlineData(250_000, "万元", "25.00")]
    [InlineData(1_234_567.8, "元", "1,234,567.80")]
    public void EntryText_StoredYuan_IsShownInTheFormsUnit(double yuan, string unit, string expected) =>
        Assert.Equal(expected, MoneyUnits.EntryText((decimal)yuan, unit));

    [Fact]
    public void ToYuan_WanYuan_RoundsOnceToTheFenHalfAwayFromZero() =>
        Assert.Equal(1.01m, MoneyUnits.ToYuan(0.0001005m, MoneyUnits.WanYuan));
}
