using Jixiao.Documents.Cells;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// The evidence a document gives for one template: the header labels, indicator-grid column headers and level-1 words of
/// its framework that the document prints, and whether the document names the template's jurisdiction (四川, 湖南 …).
/// </summary>
public sealed record TemplateEvidence(FormDefinition Form, int Labels, int Columns, int Framework, bool JurisdictionNamed)
{
    /// <summary>How well the template fits: every printed label, column and level-1 word it defines counts one.</summary>
    public int Score => Labels + Columns + Framework;
}

/// <summary>The template chosen for a document, every candidate's evidence (best first) and why, in Chinese.</summary>
public sealed record TemplateFitResult(FormDefinition Form, IReadOnlyList<TemplateEvidence> Ranking, string Reason);

/// <summary>
/// Chooses the template a form is imported on by the evidence it prints (ADR-047): the most header labels, grid columns
/// and framework words a template defines. A tie goes to the template whose jurisdiction the document names, else to the
/// generic template of the form kind (<see cref="GenericTemplates"/>), never to Shanghai's by default: a Shanghai form
/// wins by its own labels (项目性质, 项目类别 …), which a form of another province does not print.
/// </summary>
public static class TemplateFit
{
    /// <summary>How far down the text a jurisdiction's name is looked for (the title and the header).</summary>
    private const int NamingRows = 40;

    /// <summary>The best of <paramref name="candidates"/> for the document.</summary>
    public static TemplateFitResult Choose(
        IReadOnlyList<FormDefinition> candidates, bool selfEvaluation, RecognisedHeader? header, IReadOnlyList<RecognisedGrid> grids, CellDocument document)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(grids);
        ArgumentNullException.ThrowIfNull(document);
        if (candidates.Count == 0) throw new ArgumentException("No candidate template.", nameof(candidates));
        var top = string.Concat(document.Rows.Take(NamingRows).SelectMany(r => r.Cells).Select(c => c.Text));
        var genericId = GenericTemplates.For(selfEvaluation);
        var evidence = candidates.Select(f => Evidence(f, header, grids, top)).ToList();
        var ranking = evidence.Select((e, i) => (e, i))
            .OrderByDescending(x => x.e.Score)
            .ThenBy(x => x.e.JurisdictionNamed ? 0 : x.e.Form.Id == genericId ? 1 : 2)
            // Among the rest, a jurisdiction's data template before a built-in (Shanghai) form: no province by default.
            .ThenBy(x => FormDefinitions.BuiltIn.Contains(x.e.Form) ? 1 : 0)
            .ThenBy(x => x.i)
            .Select(x => x.e).ToList();
        var best = ranking[0];
        return new TemplateFitResult(best.Form, ranking, Reason(best, ranking, genericId));
    }

    private static TemplateEvidence Evidence(FormDefinition form, RecognisedHeader? header, IReadOnlyList<RecognisedGrid> grids, string top)
    {
        var own = OwnLabels(form);
        var labels = header is null ? 0 : header.LabelKeys.Distinct(StringComparer.Ordinal).Count(own.Contains);
        var columnLabels = form.IndicatorColumns.SelectMany(c => c.Synonyms.Prepend(c.Label)).Select(Bare).ToHashSet(StringComparer.Ordinal);
        var columns = grids.SelectMany(g => g.Columns).Select(Bare).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).Count(columnLabels.Contains);
        var template = TemplateRegistry.Current.Find(form.Id);
        var tree = template?.Tree;
        var framework = tree is null ? 0
            : grids.SelectMany(g => g.Rows).Select(r => IndicatorTemplate.LabelKey(r.Level1)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)
                .Count(k => tree.FindLevel1(k) is not null);
        return new TemplateEvidence(form, labels, columns, framework, Place(template?.Jurisdiction) is { } place && top.Contains(place, StringComparison.Ordinal));
    }

    /// <summary>
    /// The header labels that are evidence for <paramref name="form"/>: its printed labels, and a data template's synonyms
    /// (its own jurisdiction's spellings). A built-in form's synonyms are the importer's shared vocabulary, every
    /// province's spelling of a field (省级业务主管部门, 专项名称, 总体目标): reading them says nothing about Shanghai.
    /// </summary>
    private static HashSet<string> OwnLabels(FormDefinition form)
    {
        var builtIn = FormDefinitions.BuiltIn.Contains(form);
        return form.Fields.Where(f => f.Place.Block != FormBlocks.Title)
            .SelectMany(f => builtIn ? [f.Label] : f.Synonyms.Prepend(f.Label))
            .Select(HeaderVocabulary.Key).Where(k => k.Length >= 2).ToHashSet(StringComparer.Ordinal);
    }

    private static string Bare(string header) => IndicatorGridVocabulary.WithoutBrackets(IndicatorGridVocabulary.Compact(header));

    /// <summary>
    /// The place a jurisdiction names (四川省 → 四川, 宁夏回族自治区（银川市本级） → 宁夏, 上海市区级 → 上海), or null for a
    /// jurisdiction that is no place (财政部, 通用): a document naming 财政部门 names no template.
    /// </summary>
    internal static string? Place(string? jurisdiction)
    {
        if (string.IsNullOrWhiteSpace(jurisdiction)) return null;
        var end = jurisdiction.IndexOfAny(['省', '市', '（', '(']);
        var place = end < 0 ? jurisdiction : jurisdiction[..end];
        foreach (var suffix in (string[])["回族自治区", "壮族自治区", "维吾尔自治区", "自治区"])
            if (place.Contains(suffix, StringComparison.Ordinal)) place = place[..place.IndexOf(suffix, StringComparison.Ordinal)];
        return place.Length >= 2 && !place.StartsWith("财政", StringComparison.Ordinal) && place != "通用" ? place : null;
    }

    private static string Reason(TemplateEvidence best, IReadOnlyList<TemplateEvidence> ranking, string genericId)
    {
        var name = Name(best.Form);
        var counted = $"表头标签 {best.Labels} 个、指标表列 {best.Columns} 个、一级指标 {best.Framework} 个";
        var tied = ranking.Skip(1).Where(e => e.Score == best.Score).ToList();
        if (tied.Count == 0) return $"按表中所印{counted}，选用“{name}”（其他模板符合得更少）。";
        var others = string.Join("、", tied.Take(3).Select(e => $"“{Name(e.Form)}”"));
        var why = best.JurisdictionNamed ? "表中写明了该模板的地区" : best.Form.Id == genericId ? "平局时选用通用模板" : "平局时先选各地模板";
        return $"按表中所印{counted}，与{others}相同；{why}，选用“{name}”。";
    }

    private static string Name(FormDefinition form) =>
        TemplateRegistry.Current.Find(form.Id) is { } t ? TemplateChoice.DisplayName(t) : form.Title;
}
