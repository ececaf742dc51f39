using Jixiao.Documents.Export;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Layout;

public class DeclarationRoundTripTests
{
    public static TheoryData<string> DeclarationSeeds => new()
    {
        Seeds.District2024A,
        Seeds.District2024B,
        Seeds.Municipal2020,
        Seeds.Disclosure2021,
    };

    [Theory]
    [MemberData(nameof(DeclarationSeeds))]
    public void Declaration_EverySeedProject_ImportsBackToAnEqualModel(string seed)
    {
        var projects = RoundTrip.ImportSeed(seed).Package.Projects;
        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            // The 申报表 alone: the district narrative (一…七) travels in the unit package, not on the form.
            var expected = project.Form == FormKind.MunicipalDeclaration ? project : project with { Narrative = new Dictionary<NarrativeSection, string>(), NarrativeTitle = null };
            var back = RoundTrip.Import(FormLayouts.Declaration(expected)).Package.Projects;

            Assert.Single(back);
            ModelDifferences.AssertNone(expected, back[0]);
        }
    }
}
