using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Layout;

public class UnitPackageLayoutTests
{
    public static TheoryData<string> PackageSeeds => new()
    {
        Seeds.District2024A,
        Seeds.District2024B,
        Seeds.Municipal2020,
        Seeds.Disclosure2021,
    };

    [Theory]
    [MemberData(nameof(PackageSeeds))]
    public void UnitPackage_Seed_ImportsBackToAnEqualPackage(string seed)
    {
        var package = RoundTrip.ImportSeed(seed).Package;

        var back = RoundTrip.Import(FormLayouts.UnitPackage(package));

        Assert.Equal(package.UnitName, back.UnitName);
        Assert.Equal(package.Year, back.Year);
        var computed = UnitSummary.Compute(package.Projects);
        Assert.Equal((package.Stated?.SubUnitCount, computed.ProjectCount, computed.TotalWanYuan),
            (back.Package.Stated?.SubUnitCount, back.Package.Stated?.ProjectCount, back.Package.Stated?.TotalWanYuan));
        Assert.Equal(package.Projects.Count, back.Package.Projects.Count);
        for (var i = 0; i < package.Projects.Count; i++)
        {
            var p = package.Projects[i];
            // The heading is numbered by position in the package and names the project.
            var expected = p with { NarrativeTitle = p.Form == FormKind.DistrictDeclaration || (p.Form != FormKind.MunicipalDeclaration && p.Narrative.Count > 0) ? UnitPackageLayout.NarrativeTitle(i + 1, p) : null };
            ModelDifferences.AssertNone(expected, back.Package.Projects[i]);
        }
    }

    [Fact]
    public void UnitPackage_Seed000_OneSummarySectionThenOneSectionPerProjectWithSevenNarrativeHeadings()
    {
        var package = RoundTrip.ImportSeed(Seeds.District2024A).Package;

        var layout = FormLayouts.UnitPackage(package);

        Assert.Equal(package.Projects.Count + 1, layout.Sections.Count);
        Assert.Equal("上海市松江区科技创新服务中心 2024 年 财政支出项目绩效目标申报表", layout.Sections[0].Blocks.OfType<HeadingBlock>().First().Text);
        Assert.Equal(layout.Sections.Count, layout.Sections.Select(s => s.Name).Distinct().Count());
        Assert.All(layout.Sections, s => Assert.InRange(s.Name.Length, 1, 31));
        foreach (var section in layout.Sections.Skip(1))
        {
            var headings = section.Blocks.OfType<HeadingBlock>().Select(h => h.Text).ToList();
            Assert.StartsWith("项目经费情况说明 ", headings[0]);
            Assert.Equal(["一、项目概述", "二、立项依据", "三、实施主体", "四、实施方案", "五、实施周期", "六、年度预算安排", "七、绩效目标"],
                headings.Where(h => h.Length > 2 && h[1] == '、'));
            Assert.Contains(headings, h => h.StartsWith("财政项目支出绩效目标申报表", StringComparison.Ordinal));
        }
    }

    [Theory]
    // 1,443,356 + 90,000 = 1,533,356 元 = 153.3356 万元 → 153.34 (AwayFromZero at 2 dp)
    [InlineData(1_443_356, 90_000, null, "本单位编报绩效目标的项目 2 个，涉及项目预算资金 153.34 万元。")]
    // the 预算单位 variant when the stated summary counted sub-units: 5 元 = 0.0005 万元 → 0.00
    [InlineData(5, 0, 3, "本单位 3 个预算单位开展了 2024 年项目预算绩效目标编报工作，编报绩效目标的项目 2 个，涉及项目预算资金 0.00 万元。")]
    public void SummarySentence_ComputedFromProjectsNotFromTheStatedFigure(int first, int second, int? units, string expectedTail)
    {
        Project P(string name, decimal yuan) => new() { Name = name, Form = FormKind.DistrictDeclaration, TemplateId = "SH-DIST-2024", Funds = new ProjectFunds { ProjectFundsTotal = yuan } };
        var package = new UnitPackage
        {
            UnitName = "某单位",
            Year = 2024,
            Stated = new StatedSummary(units, 99, 9999.99m, null),
            Projects = [P("甲", first), P("乙", second)],
        };

        Assert.Equal("按照本市预算绩效管理工作的总体要求，" + expectedTail, UnitPackageLayout.SummarySentence(package));
    }
}
