using Jixiao.Domain.Bounds;
using Jixiao.Domain.Refusals;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Tests.Refusals;

/// <summary>One refusal for out-of-range figures and over-long texts: each field keyed, named in Chinese, one sentence.</summary>
public class ValueRefusalTests
{
    [Fact]
    public void OutOfRange_KeepsKeyNameAndMessage_SummaryListsThem()
    {
        var violation = ValueViolation.Of(ValueRanges.Money, 1e20m, "项目资金总额", "funds.projectFundsTotal")!;
        var refusal = ValueRefusal.OutOfRange([violation]);
        Assert.Equal(new RefusedField("funds.projectFundsTotal", "项目资金总额", violation.Message), Assert.Single(refusal.Fields));
        Assert.Equal("数值超出允许范围", refusal.Title);
        Assert.Equal("以下数值超出允许范围，未保存：" + violation.Message, refusal.Summary());
        Assert.Equal("以下数值超出允许范围，未导入：" + violation.Message, refusal.Summary("未导入"));
    }

    [Fact]
    public void TooLong_NamesTheFieldWithItsRow_SummaryJoinsMessages()
    {
        var a = new TextLimitViolation("rows[1].deviationReason", "第 1 行指标“培训人次”：“偏差原因分析”过长。", "第 1 行指标“培训人次”·偏差原因分析");
        var b = new TextLimitViolation("name", "“项目名称”过长。", "项目名称");
        var refusal = ValueRefusal.TooLong([a, b]);
        Assert.Equal(["第 1 行指标“培训人次”·偏差原因分析", "项目名称"], refusal.Fields.Select(f => f.Name));
        Assert.Equal("内容过长", refusal.Title);
        Assert.Equal("未保存：第 1 行指标“培训人次”：“偏差原因分析”过长。；“项目名称”过长。", refusal.Summary());
    }
}
