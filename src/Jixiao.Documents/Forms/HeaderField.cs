using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Forms;

/// <summary>
/// What a header label of a project form stands for: a field of a form definition (<see cref="Field"/>), or one of the
/// labels that are not fields and that the reader handles itself (blocks, goals, sub-project table, grid).
/// </summary>
internal enum HeaderField
{
    /// <summary>No label (the default of <see cref="HeaderLabel"/>).</summary>
    None,
    /// <summary>A field of a form definition (<see cref="HeaderLabel.Key"/>).</summary>
    Field,
    /// <summary>项目资金（元）: a value beside it is the 项目资金总额.</summary>
    FundsBlock,
    PriorYearUsageSection, FundingComposition, SubProjectName, SubProjectAmount,
    GoalBlock,
    /// <summary>A goal of the 项目绩效目标 block (<see cref="HeaderLabel.Key"/>: its definition field); its text is below it.</summary>
    Goal,
    ExpectedGoal, ActualOutcome, GridLabel,
    /// <summary>自评表 项目资金 rows: 年度资金总额 · 当年财政拨款 · 上年结转资金 · 其他资金 (when 年初预算数… columns follow).</summary>
    EvaluationFundsHeader,
}

/// <summary>A recognised label: its kind, the definition field key (for <see cref="HeaderField.Field"/>) and its name in messages.</summary>
internal readonly record struct HeaderLabel(HeaderField Kind, string? Key = null, string? Display = null)
{
    public static implicit operator HeaderLabel(HeaderField kind) => new(kind);
}

internal static class HeaderLabels
{
    // Keys are CellText.LabelKey forms (compact, half-width brackets, no `*`, no trailing colon, no `其中:`). Field labels
    // (and synonyms) come from the declaration definitions; the goal labels are read by the goal zone, not as pairs.
    private static readonly (string Key, HeaderLabel Label)[] Table = [.. FieldLabels().Distinct(), .. Special()];

    private static IEnumerable<(string, HeaderLabel)> FieldLabels()
    {
        var fieldsByLabel = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var f in FormDefinitions.Declarations.SelectMany(d => d.Fields).Where(f => f.Place.Block != FormBlocks.Title))
            // Printed labels only: the seed layouts print them, and the synonyms other provinces print are read by the
            // structural recogniser (Recognition.HeaderVocabulary), so the seeds import exactly as they did.
            foreach (var label in (string[])[f.Label])
            {
                var key = CellText.LabelKey(label);
                if (f.Place.Block == FormBlocks.Goals)
                {
                    yield return (key, new HeaderLabel(HeaderField.Goal, f.Key));
                    continue;
                }
                // A label two fields print (其他资金 left and right) names the later field by its full name in messages.
                var fields = fieldsByLabel.TryGetValue(key, out var l) ? l : fieldsByLabel[key] = [];
                if (!fields.Contains(f.Key)) fields.Add(f.Key);
                yield return (key, new HeaderLabel(HeaderField.Field, f.Key, fields[0] == f.Key ? key : f.Name));
            }
    }

    private static IEnumerable<(string, HeaderLabel)> Special() =>
    [
        ("项目资金(元)", HeaderField.FundsBlock),
        ("项目资金", HeaderField.FundsBlock),
        ("本项目上年度市级财政资金使用情况", HeaderField.PriorYearUsageSection),
        ("项目资金投入构成", HeaderField.FundingComposition),
        ("子项目名称", HeaderField.SubProjectName),
        ("预算金额(元)", HeaderField.SubProjectAmount),
        ("项目绩效目标", HeaderField.GoalBlock),
        ("预期目标", HeaderField.ExpectedGoal),
        ("实际完成情况", HeaderField.ActualOutcome),
        ("年初预算数", HeaderField.EvaluationFundsHeader),
        ("绩效指标", HeaderField.GridLabel),
    ];

    // The first label of each key, as a scan of Table in order finds it.
    private static readonly Dictionary<string, HeaderLabel> ByKey = Table.DistinctBy(t => t.Key).ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);

    /// <summary>Exact label (after <see cref="CellText.LabelKey"/>); `项目总目标（2021 年- 2021年）` counts as 项目总目标.</summary>
    public static HeaderLabel? Match(string? cell)
    {
        var key = CellText.LabelKey(cell);
        if (key.Length == 0) return null;
        if (ByKey.TryGetValue(key, out var f)) return f;
        if (key.StartsWith("项目总目标(", StringComparison.Ordinal)) return ByKey.GetValueOrDefault("项目总目标");
        if (key.StartsWith("预算金额", StringComparison.Ordinal) && key.Length <= 8) return HeaderField.SubProjectAmount;
        return null;
    }

    /// <summary>
    /// A label cut by a page break or column drift: a unique prefix of at least four characters
    /// (`年度资金` → 年度资金申请总额).
    /// </summary>
    public static HeaderLabel? MatchPrefix(string? cell)
    {
        var key = CellText.LabelKey(cell);
        if (key.Length < 4) return null;
        HeaderLabel? found = null;
        foreach (var (k, f) in Table)
        {
            if (!k.StartsWith(key, StringComparison.Ordinal) || k == key) continue;
            if (found is not null && found != f) return null;
            found = f;
        }
        return found;
    }

    /// <summary>The field a label names when it is printed again in the same form (the second 其他资金 is the 年度 one).</summary>
    public static HeaderLabel Repeated(HeaderLabel label)
    {
        var key = Table.FirstOrDefault(t => t.Label == label).Key;
        return key is null ? label : Table.Where(t => t.Key == key).Select(t => t.Label).Distinct().Skip(1).FirstOrDefault(label);
    }

    /// <summary>The order in which labels of one field are preferred (the district label before the municipal one).</summary>
    public static int Rank(HeaderLabel label) => Array.FindIndex(Table, t => t.Label == label);

    /// <summary>`项目名称：测试项目` — label and value printed in one cell.</summary>
    public static (HeaderLabel Field, string Value)? SplitInline(string? cell)
    {
        var text = CellText.Clean(cell);
        var colon = text.IndexOfAny(['：', ':']);
        if (colon <= 0 || colon == text.Length - 1) return null;
        return Match(text[..colon]) is { } f && !CellText.IsBlank(text[(colon + 1)..]) ? (f, text[(colon + 1)..].Trim()) : null;
    }

    /// <summary>The printed label of a field, for messages.</summary>
    public static string Display(HeaderLabel f) => f.Display ?? Table.FirstOrDefault(t => t.Label == f).Key ?? f.Kind.ToString();

    /// <summary>True when the text is a part (prefix, suffix or inner piece) of a header label.</summary>
    public static bool IsFragment(string? cell)
    {
        var key = CellText.LabelKey(cell);
        if (key.Length == 0) return false;
        foreach (var (k, _) in Table)
            if (k.Contains(key, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The definition field a label fills (any declaration form).</summary>
    public static FieldDefinition? Definition(HeaderLabel f) =>
        f.Key is null ? null : FormDefinitions.Declarations.SelectMany(d => d.Fields).FirstOrDefault(d => d.Key == f.Key);

    /// <summary>
    /// The goal that goal-zone text under no label fills, and that a 自评表's 预期目标 stands for: the year's goal, the last
    /// goal the district 申报表 prints.
    /// </summary>
    public static string YearGoalKey { get; } = DeclarationForms.District2024.InBlock(FormBlocks.Goals).Last().Key;

    public static bool IsMoneyField(HeaderLabel f) => f.Kind == HeaderField.FundsBlock || Definition(f)?.Kind == FieldKind.Money;
}
