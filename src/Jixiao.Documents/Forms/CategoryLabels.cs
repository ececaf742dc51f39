using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Forms;

/// <summary>What a grid cell is, as far as the indicator tree is concerned.</summary>
internal enum CategoryCellKind
{
    /// <summary>Not a label: a name or a value.</summary>
    Content,
    /// <summary>A level-1 or level-2 label, whole or a unique prefix of one (`产出`, `可持续影`).</summary>
    Label,
    /// <summary>A piece of a label that says nothing new (`指 标`, `效 指 标`, `出指标`, `绩`).</summary>
    Fragment,
    /// <summary>Column headers (`一级指标`, `年度(/项目)指标值`, `一级目标` …).</summary>
    Header,
}

/// <summary>Classifies grid cells against an indicator template, by name, never by position (forms.md §8).</summary>
internal sealed class CategoryLabels(IndicatorTemplate template)
{
    private static readonly string[] GridWords = ["绩效指标", "项目绩效目标", "年度绩效目标"];
    private static readonly string[] HeaderWords = ["一级指标", "二级指标", "三级指标", "一级目标", "二级目标", "三级目标", "年度(/项目)指标值", "年度指标值", "指标目标值", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    public IndicatorTemplate Template { get; } = template;

    public (CategoryCellKind Kind, Level1Category? Level1, Level2Category? Level2) Classify(string cell, bool mayBePartial)
    {
        var compact = CellText.Compact(cell).Replace('（', '(').Replace('）', ')');
        if (compact.Length == 0) return (CategoryCellKind.Fragment, null, null);
        if (IsHeaderWord(compact)) return (CategoryCellKind.Header, null, null);

        if (Template.FindLevel1(compact) is { } l1) return (CategoryCellKind.Label, l1, null);
        if (Template.FindLevel2(compact) is { } l2) return (CategoryCellKind.Label, l2.Parent, l2.Child);
        if (!mayBePartial) return (CategoryCellKind.Content, null, null);

        // A label cut by a page break keeps its head on one row and its tail on the next.
        var prefix = UniquePrefixOf(compact);
        if (prefix is not null) return (CategoryCellKind.Label, prefix.Value.L1, prefix.Value.L2);
        if (IsPieceOfAnyLabel(compact)) return (CategoryCellKind.Fragment, null, null);
        return (CategoryCellKind.Content, null, null);
    }

    public static bool IsHeaderWord(string compact)
    {
        foreach (var w in HeaderWords)
            if (compact == w) return true;
        // Split headers: `一级` / `指标`, `年度(/项目)指标 值`.
        return compact is "一级" or "二级" or "三级" || compact.StartsWith("年度(/项目)", StringComparison.Ordinal);
    }

    private (Level1Category L1, Level2Category? L2)? UniquePrefixOf(string compact)
    {
        // A lone `绩`/`效`/`指`/`标` is a piece of the merged 绩效指标 cell, not the head of 效益指标.
        if (compact.Length == 1 && GridWords.Any(w => w.Contains(compact[0]))) return null;
        var heads = Labels().Where(l => l.Name.StartsWith(compact, StringComparison.Ordinal) && l.Name != compact).Take(2).ToList();
        return heads is [var only] ? (only.L1, only.L2) : null;
    }

    private bool IsPieceOfAnyLabel(string compact)
    {
        // Inside a grid word or a label (`compact` is never empty here).
        var words = GridWords.Concat(Labels().Select(l => l.Name)).ToList();
        if (words.Any(w => w.Contains(compact, StringComparison.Ordinal))) return true;
        // Pieces of two adjacent labels merged into one cell by the extraction (`绩 成` = 绩|效 + 成|本).
        return compact.Length <= 3 && compact.All(c => words.Any(w => w.Contains(c)));
    }

    /// <summary>Every level-1 and level-2 label of the template, in template order.</summary>
    private IEnumerable<(string Name, Level1Category L1, Level2Category? L2)> Labels() =>
        Template.Level1.SelectMany(l1 => l1.Children.Select(l2 => (l2.Name, l1, (Level2Category?)l2)).Prepend((l1.Name, l1, null)));
}
