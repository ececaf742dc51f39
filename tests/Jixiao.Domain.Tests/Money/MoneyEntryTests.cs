using Jixiao.Domain.Forms;
using Jixiao.Domain.Money;

namespace Jixiao.Domain.Tests.Money;

/// <summary>Money as typed into a form field: the cell grammar plus a unit (元, 万, 万元), read once for editor and server.</summary>
public class MoneyEntryTests
{
    public static TheoryData<string, decimal, bool, string> Valid => new()
    {
        { "139.2万", 1_392_000m, true, "万 is ×10,000, exact" },
        { "139.2万元", 1_392_000m, true, "万元 likewise" },
        { "139.2 万元", 1_392_000m, true, "a space before the unit" },
        { "1,392,000", 1_392_000m, false, "thousands separators" },
        { "1,392,000元", 1_392_000m, false, "a trailing 元" },
        { "1392000.50", 1_392_000.50m, false, "plain with fen" },
        { "0.000001万", 0.01m, true, "one 分 in 万元" },
        { "１３９．２万", 1_392_000m, true, "full-width digits" },
        { "12万", 120_000m, true, "integer 万" },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "-1392000", "负数" },
        { "-139.2万", "负数" },
        { "万", "缺少数字" },
        { ".5万", "不是有效的数字" },
        { "0.0000001万", "六位" },
        { "1.234", "小数位" },
        { "十万元", "不是有效的数字" },
        { "139.2万万", "不是有效的数字" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void ParseEntry_TypedAmount_ReadsYuan(string text, decimal yuan, bool inWan, string reason)
    {
        var entry = MoneyText.ParseEntry(text);

        Assert.True(entry.Result.IsOk, reason);
        Assert.Equal(yuan, entry.Result.Value);
        Assert.Equal(inWan, entry.InWanYuan);
        Assert.Equal(yuan, FieldText.Money(text)); // the field reading is the same rule
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void ParseEntry_BadText_IsRefusedWithAReason(string text, string reasonPart)
    {
        var entry = MoneyText.ParseEntry(text);

        Assert.Equal(MoneyParseStatus.Invalid, entry.Result.Status);
        Assert.Contains(reasonPart, entry.Result.Error);
    }

    [Fact]
    public void FieldMoney_WanYuan_IsAnAmountNotBlank()
    {
        // Before: `139.2万` read as no value, so the required-field rule called the field empty.
        var value = FieldValue.Of(FieldKind.Money, "139.2万");

        Assert.True(value.IsPresent);
        Assert.Equal("1,392,000.00", value.Display);
        Assert.Null(FieldText.MoneyError("139.2万"));
        Assert.Contains("负数", FieldText.MoneyError("-1392000"));
    }
}
