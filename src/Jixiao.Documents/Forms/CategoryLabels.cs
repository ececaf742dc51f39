using System.Runtime.CompilerServices;
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
    // Templates are immutable catalog values, so each one's lookups are built once and shared by every form using it.
    private static readonly ConditionalWeakTable<IndicatorTemplate, LabelIndex> Indexes = [];

    private readonly LabelIndex index = Indexes.GetValue(template, t => new LabelIndex(t));

    private static readonly string[] GridWords = ["绩效指标", "项目绩效目标", "年度绩效目标"];
    private static readonly string[] HeaderWords = ["一级指标", "二级指标", "三级指标", "一级目标", "二级目标", "三级目标", "年度(/项目)指标值", "年度指标值", "指标目标值", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    public IndicatorTemplate Template { get; } = template;

    public (CategoryCellKind Kind, Level1Category? Level1, Level2Category? Level2) Classify(string cell, bool mayBePartial)
    {
        var compact = CellText.Compact(cell).Replace('（', '(').Replace('）', ')');
        if (compact.Length == 0) return (CategoryCellKind.Fragment, null, null);
        if (IsHeaderWord(compact)) return (CategoryCellKind.Header, null, null);

        // Template.FindLevel1 / FindLevel2 of a compact cell, by the precomputed label keys.
        var key = compact.EndsWith("指标", StringComparison.Ordinal) ? compact.AsSpan(0, compact.Length - 2) : compact.AsSpan();
        if (key.Length > 0)
        {
            if (index.Level1ByKey.TryGetValue(key, out var l1)) return (CategoryCellKind.Label, l1, null);
            if (index.Level2ByKey.TryGetValue(key, out var l2)) return (CategoryCellKind.Label, l2.Parent, l2.Child);
        }
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
        return index.ProperPrefixes.TryGetValue(compact, out var p) && p.Count == 1 ? (p.Level1, p.Level2) : null;
    }

    private bool IsPieceOfAnyLabel(string compact)
    {
        // Inside a grid word or a label (`compact` is never empty here).
        if (index.Pieces.Contains(compact)) return true;
        // Pieces of two adjacent labels merged into one cell by the extraction (`绩 成` = 绩|效 + 成|本).
        if (compact.Length <= 3)
        {
            foreach (var c in compact)
                if (!index.LabelChars.Contains(c)) return false;
            return true;
        }
        return false;
    }

    /// <summary>One template's labels by key, by proper prefix and by piece, for <see cref="Classify"/>.</summary>
    private sealed class LabelIndex
    {
        /// <summary>First level-1 of each <see cref="IndicatorTemplate.LabelKey"/> (what FindLevel1 returns).</summary>
        public Dictionary<string, Level1Category>.AlternateLookup<ReadOnlySpan<char>> Level1ByKey { get; }

        /// <summary>First level-2 (with its parent) of each key, in template order (what FindLevel2 returns).</summary>
        public Dictionary<string, (Level1Category Parent, Level2Category Child)>.AlternateLookup<ReadOnlySpan<char>> Level2ByKey { get; }

        /// <summary>For each proper prefix of a label: how many labels it begins, and the last of them.</summary>
        public Dictionary<string, (int Count, Level1Category Level1, Level2Category? Level2)> ProperPrefixes { get; } = new(StringComparer.Ordinal);

        /// <summary>Every non-empty substring of the grid words and the labels.</summary>
        public HashSet<string> Pieces { get; } = new(StringComparer.Ordinal);

        public HashSet<char> LabelChars { get; }

        public LabelIndex(IndicatorTemplate template)
        {
            var level1 = new Dictionary<string, Level1Category>(StringComparer.Ordinal);
            var level2 = new Dictionary<string, (Level1Category, Level2Category)>(StringComparer.Ordinal);
            foreach (var l1 in template.Level1)
            {
                level1.TryAdd(IndicatorTemplate.LabelKey(l1.Name), l1);
                AddPrefixes(l1.Name, l1, null);
                foreach (var l2 in l1.Children)
                {
                    level2.TryAdd(IndicatorTemplate.LabelKey(l2.Name), (l1, l2));
                    AddPrefixes(l2.Name, l1, l2);
                }
            }
            Level1ByKey = level1.GetAlternateLookup<ReadOnlySpan<char>>();
            Level2ByKey = level2.GetAlternateLookup<ReadOnlySpan<char>>();
            var words = GridWords.Concat(template.Level1.SelectMany(l => l.Children.Select(c => c.Name).Prepend(l.Name))).ToList();
            foreach (var w in words)
                for (var start = 0; start < w.Length; start++)
                    for (var length = 1; start + length <= w.Length; length++)
                        Pieces.Add(w.Substring(start, length));
            LabelChars = [.. string.Concat(words)];
        }

        private void AddPrefixes(string name, Level1Category l1, Level2Category? l2)
        {
            for (var length = 1; length < name.Length; length++)
            {
                var prefix = name[..length];
                var count = ProperPrefixes.TryGetValue(prefix, out var p) ? p.Count : 0;
                ProperPrefixes[prefix] = (count + 1, l1, l2);
            }
        }
    }
}
