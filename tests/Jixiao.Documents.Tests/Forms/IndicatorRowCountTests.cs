using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>
/// No indicator row may be lost. Each test counts the rows in the source by a method that shares nothing
/// with the importer (value cells by a plain pattern, deviation cells, rows of a cell-per-line table) and
/// compares with what was imported; the per-form counts were also checked by hand against the seed text.
/// </summary>
public sealed partial class IndicatorRowCountTests
{
    // Values printed in the seeds' 指标值 column that do not start with a comparator or digit.
    private static readonly HashSet<string> QualitativeValues =
    [
        "提升", "提高", "改善", "稳定", "及时", "良好", "健全", "健全有效", "满意", "达标", "完整", "匹配", "准确", "正常", "正常稳定",
        "合格及以上", "安全可持续", "控制于预算内", "按计划及时完成", "建立健全", "当年内", "不超过系统正常运维成本", "合理", "减少",
        "节省", "按时完成", "是", "否", "公开", "有效", "规范", "合规", "完备", "符合", "规范、完整", "规范完整", "合格", "节能、环保",
        "通过", "执行情况良好", "=执行情况良好", "档案整理完整", "健全、规范", "=健全、规范", "健全规范", "顺畅、及时", "及时、顺畅",
        "年内完成", "测评标准未大幅修改时，当年等保测评分$\\geq$上一期分数", "比上一年度有所提升", "比上一年度有所减少", "有相关技术经验", "大于等于95%", "不超过10分钟",
    ];

    [GeneratedRegex(@"^([=≥≤<>＞＜$]|\d|全年|每月|每周|至少|=至少|=每)")]
    private static partial Regex ValueStart();

    private static bool IsValueCell(string cell)
    {
        var c = string.Concat(cell.Where(ch => !char.IsWhiteSpace(ch) && ch != '\u3000'));
        return c.Length > 0 && (ValueStart().IsMatch(c) || QualitativeValues.Contains(c));
    }

    /// <summary>Tabbed seeds: in each form's grid (from the `三级指标`/`三级目标` header to the next form or
    /// heading), the value cells found as the last non-empty cell of a line.</summary>
    private static List<int> CountTabbedValueCells(string file)
    {
        var counts = new List<int>();
        var inGrid = false;
        foreach (var line in Seeds.Lines(file).Select(l => l.Text))
        {
            if (line.Contains("财政项目支出绩效目标申报表", StringComparison.Ordinal) && !line.Contains('见') || line.Contains("项目经费情况说明", StringComparison.Ordinal))
            {
                inGrid = false;
                continue;
            }
            if (!inGrid && (line.Contains("三级指标", StringComparison.Ordinal) || line.Contains("三级目标", StringComparison.Ordinal)))
            {
                inGrid = true;
                counts.Add(0);
                continue;
            }
            if (!inGrid || !line.Contains('\t')) continue;
            var last = line.Split('\t').LastOrDefault(c => c.Trim().Length > 0);
            if (last is not null && IsValueCell(last)) counts[^1]++;
        }
        return counts;
    }

    public static TheoryData<string, int[], int[]> TabbedSeeds => new()
    {
        // file, indicator rows per form (hand-counted), rows among them printed without a value (name only)
        { Seeds.District2024A, [11, 11, 16, 14, 14, 13, 13, 14, 13, 14, 11], [0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0] },
        { Seeds.District2024B, [6, 7, 7, 6], [0, 0, 0, 0] },
        { Seeds.Municipal2020, [43, 28, 40, 40], [0, 0, 1, 1] },
    };

    [Theory]
    [MemberData(nameof(TabbedSeeds))]
    public void Parse_TabbedSeed_KeepsEveryIndicatorRow(string file, int[] expected, int[] withoutValue)
    {
        var (result, _) = Seeds.Import(file);
        var valueCells = CountTabbedValueCells(file);

        Assert.Equal(expected, result.Projects.Select(p => p.Indicators.Count));
        Assert.Equal(valueCells, result.Projects.Select(p => p.Indicators.Count(i => i.TargetText is not null)));
        Assert.Equal(withoutValue, result.Projects.Select(p => p.Indicators.Count(i => i.TargetText is null)));
        Assert.All(result.Projects.SelectMany(p => p.Indicators), i => Assert.False(string.IsNullOrWhiteSpace(i.Name)));
    }

    [Fact]
    public void Parse_CellPerLineSeed_KeepsEveryIndicatorRow()
    {
        // Rows of the 2021 填报表 are blocks separated by blank lines; after the `年度指标值` header every block
        // whose last line carries text is one indicator.
        var counts = new List<int>();
        var lines = Seeds.Lines(Seeds.Disclosure2021).Select(l => l.Text).ToList();
        var inGrid = false;
        string? lastInBlock = null;
        foreach (var line in lines.Append(""))
        {
            if (line.Contains("财政项目支出绩效目标填报表", StringComparison.Ordinal)) { inGrid = false; continue; }
            if (line.Trim() == "年度指标值") { inGrid = true; counts.Add(0); continue; }
            if (!inGrid) continue;
            if (line.Trim().Length == 0)
            {
                if (lastInBlock is { Length: > 0 }) counts[^1]++;
                lastInBlock = null;
                continue;
            }
            if (!line.StartsWith('\t')) { inGrid = false; continue; }
            lastInBlock = line.Trim();
        }

        var (result, _) = Seeds.Import(Seeds.Disclosure2021);

        Assert.Equal([11, 9, 15], counts);
        Assert.Equal(counts, result.Projects.Select(p => p.Indicators.Count));
        Assert.All(result.Projects.SelectMany(p => p.Indicators), i => Assert.NotNull(i.TargetText));
    }

    [Fact]
    public void Parse_PdfSelfEvaluationSeed_KeepsEveryIndicatorRow()
    {
        // Every 自评 row ends with its 偏差原因 cell: `无` (alone or closing a run like `=99% =99% 5 5 无`) or
        // the one printed reason `活动延期举办`. Count those between each `一级指标` header and `总分`.
        var counts = new List<int>();
        var inGrid = false;
        foreach (var line in Seeds.Lines(Seeds.SelfEvaluation2023).Select(l => l.Text.Trim()))
        {
            if (line.StartsWith("一级指标", StringComparison.Ordinal)) { inGrid = true; counts.Add(0); continue; }
            if (line.StartsWith("总分", StringComparison.Ordinal)) { inGrid = false; continue; }
            if (inGrid && (line == "无" || line.EndsWith(" 无", StringComparison.Ordinal) || line == "活动延期举办")) counts[^1]++;
        }

        var (result, _) = Seeds.Import(Seeds.SelfEvaluation2023);

        Assert.Equal([23, 28, 20, 12], counts);
        Assert.Equal(counts, result.Projects.Select(p => p.Indicators.Count));
    }
}
