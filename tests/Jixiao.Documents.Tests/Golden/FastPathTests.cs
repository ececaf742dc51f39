using System.Text;
using Jixiao.Documents.Forms;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Tests.Golden;

/// <summary>
/// The template label index (<see cref="CategoryLabels"/>) and <see cref="IndicatorTemplate.FindLevel1"/> /
/// <see cref="IndicatorTemplate.FindLevel2"/> give exactly what scanning the template gives, over every line and cell
/// of the seeds and the generated golden sample plus hand-made markup cases (not yet weighed by ADR-011).
/// </summary>
public sealed class FastPathTests
{
    private static readonly string[] MarkupCases =
    [
        "", " ", "\u3000", "\u00A0", "\t", "a<br>b", "<p>x</p>", "&nbsp;", "A&amp;B", "\\*\\*", "**粗体**", "# 标题", "## 项目经费情况说明 3",
        "  项目经费情况说明 1 ", "<br/>", "&lt;x&gt;", "\u3000\u3000数量\u3000指标", "指标", "数量 指标", "其中：财政资金", " # # x",
    ];

    private static readonly Lazy<List<string>> Lines = new(() => GoldenCorpus.Documents()
        .SelectMany(d => Encoding.UTF8.GetString(d.Bytes).ReplaceLineEndings("\n").Split('\n'))
        .Concat(MarkupCases).Distinct(StringComparer.Ordinal).ToList());

    private static readonly Lazy<List<string>> Cells = new(() => Lines.Value
        .SelectMany(l => l.Split('\t').Concat(l.Split(' ')))
        .Concat(Lines.Value).Concat(LabelPieces()).Distinct(StringComparer.Ordinal).ToList());

    [Fact]
    public void Classify_EveryCellAndLabelPieceUnderEveryTemplate_SameAsScanningTheTemplate()
    {
        var differing = new List<string>();
        foreach (var template in TemplateCatalog.All)
        {
            var labels = new CategoryLabels(template);
            foreach (var cell in Cells.Value)
                foreach (var partial in new[] { false, true })
                    if (labels.Classify(cell, partial) != ReferenceClassify(template, cell, partial))
                        differing.Add($"{template.Id} {partial} “{cell}”");
        }

        Assert.Empty(differing);
    }

    [Fact]
    public void FindLevels_EveryLabelPiece_SameAsComparingLabelKeys()
    {
        foreach (var template in TemplateCatalog.All)
            foreach (var piece in LabelPieces().Concat(MarkupCases))
            {
                var key = ReferenceKey(piece);
                Assert.Equal(key.Length == 0 ? null : template.Level1.FirstOrDefault(l => ReferenceKey(l.Name) == key), template.FindLevel1(piece));
                var l2 = key.Length == 0 ? null : template.Level1.SelectMany(l => l.Children.Select(c => (l, c))).Where(x => ReferenceKey(x.c.Name) == key)
                    .Select(x => ((Level1Category, Level2Category)?)x).FirstOrDefault();
                Assert.Equal(l2, template.FindLevel2(piece));
            }
    }

    /// <summary>Every substring of every label and grid word of the templates, with and without `指标`.</summary>
    private static IEnumerable<string> LabelPieces()
    {
        var words = TemplateCatalog.All.SelectMany(t => t.Level1.SelectMany(l => l.Children.Select(c => c.Name).Prepend(l.Name)))
            .Concat(["绩效指标", "项目绩效目标", "年度绩效目标", "一级指标", "年度(/项目)指标值", "实际完成值"]).Distinct().ToList();
        foreach (var w in words)
            for (var start = 0; start < w.Length; start++)
                for (var length = 1; start + length <= w.Length; length++)
                {
                    var piece = w.Substring(start, length);
                    yield return piece;
                    yield return piece + "指标";
                    yield return piece + " 指 标";
                }
    }

    private static string ReferenceKey(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return "";
        var compact = string.Concat(label.Where(c => !char.IsWhiteSpace(c)));
        return compact.EndsWith("指标", StringComparison.Ordinal) ? compact[..^2] : compact;
    }

    // CategoryLabels.Classify as it was before the per-template index: a scan of the template for every cell.
    private static (CategoryCellKind Kind, Level1Category? Level1, Level2Category? Level2) ReferenceClassify(IndicatorTemplate template, string cell, bool mayBePartial)
    {
        string[] gridWords = ["绩效指标", "项目绩效目标", "年度绩效目标"];
        var compact = CellText.Compact(cell).Replace('（', '(').Replace('）', ')');
        if (compact.Length == 0) return (CategoryCellKind.Fragment, null, null);
        if (CategoryLabels.IsHeaderWord(compact)) return (CategoryCellKind.Header, null, null);
        var key = ReferenceKey(compact);
        var l1 = key.Length == 0 ? null : template.Level1.FirstOrDefault(l => ReferenceKey(l.Name) == key);
        if (l1 is not null) return (CategoryCellKind.Label, l1, null);
        foreach (var p in key.Length == 0 ? [] : template.Level1)
            foreach (var c in p.Children)
                if (ReferenceKey(c.Name) == key) return (CategoryCellKind.Label, p, c);
        if (!mayBePartial) return (CategoryCellKind.Content, null, null);

        if (!(compact.Length == 1 && gridWords.Any(w => w.Contains(compact[0]))))
        {
            (Level1Category, Level2Category?)? found = null;
            var count = 0;
            foreach (var p in template.Level1)
            {
                if (p.Name.StartsWith(compact, StringComparison.Ordinal) && p.Name != compact) { found = (p, null); count++; }
                foreach (var c in p.Children)
                    if (c.Name.StartsWith(compact, StringComparison.Ordinal) && c.Name != compact) { found = (p, c); count++; }
            }
            if (count == 1) return (CategoryCellKind.Label, found!.Value.Item1, found.Value.Item2);
        }
        var labelChars = (string.Concat(gridWords) + string.Concat(template.Level1.Select(l => l.Name + string.Concat(l.Children.Select(c => c.Name))))).ToHashSet();
        var piece = gridWords.Any(w => w.Contains(compact, StringComparison.Ordinal))
            || (compact.Length <= 3 && compact.All(labelChars.Contains))
            || template.Level1.Any(p => p.Name.Contains(compact, StringComparison.Ordinal) || p.Children.Any(c => c.Name.Contains(compact, StringComparison.Ordinal)));
        return (piece ? CategoryCellKind.Fragment : CategoryCellKind.Content, null, null);
    }
}
