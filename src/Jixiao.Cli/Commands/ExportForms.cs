using Jixiao.Documents;
using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Scoring;

namespace Jixiao.Cli.Commands;

/// <summary>
/// The printable forms of an imported document: a disclosure package as one document (with its attached 填报表), else
/// one form per project (自评表 with the scorer's scores — imported forms are historical — or 申报表), or with
/// <c>--package</c> the unit's whole 申报 package as one document.
/// </summary>
internal static class ExportForms
{
    /// <param name="onTemplate">Puts a form on the chosen template (`--template`), or leaves it as it is.</param>
    public static IReadOnlyList<FormDocument> Of(ImportedDocument document, bool package, Func<Jixiao.Domain.Projects.Project, Jixiao.Domain.Projects.Project>? onTemplate = null)
    {
        onTemplate ??= p => p;
        if (document.Disclosure is { } disclosure) return [FormLayouts.Disclosure(disclosure, document.Package.Projects)];
        if (package && document.Kind == DocumentKind.Declaration && document.Package.Projects.Count > 0)
            return [FormLayouts.UnitPackage(document.Package)];
        return document.Package.Projects.Select(onTemplate).Select(p => p.Evaluation is null
            ? FormLayouts.Declaration(p)
            : FormLayouts.SelfEvaluation(p, Scorer.Score(p, RuleProfiles.For(p), ScoringMode.Historical))).ToList(); // scored and laid out in its template
    }
}
