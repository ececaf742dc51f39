using Jixiao.Domain.Projects;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>The text limits leave every real form whole: no field of a seed document comes near them.</summary>
public class SeedTextLimitsTests
{
    public static TheoryData<string> SeedFiles =>
        [Seeds.District2024A, Seeds.District2024B, Seeds.Municipal2020, Seeds.Disclosure2021, Seeds.SelfEvaluation2023];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Check_SeedProjects_FindNothingTooLong(string seed)
    {
        var projects = DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!.Package.Projects;

        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.Empty(ProjectTextLimits.Check(p)));
    }

    [Fact]
    public void Check_FieldsOverTheirLimit_NameEachFieldAndRowInChinese()
    {
        var project = DocumentImporter.ImportLines(Seeds.District2024A, Seeds.Lines(Seeds.District2024A)).Document!.Package.Projects[0];
        var tooLong = project with
        {
            Name = new string('名', TextLimits.Name + 1),
            AnnualGoal = new string('目', TextLimits.Narrative + 1),
            Indicators = [.. project.Indicators.Take(1), project.Indicators[1] with { Level2 = new string('级', TextLimits.Name + 1) }],
        };

        var found = ProjectTextLimits.Check(tooLong);

        Assert.Equal(["name", "annualGoal", "indicators[1].level2"], found.Select(f => f.Field));
        Assert.Equal("“项目名称”最多 200 个字符，现有 201 个。", found[0].Message);
        Assert.Equal("“年度总体目标”最多 20,000 个字符，现有 20,001 个。", found[1].Message);
        Assert.Equal("第 2 行指标：“二级指标”最多 200 个字符，现有 201 个。", found[2].Message);
        Assert.Empty(ProjectTextLimits.Check(project with { Name = new string('名', TextLimits.Name) }));
    }
}
