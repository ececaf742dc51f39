using Jixiao.Domain.Forms;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// The generic template (ADR-037): when the indicator grid has columns the chosen form cannot hold and no data template
/// was recognised (the header fell back on a built-in Shanghai form), the form is imported on the generic template,
/// the MoF standard target table, and every column it does not define is kept by its printed header in
/// <c>Indicator.Columns</c>, so nothing read is dropped and no Shanghai layout is forced on it.
/// </summary>
internal static class GenericTemplate
{
    public const string DeclarationId = GenericTemplates.DeclarationId;

    /// <summary>The generic template is chosen by its fit, never by its labels: it is no header candidate.</summary>
    public static bool IsGeneric(FormDefinition form) => form.Id == DeclarationId;

    /// <summary>
    /// The form to import on: <paramref name="chosen"/>, or the generic template when <paramref name="chosen"/> is built-in,
    /// the document is a declaration and its grids keep a column <paramref name="chosen"/> has no key for.
    /// </summary>
    public static FormDefinition Fit(FormDefinition chosen, bool selfEvaluation, IReadOnlyList<RecognisedGrid> grids)
    {
        if (selfEvaluation || !FormDefinitions.BuiltIn.Contains(chosen)) return chosen;
        var unheld = grids.SelectMany(g => g.Rows).SelectMany(r => r.Columns.Keys).Any(h => KeyOf(chosen, h) is null);
        return unheld && FormDefinitions.All.FirstOrDefault(f => f.Id == DeclarationId) is { } generic ? generic : chosen;
    }

    /// <summary>The row's kept columns by the form's column key where the form defines one of that header, else by the printed header.</summary>
    public static IReadOnlyDictionary<string, string>? Columns(FormDefinition form, RecognisedIndicator row)
    {
        if (row.Columns.Count == 0) return null;
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (header, text) in row.Columns) columns.TryAdd(KeyOf(form, header) ?? header, text);
        return columns;
    }

    /// <summary>The key of <paramref name="form"/>'s text column printed as <paramref name="header"/> (its label or a synonym), or null.</summary>
    private static string? KeyOf(FormDefinition form, string header)
    {
        var bare = IndicatorGridVocabulary.WithoutBrackets(IndicatorGridVocabulary.Compact(header));
        return IndicatorColumnTexts.Of(form).FirstOrDefault(c => c.Synonyms.Prepend(c.Label)
            .Any(l => IndicatorGridVocabulary.WithoutBrackets(IndicatorGridVocabulary.Compact(l)) == bare))?.Key;
    }
}
