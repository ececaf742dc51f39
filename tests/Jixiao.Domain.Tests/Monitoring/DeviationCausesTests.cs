using Jixiao.Domain.Monitoring;

namespace Jixiao.Domain.Tests.Monitoring;

/// <summary>偏差原因分析 categories: one type, its printed labels both ways (the editor prints them, the importer reads them).</summary>
public class DeviationCausesTests
{
    [Theory]
    [InlineData(DeviationCause.Funding, "经费保障")]
    [InlineData(DeviationCause.Institutional, "制度保障")]
    [InlineData(DeviationCause.Staffing, "人员保障")]
    [InlineData(DeviationCause.Hardware, "硬件条件保障")]
    [InlineData(DeviationCause.Other, "其他")]
    public void Chinese_EachCause_PrintedLabelReadsBack(DeviationCause cause, string label)
    {
        Assert.Equal(label, DeviationCauses.Chinese(cause));
        Assert.Equal(cause, DeviationCauses.FromChinese(label));
    }

    [Theory]
    [InlineData("经费")]
    [InlineData("Funding")]
    [InlineData("")]
    [InlineData(null)]
    public void FromChinese_NotAPrintedLabel_IsNull(string? label) => Assert.Null(DeviationCauses.FromChinese(label));

    [Fact]
    public void All_EveryCauseOnceWithADistinctLabel() =>
        Assert.Equal(Enum.GetValues<DeviationCause>().Length, DeviationCauses.All.Select(DeviationCauses.Chinese).Distinct().Count());
}
