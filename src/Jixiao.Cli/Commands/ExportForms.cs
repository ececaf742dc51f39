using Jixiao.Documents;
using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;

namespace Jixiao.Cli.Commands;

/// <summary>The printable forms of an imported document: one per project, or the unit's whole package as one.</summary>
internal static class ExportForms
{
    public static IReadOnlyList<FormDocument> Of(ImportedDocument document, bool package)
    {
        var forms = new List<FormDocument>();
        forms.AddRange(document.Package.Projects.Select(FormLayouts.Declaration));
        return forms;
    }
}
