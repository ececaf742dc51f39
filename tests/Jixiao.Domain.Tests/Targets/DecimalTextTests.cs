using System.Globalization;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>The grammar's own number reading and writing must agree with the BCL's decimal parsing and formatting.</summary>
public sealed class DecimalTextTests
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    [Theory]
    [InlineData("0")]
    [InlineData("139.20")]
    [InlineData("007.50")]
    [InlineData("-12.5")]
    [InlineData("+3")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.2.3")]
    [InlineData("9999999999999999999")]
    [InlineData("18446744073709551615")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("1e5")]
    [InlineData("1,000")]
    public void TryParse_Text_SameAsDecimalTryParse(string text)
    {
        var expectedOk = decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var expected);

        var ok = DecimalText.TryParse(text, out var value);

        Assert.Equal(expectedOk, ok);
        Assert.Equal(expected, value);
        Assert.Equal(expected.Scale, value.Scale);
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryParse_RandomNumbers_SameAsDecimalTryParse()
    {
        var random = new Random(11);
        for (var i = 0; i < 50_000; i++)
        {
            var text = RandomNumberText(random);
            var expectedOk = decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var expected);
            Assert.Equal(expectedOk, DecimalText.TryParse(text, out var value));
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Format_RandomDecimals_SameAsFixedPointWithAtLeastTwoDecimals()
    {
        var random = new Random(12);
        var special = new[] { 0m, -0m, 0.00m, 1m, -1m, 0.001m, -0.001m, decimal.MaxValue, decimal.MinValue, 1e-28m, 139.20m, 10000m };
        foreach (var number in special.Concat(Enumerable.Range(0, 50_000).Select(_ => RandomDecimal(random))))
        {
            var expected = number.ToString("F" + Math.Max(2, (int)number.Scale).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            Assert.Equal(expected, DecimalText.Format(number));
        }
    }

    private static string RandomNumberText(Random random)
    {
        var sign = random.Next(6) switch { 0 => "-", 1 => "+", _ => "" };
        var integer = new string('0', random.Next(3)) + Digits(random, random.Next(0, 22));
        var fraction = random.Next(3) == 0 ? "" : "." + Digits(random, random.Next(0, 12));
        return sign + integer + fraction;
    }

    private static string Digits(Random random, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    private static decimal RandomDecimal(Random random) =>
        new(random.Next(), random.Next(4) == 0 ? random.Next() : 0, random.Next(8) == 0 ? random.Next() : 0, random.Next(2) == 0, (byte)random.Next(0, 29));
}
