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

        var l1 = Template.FindLevel1(compact);
        if (l1 is not null) return (CategoryCellKind.Label, l1, null);
        var l2 = Template.FindLevel2(compact);
        if (l2 is not null) return (CategoryCellKind.Label, l2.Value.Parent, l2.Value.Child);
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
        (Level1Category, Level2Category?)? found = null;
        var count = 0;
        foreach (var l1 in Template.Level1)
        {
            if (l1.Name.StartsWith(compact, StringComparison.Ordinal) && l1.Name != compact) { found = (l1, null); count++; }
            foreach (var l2 in l1.Children)
                if (l2.Name.StartsWith(compact, StringComparison.Ordinal) && l2.Name != compact) { found = (l1, l2); count++; }
        }
        return count == 1 ? found : null;
    }

    private bool IsPieceOfAnyLabel(string compact)
    {
        foreach (var w in GridWords)
            if (w.Contains(compact, StringComparison.Ordinal)) return true;
        // Pieces of two adjacent labels merged into one cell by the extraction (`绩 成` = 绩|效 + 成|本).
        if (compact.Length <= 3 && compact.All(c => LabelChars.Contains(c))) return true;
        foreach (var l1 in Template.Level1)
        {
            if (l1.Name.Contains(compact, StringComparison.Ordinal)) return true;
            foreach (var l2 in l1.Children)
                if (l2.Name.Contains(compact, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private HashSet<char> LabelChars => field ??= [.. string.Concat(GridWords) + string.Concat(Template.Level1.Select(l => l.Name + string.Concat(l.Children.Select(c => c.Name))))];
}
