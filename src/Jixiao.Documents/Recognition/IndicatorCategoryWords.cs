using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Recognition;

/// <summary>What a cell in the category part of an indicator row is.</summary>
internal enum CategoryKind
{
    /// <summary>Not a category: an indicator name or a value.</summary>
    None,
    Level1,
    Level2,
    /// <summary>A word that is level 1 in one framework and level 2 in another (成本指标, 满意度指标).</summary>
    Either,
    /// <summary>Shaped like a category (`…指标`, short) but in no framework: placed by position.</summary>
    Unknown,
}

/// <summary>
/// The category words of indicator trees: every level-1 and level-2 label of the indicator templates
/// (<see cref="TemplateCatalog.All"/>), plus the level-1 words of the other published frameworks (项目完成/项目效益;
/// 项目决策/项目管理/项目产出/项目效益). Compared by <see cref="IndicatorTemplate.LabelKey"/> after dropping a weight
/// printed inside the label (`产出指标(70分)`) and a trailing `等`.
/// </summary>
internal static class IndicatorCategoryWords
{
    private static readonly string[] FrameworkLevel1 =
        ["产出", "效益", "满意度", "成本", "项目完成", "项目效益", "项目决策", "项目管理", "项目产出", "项目过程", "决策", "过程", "管理", "投入", "效果", "影响力"];

    private static readonly string[] FrameworkLevel2 =
        ["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "可持续性影响", "可持续发展影响", "可持续性发展影响",
         "服务对象满意度", "服务对象或受益者满意度", "满意度", "经济成本", "社会成本", "生态环境成本", "项目立项", "绩效目标", "资金投入", "资金管理",
         "组织实施", "业务管理", "财务管理", "项目目标"];

    private static readonly HashSet<string> Level1Keys =
        [.. TemplateCatalog.All.SelectMany(t => t.Level1).Select(l => IndicatorTemplate.LabelKey(l.Name)), .. FrameworkLevel1];

    private static readonly HashSet<string> Level2Keys =
        [.. TemplateCatalog.All.SelectMany(t => t.Level1).SelectMany(l => l.Children).Select(c => IndicatorTemplate.LabelKey(c.Name)), .. FrameworkLevel2];

    private const int MaxUnknownCategoryLength = 16;

    public static CategoryKind Classify(string? text)
    {
        var (label, _) = SplitWeight(text);
        var key = IndicatorTemplate.LabelKey(label.EndsWith('等') ? label[..^1] : label);
        if (key.Length == 0) return CategoryKind.None;
        // OCR's look-alikes (`顼目产出`, `项Fl实施`) name the same category; the label stays as printed.
        if (!Level1Keys.Contains(key) && !Level2Keys.Contains(key) && OcrLookAlikes.RepairWord(key) is { } repaired) key = repaired;
        var l1 = Level1Keys.Contains(key);
        var l2 = Level2Keys.Contains(key);
        if (l1 && l2) return CategoryKind.Either;
        if (l1) return CategoryKind.Level1;
        if (l2) return CategoryKind.Level2;
        // `年度绩效目标(定量指标)`: a category word whose `…指标` is said inside its brackets.
        var shape = label.EndsWith(')') && label.IndexOf('(', StringComparison.Ordinal) is > 0 and var open ? label[..^1].Remove(open, 1) : label;
        return shape.EndsWith("指标", StringComparison.Ordinal) && label.Length <= MaxUnknownCategoryLength && !label.StartsWith("指标", StringComparison.Ordinal)
            && !label.Any(c => char.IsDigit(c) || c is ',' or '，' or '、' or ':' or '：' or '%')
            ? CategoryKind.Unknown
            : CategoryKind.None;
    }

    /// <summary>A category word printed with the `指标` suffix, or a known one: never a value.</summary>
    public static bool IsCategory(string? text) => Classify(text) != CategoryKind.None;

    /// <summary>
    /// The label without a weight printed inside it, and that weight: `产出指标(70分)` → (`产出指标`, `70分`);
    /// `项目决策(10)` → (`项目决策`, `10`). Whitespace is removed.
    /// </summary>
    public static (string Label, string? Weight) SplitWeight(string? text)
    {
        var compact = IndicatorGridVocabulary.Compact(text);
        var open = compact.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !compact.EndsWith(')')) return (compact, null);
        var inside = compact[(open + 1)..^1];
        var digits = inside.EndsWith('分') ? inside[..^1] : inside;
        return digits.Length > 0 && digits.All(c => char.IsDigit(c) || c == '.') ? (compact[..open], inside) : (compact, null);
    }
}
