using Jixiao.Domain.Review;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Templates;

public class TemplateCatalogTests
{
    [Theory]
    [InlineData(TemplateCatalog.District2024, "数量", "产出指标")]           // `X` ≡ `X指标`
    [InlineData(TemplateCatalog.District2024, "经济成本指标", "成本指标")]   // 成本 at level 1 from 2024
    [InlineData(TemplateCatalog.District2023, "成本指标", "产出指标")]       // 成本 under 产出 in 2023
    [InlineData(TemplateCatalog.Municipal2020, "成本", "产出目标")]
    [InlineData(TemplateCatalog.Municipal2020, "满意度", "效果目标")]
    [InlineData(TemplateCatalog.District2021, "可 持 续 影 响 指 标", "效益指标")] // letter-spaced
    public void FindLevel2_ResolvesByNameToItsParent(string templateId, string label, string expectedLevel1)
    {
        var found = TemplateCatalog.Get(templateId).FindLevel2(label);
        Assert.NotNull(found);
        Assert.Equal(expectedLevel1, found.Value.Parent.Name);
    }

    [Theory]
    [InlineData(TemplateCatalog.District2024, "成本指标", Severity.Warning)]
    [InlineData(TemplateCatalog.District2024, "满意度指标", Severity.Error)]
    [InlineData(TemplateCatalog.Municipal2020, "影响力目标", Severity.Error)]
    public void Level1_KnowsWhetherItIsMandatory(string templateId, string level1, Severity severity) =>
        Assert.Equal(severity, TemplateCatalog.Get(templateId).FindLevel1(level1)!.MissingSeverity);

    [Theory]
    [InlineData(2025, TemplateCatalog.District2024)]
    [InlineData(2024, TemplateCatalog.District2024)]
    [InlineData(2023, TemplateCatalog.District2023)]
    [InlineData(2021, TemplateCatalog.District2021)]
    public void ForDistrictYear_MapsYearToTree(int year, string expected) =>
        Assert.Equal(expected, TemplateCatalog.ForDistrictYear(year).Id);

    [Theory]
    [InlineData("质量指标", true)]        // a label as the template spells it
    [InlineData("时效", true)]            // a bare category word
    [InlineData("社会效益", true)]
    [InlineData("服务对象满意度", false)] // a real indicator name resembling its category (seed 000)
    [InlineData("员工满意度", false)]
    [InlineData("", false)]
    public void IsLabelInContentCell_TellsLabelsFromLookalikeNames(string text, bool expected) =>
        Assert.Equal(expected, TemplateCatalog.Dist2024.IsLabelInContentCell(text));

    [Fact]
    public void Get_UnknownTemplate_ThrowsWithChineseMessage()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => TemplateCatalog.Get("SH-DIST-1999"));
        Assert.Contains("未知的指标模板", e.Message);
    }
}
