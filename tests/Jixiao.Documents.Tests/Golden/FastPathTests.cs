using System.Text;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Text;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Tests.Golden;

/// <summary>
/// Each fast path of the importer gives exactly what the general path it stands in for gives, over every line and
/// cell of the seeds and the generated golden sample plus hand-made markup cases.
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
    public void Clean_EveryLineAndCell_SameAsGeneralPath()
    {
        var differing = Cells.Value.Where(c => c.Length > 0 && CellText.Clean(c) != CellText.CleanMarkup(c)).ToList();

        Assert.Empty(differing);
    }

    [Fact]
    public void IsBlank_EveryLineAndCell_SameAsCompactOfGeneralClean()
    {
        var differing = Cells.Value.Where(c => CellText.IsBlank(c) != (c.Length == 0 || CellText.Compact(CellText.CleanMarkup(c)).Length == 0)).ToList();

        Assert.Empty(differing);
    }

    [Fact]
    public void Compact_EveryLineAndCell_SameAsRemovingEachWhiteSpaceCharacter()
    {
        var differing = Cells.Value.Where(c => CellText.Compact(c) != string.Concat(c.Where(ch => !char.IsWhiteSpace(ch) && ch != '\u3000'))).ToList();

        Assert.Empty(differing);
    }

    [Fact]
    public void MayBeHeaderWord_EveryLineAndCell_TrueForEveryHeaderWord()
    {
        var missed = Cells.Value.Where(c => !CategoryLabels.MayBeHeaderWord(c)
            && CategoryLabels.IsHeaderWord(CellText.Compact(c).Replace('（', '(').Replace('）', ')'))).ToList();

        Assert.Empty(missed);
        Assert.Contains(Cells.Value, c => CategoryLabels.IsHeaderWord(CellText.Compact(c)));
    }

    [Theory]
    [InlineData("一级目标")]
    [InlineData("联系人")]
    [InlineData("项目概况")]
    [InlineData("申报单位名称")]
    [InlineData("项目")]
    public void CompactStartsWith_EveryLine_SameAsCompactThenStartsWith(string prefix)
    {
        var differing = Lines.Value.Where(l => CellText.CompactStartsWith(l, prefix) != CellText.Compact(l).StartsWith(prefix, StringComparison.Ordinal)).ToList();

        Assert.Empty(differing);
    }

    [Fact]
    public void DocumentLines_EveryLine_SameCompactAndNarrativeAsFromPlainText()
    {
        var lines = Lines.Value.Select((t, i) => new SourceLine(i + 1, t)).ToList();
        var texts = new DocumentLines(lines);

        var differing = Enumerable.Range(0, lines.Count).Where(i =>
            texts.Compact(i) != CellText.Compact(DocumentPatterns.Plain(lines[i].Text))
            || texts.Narrative(i) != DocumentPatterns.Narrative(DocumentPatterns.Plain(lines[i].Text))).Select(i => lines[i].Text).ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("", "empty text")]
    [InlineData("a", "no ending")]
    [InlineData("a\n", "final ending gives an empty last line")]
    [InlineData("\n\n", "only endings")]
    [InlineData("a\r\nb\rc\u2028d\u0085e\fz\u2029y", "every ending ReplaceLineEndings knows")]
    [InlineData("a\r\r\n\n\rx", "mixed runs")]
    public void SplitLines_AnyLineEndings_SameAsSplittingNormalisedText(string text, string reason)
    {
        var expected = text.ReplaceLineEndings("\n").Split('\n');

        var lines = TextDocumentReader.SplitLines(text);

        Assert.True(expected.SequenceEqual(lines.Select(l => l.Text)), reason);
        Assert.Equal(Enumerable.Range(1, expected.Length), lines.Select(l => l.Number));
    }

    [Fact]
    public void SplitLines_SeedsAndSample_SameAsSplittingNormalisedText()
    {
        foreach (var (id, bytes) in GoldenCorpus.Documents())
        {
            var text = Encoding.UTF8.GetString(bytes);

            Assert.True(text.ReplaceLineEndings("\n").Split('\n').SequenceEqual(TextDocumentReader.SplitLines(text).Select(l => l.Text)), id);
        }
    }

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
