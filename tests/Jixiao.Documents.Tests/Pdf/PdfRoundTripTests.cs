using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Html;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Pdf;

public class PdfRoundTripTests
{
    [Theory]
    [MemberData(nameof(LayoutSamples.All), MemberType = typeof(LayoutSamples))]
    public void Read_OwnExport_GivesTheLayoutsGridLines(string sample)
    {
        var read = AnyDocumentReader.Read("form.pdf", PdfSamples.Pdf(sample));

        Assert.True(read.Success, read.Error);
        Assert.Equal(LayoutSamples.ExpectedLines(LayoutSamples.Document(sample)), LayoutSamples.NonBlank(read.Lines!));
    }

    [Theory]
    [MemberData(nameof(LayoutSamples.Forms), MemberType = typeof(LayoutSamples))]
    public void ImportBytes_OwnExport_SameModelAsTheLayoutText(string sample) =>
        LayoutSamples.AssertImportsLikeLayoutText(sample, "form.pdf", PdfSamples.Pdf(sample));

    [Theory]
    [MemberData(nameof(LayoutSamples.ProjectSamples), MemberType = typeof(LayoutSamples))]
    public void ImportBytes_OwnExport_GivesEqualProjects(string sample)
    {
        var originals = LayoutSamples.Projects(sample);

        var outcome = DocumentImporter.ImportBytes("form.pdf", PdfSamples.Pdf(sample));

        Assert.True(outcome.Success, outcome.Error);
        var imported = outcome.Document!.Package.Projects;
        Assert.Equal(originals.Count, imported.Count);
        foreach (var (original, back) in originals.Zip(imported))
            Assert.Empty(ProjectDiff.Compare(original, back));
    }

    [Fact]
    public void Read_TableOverSeveralPages_RepeatedHeaderReadOnce()
    {
        var pdf = PdfSamples.Pdf(LayoutSamples.LongDeclaration);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);

        var read = PdfReader.Read("form.pdf", pdf);

        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages: the sample no longer spans pages");
        Assert.Single(read.Lines!, l => l.Text.Contains("一级指标\t二级指标", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Lines_LocatedByPageAndLine()
    {
        var read = PdfReader.Read("form.pdf", PdfSamples.Pdf(LayoutSamples.Mixed));

        Assert.Equal("第 1 页第 1 行", read.Lines![0].Location);
        Assert.Equal("上海市松江区 2024 年 单位预算公开", read.Lines[0].Text);
        Assert.StartsWith("第 3 页第 1 行", read.Lines.Single(l => l.Text == "分页之后的一行").Location, StringComparison.Ordinal);
    }
}
