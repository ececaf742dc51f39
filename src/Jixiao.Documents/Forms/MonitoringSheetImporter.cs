using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Reads a 运行监控表 back from tabbed rows (one line per printed row, as <c>GridLines</c> and the readers of our own
/// exports give it), by the labels of its definition (<see cref="MonitoringForm"/>): the header and analysis rows as
/// label/value pairs, the money block and the indicator grid by the columns their header rows name (`1–7月执行数` is the
/// definition's `1–M月执行数`). Level cells left empty under a merge carry the category down. Money reads back as printed
/// (`#,##0.00`) whatever the format gave. Never throws on document text.
/// </summary>
public static partial class MonitoringSheetImporter
{
    /// <summary>
    /// A 运行监控表 file in any readable format (<see cref="AnyDocumentReader"/>): the sheet, or a one-line Chinese
    /// reason (unreadable file, or no 运行监控表 in it).
    /// </summary>
    public static (MonitoringSheet? Sheet, string? Error) ImportBytes(string name, byte[] bytes)
    {
        var read = AnyDocumentReader.Read(name, bytes);
        if (!read.Success) return (null, read.Error);
        return Parse(read.Lines!) is { } sheet ? (sheet, null) : (null, $"“{name}”中未识别出{MonitoringLayout.Title}。");
    }

    /// <summary>The sheet, or null when the lines hold no 运行监控表 title.</summary>
    public static MonitoringSheet? Parse(IReadOnlyList<SourceLine> lines) => Parse(lines, MonitoringForm.Definition);

    /// <summary>The sheet as <paramref name="form"/> labels it (a test may pass the definition with a field added).</summary>
    public static MonitoringSheet? Parse(IReadOnlyList<SourceLine> lines, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(form);
        var start = -1;
        for (var i = 0; i < lines.Count && start < 0; i++)
            if (CellText.Compact(DocumentPatterns.Plain(lines[i].Text)) == form.Title) start = i;
        if (start < 0) return null;

        // Label/value pairs (header and analysis rows); the money block's labels stand above their values.
        var pairs = form.InBlock(FormBlocks.Header).Concat(form.InBlock(MonitoringForm.Analysis)).ToDictionary(f => Label(f.Label));
        var funds = form.InBlock(FormBlocks.Funds).ToDictionary(f => Label(f.Label));
        var levels = form.IndicatorColumns.Where(c => c.Key is null).Select(c => Label(c.Label)).ToList();
        var keyed = form.IndicatorColumns.Where(c => c.Key is not null).ToDictionary(c => Label(c.Label), c => c.Key!);

        int? year = null, month = null;
        string? budgetBasis = null;
        Light? budgetLight = null, projectLight = null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, int>? moneyColumns = null, gridColumns = null;
        var rows = new List<MonitoringSheetRow>();
        string level1 = "", level2 = "";

        void Keep(FieldDefinition f, string? value)
        {
            switch (f.Key)
            {
                case MonitoringForm.Keys.Period: month = value is null ? null : MonthOf(value); break;
                case MonitoringForm.Keys.BudgetBasis: budgetBasis = value; break;
                case MonitoringForm.Keys.BudgetLight: budgetLight = ParseLight(value); break;
                case MonitoringForm.Keys.ProjectLight: projectLight = ParseLight(value); break;
                case var _ when f.Computed || value is null: break;
                case var _ when f.Kind == FieldKind.Money:
                    fields[f.Key] = CellText.Money(value) is { } yuan ? FieldText.FormatMoney(yuan) : value;
                    break;
                default: fields[f.Key] = value; break;
            }
        }

        for (var i = start + 1; i < lines.Count; i++)
        {
            var raw = lines[i].Text;
            if (CellText.IsBlank(raw)) continue;
            if (!raw.Contains('\t'))
            {
                if (YearLine().Match(CellText.Compact(DocumentPatterns.Plain(raw))) is { Success: true } y) year ??= Int(y.Groups[1].Value);
                continue;
            }
            var cells = raw.Split('\t').Select(CellText.Clean).ToList();
            string Cell(int index) => index < cells.Count ? cells[index] : "";
            string? At(Dictionary<string, int> columns, string key) =>
                columns.TryGetValue(key, out var c) && !CellText.IsBlank(Cell(c)) ? Cell(c) : null;

            if (gridColumns is not null)
            {
                var l1 = At(gridColumns, levels[0]);
                var l2 = At(gridColumns, levels[1]);
                if (l1 is not null) level1 = l1;
                if (l2 is not null || l1 is not null) level2 = l2 ?? "";
                string? Column(string key) => At(gridColumns, key);
                var (causes, reason) = SplitDeviation(Column(MonitoringForm.Keys.DeviationReason));
                var light = ParseLight(Column(MonitoringForm.Keys.Light));
                rows.Add(new MonitoringSheetRow(level1, level2, At(gridColumns, levels[2]) ?? "", Column(MonitoringForm.Keys.Target) ?? "",
                    Column(MonitoringForm.Keys.Progress), Column(MonitoringForm.Keys.Forecast), Column(MonitoringForm.Keys.Likelihood),
                    light is { } l ? ParseBasis(l, Column(MonitoringForm.Keys.Basis)) : null,
                    causes, reason, Column(MonitoringForm.Keys.CorrectiveAction)));
                continue;
            }
            if (levels.All(level => cells.Any(c => Label(c) == level)))
            {
                gridColumns = Columns(cells, t => keyed.GetValueOrDefault(t, t));
                continue;
            }
            if (moneyColumns is not null)
            {
                foreach (var (label, f) in funds) Keep(f, At(moneyColumns, label));
                moneyColumns = null;
                continue;
            }
            if (cells.Count(c => funds.ContainsKey(Label(c))) >= 2)
            {
                moneyColumns = Columns(cells, t => t);
                continue;
            }

            for (var k = 0; k + 1 < cells.Count; k++)
            {
                if (!pairs.TryGetValue(Label(cells[k]), out var field)) continue;
                var value = cells.Skip(k + 1).FirstOrDefault(c => !CellText.IsBlank(c));
                if (value is not null && pairs.ContainsKey(Label(value))) value = null;
                Keep(field, value);
            }
        }

        return new MonitoringSheet
        {
            Fields = fields,
            Year = year,
            Month = month ?? 12,
            BudgetLight = budgetLight is { } b ? ParseBasis(b, budgetBasis) : null,
            Rows = rows,
            ProjectLight = projectLight,
        };
    }

    /// <summary>A printed label as the definition writes it, compact (`1–7月执行数` → `1–M月执行数`).</summary>
    private static string Label(string text) => MonitoringForm.Unprinted(CellText.Compact(text));

    private static Dictionary<string, int> Columns(List<string> cells, Func<string, string> key)
    {
        var columns = new Dictionary<string, int>();
        for (var k = 0; k < cells.Count; k++)
            if (!CellText.IsBlank(cells[k])) columns.TryAdd(key(Label(cells[k])), k);
        return columns;
    }

    /// <summary>`● 红灯` → Red; anything else → null.</summary>
    private static Light? ParseLight(string? text)
    {
        var t = CellText.Compact(text).TrimStart('●', '○', '⬤');
        foreach (var light in Enum.GetValues<Light>())
            if (t == LightNames.Chinese(light)) return light;
        return null;
    }

    /// <summary>`MON-N：…` → rule and explanation (the whole text when no rule id leads it).</summary>
    private static LightResult ParseBasis(Light light, string? basis)
    {
        var m = BasisPattern().Match(basis ?? "");
        return m.Success ? new LightResult(light, m.Groups[1].Value, m.Groups[2].Value) : new LightResult(light, "", basis ?? "");
    }

    private static (IReadOnlyList<string> Causes, string? Reason) SplitDeviation(string? text)
    {
        if (text is null) return ([], null);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? text : text[..newline];
        var parts = first.Split('、').Select(p => p.Trim()).ToList();
        if (!parts.All(p => DeviationCauses.FromChinese(p) is not null)) return ([], text);
        var rest = newline < 0 ? null : text[(newline + 1)..].Trim();
        return (parts, string.IsNullOrEmpty(rest) ? null : rest);
    }

    private static int? MonthOf(string period)
    {
        var m = MonthPattern().Match(CellText.Compact(period));
        return m.Success && Int(m.Groups[1].Value) is var v and >= 1 and <= 12 ? v : null;
    }

    private static int Int(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    [GeneratedRegex(@"^[（(](\d{4})年度?[)）]$")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"(\d{1,2})月$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^([A-Z]+-[A-Z0-9]+)：(.*)$", RegexOptions.Singleline)]
    private static partial Regex BasisPattern();
}
