using Jixiao.Documents.Forms;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// One printed label of the vocabulary: the field it names and every form definition that prints it; a label no
/// definition has as a field (<see cref="HeaderVocabulary.Unkeyed"/>) has no field and is kept by its printed text.
/// </summary>
internal sealed record HeaderLabelEntry(string Label, FieldDefinition? Field, IReadOnlyList<FormDefinition> Forms);

/// <summary>
/// The header labels every registered form definition prints (<see cref="FormDefinitions.All"/>: labels and synonyms),
/// keyed by their compact form (<see cref="Key"/>), so a label is found whatever province printed it. Nothing here
/// lists a form: a definition added to the registry brings its labels with it.
/// </summary>
internal static partial class HeaderVocabulary
{
    /// <summary>
    /// Labels shorter than this are looked for inside running text (flat PDF/OCR lines) only where a colon follows them
    /// (`三、其他:3683万元`): two characters are too often part of other words.
    /// </summary>
    private const int MinScanLength = 3;

    private static readonly Lazy<Dictionary<string, HeaderLabelEntry>> Entries = new(Build);

    // By first character, longest first: a flat line is scanned once, trying only the labels that can start at each place.
    private static readonly Lazy<Dictionary<char, string[]>> ScanLabels = new(() =>
        Entries.Value.Keys.Where(k => k.Length >= 2).GroupBy(k => k[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ToArray()));

    /// <summary>The project forms a document can be recognised as (the 运行监控表 reports on a project, it is not one).</summary>
    public static IEnumerable<FormDefinition> ProjectForms => FormDefinitions.All.Where(d => d.Form != FormKind.MonitoringReport);

    private static Dictionary<string, HeaderLabelEntry> Build()
    {
        var found = new Dictionary<string, (FieldDefinition Field, List<FormDefinition> Forms)>(StringComparer.Ordinal);
        foreach (var form in ProjectForms)
            foreach (var field in form.Fields.Where(f => f.Place.Block != FormBlocks.Title))
                foreach (var label in (string[])[field.Label, .. field.Synonyms])
                {
                    var key = Key(label);
                    if (key.Length < 2) continue;
                    // The first definition's field keeps the label (the 2024 申报表 before older forms that share it).
                    if (!found.TryGetValue(key, out var e)) found[key] = e = (field, []);
                    if (!e.Forms.Contains(form)) e.Forms.Add(form);
                }
        var entries = found.ToDictionary(kv => kv.Key, kv => new HeaderLabelEntry(kv.Key, kv.Value.Field, kv.Value.Forms), StringComparer.Ordinal);
        foreach (var label in Unkeyed) entries.TryAdd(Key(label), new HeaderLabelEntry(Key(label), null, []));
        return entries;
    }

    /// <summary>
    /// Labels naming the unit a form belongs to: the unit that filled it in (填报单位, 编制单位), or received the money it
    /// sets targets for (下达地方或单位). It comes before the 实施单位, which may be a unit under it; kept by printed text.
    /// </summary>
    internal static readonly string[] FilingUnit = ["填报单位", "填报单位(盖章)", "绩效编制单位", "编制单位", "下达地方或单位"];

    /// <summary>
    /// Labels printed in the header of many forms that no definition keeps as a field (who filled the form in, and when):
    /// known as labels, so a value is never taken for them, and kept by their printed text.
    /// </summary>
    internal static readonly string[] Unkeyed = ["填报人", "填报日期", "填表人", "填表日期", "审核人", .. FilingUnit];

    /// <summary>
    /// The compact form a label is compared in: no white space, half-width brackets and colon, no `*`, no `其中:`, no
    /// trailing colon, and no unit suffix (`(万元)`, `(元)`): the unit is read apart (<see cref="Unit"/>).
    /// </summary>
    public static string Key(string? text)
    {
        var key = CellText.LabelKey(text);
        key = LeadingOrdinal().Replace(key, "");
        if (key.StartsWith("其中:", StringComparison.Ordinal)) key = key[3..];
        foreach (var unit in (string[])["(万元)", "(元)", "(万元", "(元"])
            if (key.EndsWith(unit, StringComparison.Ordinal)) return key[..^unit.Length].TrimEnd(':');
        return key;
    }

    /// <summary>The money unit a label or block title states (`项目资金(万元)`): 10000 for 万元, 1 for 元, null when none.</summary>
    public static decimal? Unit(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Contains("万元", StringComparison.Ordinal)) return 10_000m;
        if (text.Contains("(元", StringComparison.Ordinal) || text.Contains("（元", StringComparison.Ordinal)) return 1m;
        return null;
    }

