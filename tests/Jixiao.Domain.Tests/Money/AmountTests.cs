using Jixiao.Domain.Money;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Tests.Money;

/// <summary>Money in 元, 万元 only at the edges, and the one rounding (half away from zero, scoring.md SC-50).</summary>
public class AmountTests
{
    [Theory]
    [InlineData("243049.99", "24.30", "rounded to 2 dp")]
    [InlineData("135", "0.01", "0.0135 → 0.01")]
    [InlineData("250", "0.03", "0.025 is a midpoint: away from zero gives 0.03, banker's would give 0.02")]
    [InlineData("0", "0.00", "zero")]
    [InlineData("79228162514264337593543950335", "7922816251426433759354395.03", "decimal's maximum never throws")]
    public void WanYuan_FromYuan_TwoDecimalsHalfAwayFromZero(string yuan, string expected, string reason) =>
        Assert.True(new Amount(D(yuan)).WanYuanText == expected, $"{reason}: {new Amount(D(yuan)).WanYuanText}");

    [Fact]
    public void FromWanYuan_StatedFigure_ExactInYuan() => Assert.Equal(243_000.50m, Amount.FromWanYuan(24.30005m).Yuan);

    [Theory]
    [InlineData("2.625", "2.63", "E9: 7 ÷ 8 × 3 = 2.625 → 2.63, banker's would give 2.62")]
    [InlineData("4.1666", "4.17", "SC-50 trail example")]
    [InlineData("-2.625", "-2.63", "away from zero on both sides")]
    public void Score_Sc50_HalfAwayFromZero(string value, string expected, string reason) =>
        Assert.True(Rounding.Score(D(value)) == D(expected), reason);

    [Theory]
    [InlineData("0.325", "0.33")]
    [InlineData("12.345", "12.35")]
    public void Percent_TwoDecimalsHalfAwayFromZero(string value, string expected) => Assert.Equal(D(expected), Rounding.Percent(D(value)));

    [Fact]
    public void Yuan_ToTheFen() => Assert.Equal(1.01m, new Amount(1.005m).Rounded.Yuan);

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
