using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>Seeds as sources and the layout-level round trip: layout → canonical lines → importer.</summary>
internal static class RoundTrip
{
    public static ImportedDocument ImportSeed(string seed) => DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!;

    public static ImportedDocument Import(FormDocument layout)
    {
        var outcome = DocumentImporter.ImportLines(layout.FileName, GridLines.FromDocument(layout));
        Assert.True(outcome.Success, outcome.Error);
        return outcome.Document!;
    }
}