    /// <summary>The entry of a whole cell that is a label, or null.</summary>
    public static HeaderLabelEntry? Match(string? cell)
    {
        var key = Key(cell);
        return key.Length > 0 && Entries.Value.TryGetValue(key, out var e) ? e : null;
    }

    /// <summary>
    /// The entry a whole cell that is no label stands for when OCR damaged its label (`主管部n`, `其中:财政投款`; see
    /// <see cref="DamagedLabels"/>), or null.
    /// </summary>
    public static HeaderLabelEntry? MatchDamaged(string? cell)
    {
        var key = Key(cell);
        if (key.Length == 0 || Entries.Value.ContainsKey(key)) return null;
        return DamagedLabels.Whole(key, Entries.Value.Keys) is { } label ? Entries.Value[label] : null;
    }

    /// <summary>
    /// Every label found in running text, left to right, longest first at each place and never overlapping: where the
    /// labels of a flat line start and end. Where the text holds labels printed whole, the header part of it (before the
    /// indicator grid) is also read for labels OCR damaged (<see cref="DamagedLabels"/>) of the same forms: those are
    /// flagged <c>Damaged</c>.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length, HeaderLabelEntry Entry, bool Damaged)> Scan(string text)
    {
        // Compare on the compact text but report places in the original: map each compact index back.
        var compact = new System.Text.StringBuilder(text.Length);
        var at = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '*') continue;
            compact.Append(c switch { '（' => '(', '）' => ')', '：' => ':', _ => c });
            at.Add(i);
        }
        var s = compact.ToString();
        var found = new List<(int Start, int Length, HeaderLabelEntry Entry, bool Damaged)>();
        var spans = new List<(int From, int End)>();
        for (var i = 0; i < s.Length;)
        {
            var hit = ScanLabels.Value.TryGetValue(s[i], out var starting)
                ? starting.FirstOrDefault(k => string.CompareOrdinal(s, i, k, 0, k.Length) == 0
                    && (k.Length >= MinScanLength || (i + k.Length < s.Length && s[i + k.Length] == ':')))
                : null;
            // `年度…` right after a figure ends a date (`2021年度资金总额及构成`), it starts no label.
            if (hit is not null && hit[0] is '年' or '月' or '日' && i > 0 && char.IsAsciiDigit(s[i - 1])) hit = null;
            if (hit is null) { i++; continue; }
            var end = i + hit.Length;
            // `其中:` in front of a label is part of it (`资金总额:35其中:财政拨款35`), not the end of the value before.
            var from = i >= 3 && string.CompareOrdinal(s, i - 3, "其中:", 0, 3) == 0 && (found.Count == 0 || found[^1].Start + found[^1].Length <= at[i - 3]) ? i - 3 : i;
            // So is the ordinal of a numbered row inside running text (`…万元二、自有资金:0万元`); a cell that starts with its
            // ordinal is a label cell of its own, matched whole.
            if (from == i && OrdinalBefore(s, i) is var ordinal and > 0 && i > ordinal && (found.Count == 0 || found[^1].Start + found[^1].Length <= at[i - ordinal])) from = i - ordinal;
            end = Suffixed(s, end);
            found.Add((at[from], at[end - 1] - at[from] + 1, Entries.Value[hit], false));
            spans.Add((from, end));
            i = end;
        }
        if (found.Count == 0) return found;

        // Damaged labels in the gaps between whole ones, before the indicator grid, of a form that prints the most of the
        // whole ones (the rest of the text agrees on the form).
        var counts = found.Select(f => f.Entry).Distinct().SelectMany(e => e.Forms).GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());
        var most = counts.Count == 0 ? 0 : counts.Values.Max();
        var forms = counts.Where(c => c.Value == most).Select(c => c.Key).ToHashSet();
        var headerEnd = DamagedLabels.HeaderEnd(s);
        var next = 0;
        for (var i = 0; i < headerEnd;)
        {
            while (next < spans.Count && spans[next].End <= i) next++;
            if (next < spans.Count && spans[next].From <= i) { i = spans[next].End; continue; }
            var limit = Math.Min(headerEnd, next < spans.Count ? spans[next].From : s.Length);
            if (ScanLabels.Value.TryGetValue(s[i], out var starting)
                && DamagedLabels.At(s, i, limit, starting) is { } damaged
                && Entries.Value[damaged.Label] is var entry && entry.Forms.Any(forms.Contains))
            {
                var end = Suffixed(s, i + damaged.Length);
                found.Add((at[i], at[end - 1] - at[i] + 1, entry, true));
                i = end;
                continue;
            }
            i++;
        }
        return [.. found.OrderBy(f => f.Start)];
    }

    /// <summary>The end of a label ending at <paramref name="end"/> with the unit printed after it (`(万元)`) and its colon.</summary>
    private static int Suffixed(string s, int end)
    {
        foreach (var unit in (string[])["(万元)", "(元)"])
            if (string.CompareOrdinal(s, end, unit, 0, unit.Length) == 0) { end += unit.Length; break; }
        if (end < s.Length && s[end] == ':') end++;
        return end;
    }

    /// <summary>The length of a Chinese ordinal (`二、`, `(二)`) ending right before place <paramref name="i"/>, or 0.</summary>
    private static int OrdinalBefore(string s, int i)
    {
        const string Numerals = "一二三四五六七八九十";
        if (i >= 2 && s[i - 1] == '、' && Numerals.Contains(s[i - 2], StringComparison.Ordinal)) return 2;
        if (i >= 3 && s[i - 1] == ')' && s[i - 3] == '(' && Numerals.Contains(s[i - 2], StringComparison.Ordinal)) return 3;
        return 0;
    }

    // `(一)`, `一、`, `1、`, `(1)`, `1.` in front of a label (a numbered row of a money tree).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\([一二三四五六七八九十\d]{1,2}\)|[一二三四五六七八九十]{1,2}、|\d{1,2}[、.．](?!\d))")]
    private static partial System.Text.RegularExpressions.Regex LeadingOrdinal();

    /// <summary>
    /// Headings that end a value in running text though no definition has them as a field: common header labels kept as
    /// extra fields, and the money and indicator grids' column words where a flat line runs on into the next table.
    /// </summary>
    private static readonly string[] Boundaries =
        ["项目属性", "项目期限", "项目起止时间", "项目类型", "资金情况", "项目立项情况", "全年预算数", "年初预算数", "一级指标", "绩效指标", "年度总体目标", "补助项目/区域"];

    /// <summary>True when <paramref name="text"/> starts with a heading that ends a value in running text.</summary>
    public static int BoundaryAt(string text, int start)
    {
        foreach (var b in Boundaries)
            if (string.CompareOrdinal(text, start, b, 0, b.Length) == 0) return b.Length;
        return 0;
    }

    /// <summary>Labels of <paramref name="form"/> found among <paramref name="keys"/> (how well a definition fits a document).</summary>
    public static int Hits(FormDefinition form, IEnumerable<string> labelKeys) =>
        labelKeys.Distinct().Count(k => Entries.Value.TryGetValue(k, out var e) && e.Forms.Contains(form));
}
