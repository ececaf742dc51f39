using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Text;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Reads a 运行监控表 back from tabbed rows (one line per printed row, as <c>GridLines</c> and the readers of our own
/// exports give it): the header by its labels, the money block and the indicator grid by the columns their header
/// rows name. Level cells left empty under a merge carry the category down. Never throws on document text.
/// </summary>
public static partial class MonitoringSheetImporter
{
    private static readonly HashSet<string> HeaderLabels = ["项目名称", "主管部门", "实施单位", "监控期间", "亮灯依据", "偏差原因分析", "纠偏措施", "项目监控结果"];

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
    public static MonitoringSheet? Parse(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var start = -1;
        for (var i = 0; i < lines.Count && start < 0; i++)
            if (CellText.Compact(DocumentPatterns.Plain(lines[i].Text)) == MonitoringLayout.Title) start = i;
        if (start < 0) return null;

        int? year = null, month = null;
        string? name = null, department = null, unit = null, deviation = null, action = null, budgetBasis = null;
        Light? budgetLight = null, projectLight = null;
        decimal? budget = null, spent = null, forecast = null;
        Dictionary<string, int>? moneyColumns = null, gridColumns = null;
        var rows = new List<MonitoringSheetRow>();
        string level1 = "", level2 = "";

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
                var l1 = At(gridColumns, "一级指标");
                var l2 = At(gridColumns, "二级指标");
                if (l1 is not null) level1 = l1;
                if (l2 is not null || l1 is not null) level2 = l2 ?? "";
                var (causes, reason) = SplitDeviation(At(gridColumns, "偏差原因分析"));
                var light = ParseLight(At(gridColumns, "监控结果"));
                rows.Add(new MonitoringSheetRow(level1, level2, At(gridColumns, "三级指标") ?? "", At(gridColumns, "年度指标值") ?? "",
                    At(gridColumns, "实际完成值"), At(gridColumns, "全年预计完成值"), At(gridColumns, "完成目标可能性"),
                    light is { } l ? ParseBasis(l, At(gridColumns, "亮灯依据")) : null,
                    causes, reason, At(gridColumns, "纠偏措施")));
                continue;
            }
            if (cells.Any(c => CellText.Compact(c) == "一级指标") && cells.Any(c => CellText.Compact(c) == "三级指标"))
            {
                gridColumns = Columns(cells, t => t.EndsWith("实际完成值", StringComparison.Ordinal) ? "实际完成值" : t);
                continue;
            }
            if (moneyColumns is not null)
            {
                budget = CellText.Money(At(moneyColumns, "全年预算数"));
                spent = CellText.Money(At(moneyColumns, "执行数"));
                forecast = CellText.Money(At(moneyColumns, "预计全年执行数"));
                budgetLight = ParseLight(At(moneyColumns, "执行进度"));
                moneyColumns = null;
                continue;
            }
            if (cells.Any(c => CellText.Compact(c) == "全年预算数"))
            {
                moneyColumns = Columns(cells, t => t.EndsWith("执行数", StringComparison.Ordinal) && !t.StartsWith("预计", StringComparison.Ordinal) ? "执行数" : t);
                continue;
            }

            // label · value pairs of the header
            for (var k = 0; k + 1 < cells.Count; k++)
            {
                var value = cells.Skip(k + 1).FirstOrDefault(c => !CellText.IsBlank(c));
                if (value is not null && HeaderLabels.Contains(CellText.Compact(value))) value = null;
                switch (CellText.Compact(cells[k]))
                {
                    case "项目名称": name = value; break;
                    case "主管部门": department = value; break;
                    case "实施单位": unit = value; break;
                    case "监控期间": month = value is null ? null : MonthOf(value); break;
                    case "亮灯依据": budgetBasis = value; break;
                    case "偏差原因分析": deviation = value; break;
                    case "纠偏措施": action = value; break;
                    case "项目监控结果": projectLight = ParseLight(value); break;
                }
            }
        }

        return new MonitoringSheet
        {
            ProjectName = name ?? "",
            SupervisingDepartment = department,
            ImplementingUnit = unit,
            Year = year,
            Month = month ?? 12,
            AnnualBudget = budget,
            ExpenditureToDate = spent,
            ForecastAnnualExpenditure = forecast,
            BudgetLight = budgetLight is { } b ? ParseBasis(b, budgetBasis) : null,
            BudgetDeviationReason = deviation,
            BudgetCorrectiveAction = action,
            Rows = rows,
            ProjectLight = projectLight,
        };
    }

    private static Dictionary<string, int> Columns(List<string> cells, Func<string, string> key)
    {
        var columns = new Dictionary<string, int>();
        for (var k = 0; k < cells.Count; k++)
            if (!CellText.IsBlank(cells[k])) columns.TryAdd(key(CellText.Compact(cells[k])), k);
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
