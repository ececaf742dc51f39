using Jixiao.Documents.Cells;
using R = Jixiao.Documents.Recognition.IndicatorGridColumnRole;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// Turns the raw rows of one grid into indicators: carries merged category cells down, joins 指标性质 / 指标值 /
/// 度量单位 into one target text, keeps the long-term value and every other column by its printed header, and warns
/// (never fixes) where a value looks damaged.
/// </summary>
internal sealed class IndicatorGridRowBuilder
{
    /// <summary>Extra key of a weight printed inside a level-1 label (`产出指标(70分)`).</summary>
    public const string Level1WeightKey = "一级指标分值";

    /// <summary>Extra key of a weight printed inside a level-2 label (`质量指标(5分)`).</summary>
    public const string Level2WeightKey = "二级指标分值";

    private readonly IReadOnlyList<IndicatorGridColumn> columns;
    private readonly string?[] carried;
    private string? carriedLevel0;
    private readonly int level1, level2, name, target, comparator, unit, actual, weight, score, deviation;

    public IndicatorGridRowBuilder(IReadOnlyList<IndicatorGridColumn> columns)
    {
        this.columns = columns;
        carried = new string?[columns.Count];
        level1 = Main(R.Level1);
        level2 = Main(R.Level2);
        name = Main(R.Name);
        target = Main(R.Target);
        comparator = Main(R.Comparator);
        unit = Main(R.Unit);
        actual = Main(R.Actual);
        weight = Main(R.Weight);
        score = Main(R.Score);
        deviation = Main(R.Deviation);
    }

    public List<ImportWarning> Warnings { get; } = [];

    /// <summary>The year's column of a role (the one not marked 长期/实施期), else the only one; -1 when none.</summary>
    private int Main(R role)
    {
        var annual = columns.ToList().FindIndex(c => c.Role == role && !c.LongTerm);
        return annual >= 0 ? annual : columns.ToList().FindIndex(c => c.Role == role);
    }

    /// <summary>The indicator of <paramref name="raw"/>, or null for a row with no name (a category on its own, an empty row).</summary>
    public RecognisedIndicator? Build(IndicatorGridRawRow raw)
    {
        Carry(raw);
        var printedName = Text(raw, name) ?? LongTermName(raw);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        // Labels stay as printed (`产出指标(70分)`, `产出 指标`); a weight inside one is also given on its own.
        var l1 = level1 >= 0 ? carried[level1] : null;
        var l2 = level2 >= 0 ? carried[level2] : null;
        var (_, l1Weight) = IndicatorCategoryWords.SplitWeight(l1);
        var (_, l2Weight) = IndicatorCategoryWords.SplitWeight(l2);
        if (l1Weight is not null) extra[Level1WeightKey] = l1Weight;
        if (l2Weight is not null) extra[Level2WeightKey] = l2Weight;
        // A row with neither name nor value (a category on its own, an empty row, a bare `指标2:` placeholder) is no
        // indicator; a row whose 指标内容 was left empty but that has a value is one. A filled name keeps `指标1:` as printed.
        var bareName = IndicatorNamePlaceholder.Strip(printedName ?? "").Length == 0 ? "" : printedName!;
        if (bareName.Length == 0 && new[] { target, actual, weight, score }.All(c => Text(raw, c) is null)) return null;
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
        {
            if (c is var main && (main == level1 || main == level2 || main == name || main == target || main == actual
                || main == weight || main == score || main == deviation)) continue;
            if (Text(raw, c) is not { } t) continue;
            var key = KeyFor(c, extra);
            extra[key] = t;
            if (columns[c].Role is not (R.Comparator or R.Unit)) kept[key] = t;
        }
        var indicator = new RecognisedIndicator(
            Level0: string.IsNullOrWhiteSpace(carriedLevel0) ? null : carriedLevel0.Trim(),
            Level1: string.IsNullOrWhiteSpace(l1) ? null : l1,
            Level2: string.IsNullOrWhiteSpace(l2) ? null : l2,
            Name: bareName,
            Target: JoinedTarget(raw),
            Actual: Text(raw, actual),
            Weight: Text(raw, weight),
            Score: Text(raw, score),
            Extra: extra,
            First: raw.First)
        { Deviation = Text(raw, deviation), Columns = kept };
        Warn(raw, bareName);
        return indicator;
    }

    private void Carry(IndicatorGridRawRow raw)
    {
        if (raw.Level0 is { } l0) carriedLevel0 = l0.Text;
        var shallowest = int.MaxValue;
        for (var c = 0; c < columns.Count; c++)
            if (columns[c].IsLevel && raw.Cells[c] is { } cell)
            {
                carried[c] = cell.Text.Trim();
                shallowest = Math.Min(shallowest, columns[c].Depth);
            }
        for (var c = 0; c < columns.Count; c++)
            if (columns[c].IsLevel && raw.Cells[c] is null && columns[c].Depth > shallowest) carried[c] = null;
    }

    private string? LongTermName(IndicatorGridRawRow raw)
    {
        for (var c = 0; c < columns.Count; c++)
            if (c != name && columns[c].Role == R.Name && Text(raw, c) is { } t) return t;
        return null;
    }

    /// <summary>`≥` `90` `%` printed in three cells → `≥90%`, as printed side by side; a 指标性质 that is not a comparator (定量, 正向) is left out.</summary>
    private string? JoinedTarget(IndicatorGridRawRow raw)
    {
        var value = Text(raw, target);
        if (comparator < 0 && unit < 0) return value;
        if (value is null) return null;
        var op = Text(raw, comparator) is { } n && IndicatorValueShape.IsComparator(n) ? IndicatorGridVocabulary.Compact(n) : "";
        var u = Text(raw, unit) is { } t && !value.EndsWith(t, StringComparison.Ordinal) ? t : "";
        return op + value + u;
    }

    private string KeyFor(int c, Dictionary<string, string> extra)
    {
        var key = columns[c].Header;
        return extra.ContainsKey(key) ? $"{key}({c + 1})" : key;
    }

    private void Warn(IndicatorGridRawRow raw, string bareName)
    {
        foreach (var (c, label) in new[] { (name, "指标名称"), (comparator, "指标性质"), (target, "指标值"), (actual, "实际完成值"), (weight, "分值"), (score, "得分") })
        {
            if (c < 0 || raw.Cells[c] is not { } cell || IndicatorValueDamage.Describe(cell.Text) is not { } what) continue;
            Warnings.Add(new ImportWarning(cell.Line.Number, $"指标“{bareName}”的{label}“{cell.Text.Trim()}”{what}，已按原文保留，请核对。")
            { Location = cell.Line.Location });
        }
        // `IO` where the weight or score stands: read as the number OCR damaged, said so, the printed text kept.
        foreach (var (c, label) in new[] { (weight, "分值"), (score, "得分") })
            if (c >= 0 && raw.Cells[c] is { } cell && OcrLookAlikes.DamagedNumber(cell.Text) is { } number)
                Warnings.Add(new ImportWarning(cell.Line.Number,
                    $"指标“{bareName}”的{label}“{cell.Text.Trim()}”疑为识别错误，已按数字 {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} 读取{label}，原文保留，请核对。")
                { Location = cell.Line.Location });
    }

    private static string? Text(IndicatorGridRawRow raw, int c) =>
        c >= 0 && raw.Cells[c] is { } cell && cell.Text.Trim() is { Length: > 0 } t ? t : null;
}
