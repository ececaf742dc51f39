using Jixiao.Documents.Export.Html;
using Jixiao.Documents.Reading;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Html;

public class HtmlRoundTripTests
{
    [Theory]
    [MemberData(nameof(LayoutSamples.All), MemberType = typeof(LayoutSamples))]
    public void Read_OwnExport_GivesTheLayoutsGridLines(string sample)
    {
        var document = LayoutSamples.Document(sample);

        var read = AnyDocumentReader.Read("form.html", new HtmlRenderer().Render(document));

        Assert.True(read.Success, read.Error);
        Assert.Equal(LayoutSamples.ExpectedLines(document), LayoutSamples.NonBlank(read.Lines!));
    }

    [Theory]
    [MemberData(nameof(LayoutSamples.Forms), MemberType = typeof(LayoutSamples))]
    public void ImportBytes_OwnExport_SameModelAsTheLayoutText(string sample) =>
        LayoutSamples.AssertImportsLikeLayoutText(sample, "form.html", new HtmlRenderer().Render(LayoutSamples.Document(sample)));

    [Theory]
    [MemberData(nameof(LayoutSamples.ProjectSamples), MemberType = typeof(LayoutSamples))]
    public void ImportBytes_OwnExport_GivesEqualProjects(string sample)
    {
        var originals = LayoutSamples.Projects(sample);

        var outcome = DocumentImporter.ImportBytes("form.html", new HtmlRenderer().Render(LayoutSamples.Document(sample)));

        Assert.True(outcome.Success, outcome.Error);
        var imported = outcome.Document!.Package.Projects;
        Assert.Equal(originals.Count, imported.Count);
        foreach (var (original, back) in originals.Zip(imported))
            Assert.Empty(ProjectDiff.Compare(original, back));
    }
}
