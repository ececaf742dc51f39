using Jixiao.Domain.Money;

namespace Jixiao.Domain.Tests.Money;

public class MoneyTextTests
{
    public static TheoryData<string, decimal, string> Valid => new()
    {
        { "1,443,356.00", 1_443_356.00m, "grouped with 2 decimals (forms.md)" },
        { "113,780", 113_780m, "grouped integer" },
        { "213500", 213_500m, "plain integer" },
        { "1450000.00", 1_450_000m, "plain with decimals" },
        { "152,919.8", 152_919.8m, "one decimal" },
        { "12761296.38", 12_761_296.38m, "plain, 2 decimals" },
        { "0", 0m, "zero" },
        { "0.00", 0m, "zero with decimals" },
        { "     18,963,662.79 ", 18_963_662.79m, "padding of the disclosure cells" },
        { "\u3000 3000.00\u3000", 3_000m, "U+3000 padding" },
        { "１２,３４５.６７", 12_345.67m, "full-width digits" },
        { "1.500", 1.5m, "trailing zero beyond 2 dp changes nothing" },
        { "9999999999999999.99", 9_999_999_999_999_999.99m, "decimal(18,2) maximum" },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "-5.00", "负数" },
        { "－5.00", "负数" },
        { "(5.00)", "负数" },
        { "1.234", "小数位" },
        { "1,23,456", "千分位" },
        { "1234,567", "千分位" },
        { ",123", "千分位" },
        { "12 345", "不是有效的数字" },
        { "1.2.3", "不是有效的数字" },
        { "1.", "不是有效的数字" },
        { ".5", "不是有效的数字" },
        { "abc", "不是有效的数字" },
        { "1e5", "不是有效的数字" },
        { "+5", "不是有效的数字" },
        { "12345678901234567", "超出范围" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidText_ReturnsAmount(string text, decimal expected, string reason)
    {
        var r = MoneyText.Parse(text);

        Assert.True(r.IsOk, reason);
        Assert.Equal(expected, r.Value);
        Assert.True(MoneyText.TryParse(text, out var v));
        Assert.Equal(expected, v);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("\u3000")]
    [InlineData("\t\u3000 ")]
    public void Parse_BlankCell_IsBlankAndZero(string? text)
    {
        var r = MoneyText.Parse(text);

        Assert.Equal(MoneyParseStatus.Blank, r.Status);
        Assert.Null(r.ValueOrNull);
        Assert.True(MoneyText.TryParse(text, out var v));
        Assert.Equal(0m, v);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidText_RejectedWithReason(string text, string reasonFragment)
    {
        var r = MoneyText.Parse(text);

        Assert.Equal(MoneyParseStatus.Invalid, r.Status);
        Assert.Contains(reasonFragment, r.Error, StringComparison.Ordinal);
        Assert.StartsWith("金额格式错误", r.Error, StringComparison.Ordinal);
        Assert.False(MoneyText.TryParse(text, out _));
    }

    [Theory]
    [InlineData(18_963_662.79, "18,963,662.79")]
    [InlineData(0, "0.00")]
    [InlineData(3000, "3,000.00")]
    [InlineData(0.005, "0.01")]
    public void Format_Amount_GroupedWithTwoDecimals(decimal value, string expected)
    {
        Assert.Equal(expected, MoneyText.Format(value));
        Assert.Equal(Math.Round(value, 2, MidpointRounding.AwayFromZero), MoneyText.Parse(expected).Value);
    }

    [Fact]
    public void Parse_RandomText_NeverThrowsAndValidValuesRoundTrip()
    {
        const string alphabet = "0123456789,.-() \u3000０，．e+元";
        var random = new Random(20211);
        for (var k = 0; k < 5_000; k++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var r = MoneyText.Parse(text);

            Assert.True(r.Status != MoneyParseStatus.Invalid || r.Error is not null, text);
            if (r.IsOk)
            {
                Assert.True(r.Value >= 0m, text);
                Assert.Equal(r.Value, MoneyText.Parse(MoneyText.Format(r.Value)).Value);
            }
        }
    }
}
