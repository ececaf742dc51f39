using System.Globalization;
using System.Text.RegularExpressions;

using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Reads the rows of one table-layout form (申报表 2024/2020, 填报表 2021, or a tabbed 自评表) into a
/// <see cref="FormDraft"/>: header and money cells, goals, 2020 sub-projects, then the indicator grid.
/// </summary>
internal static partial class DeclarationBodyParser
{
    private enum Zone { Header, Goals, SubProjects }

    public static void Parse(FormDraft draft, IReadOnlyList<TableRow> rows, CategoryLabels labels, bool selfEvaluation, ICollection<ImportWarning> warnings)
    {
        var gridStart = -1;
        for (var r = 0; r < rows.Count && gridStart < 0; r++)
            if (GridReader.IsHeaderRow(rows[r])) gridStart = r;
        var head = MergePageBreaks(gridStart < 0 ? rows : rows.Take(gridStart).ToList(), warnings);
        var grid = gridStart < 0 ? [] : rows.Skip(gridStart).ToList();

        var zone = Zone.Header;
        var labelsSeen = new HashSet<HeaderLabel>();
        var goalColumns = new SortedDictionary<int, HeaderLabel>();
        foreach (var row in head)
        {
            var cells = row.NonEmptyList();
            if (cells.Count == 0) continue;
            var fields = cells.Select(c => HeaderLabels.Match(c.Text) ?? HeaderLabels.MatchPrefix(c.Text)).ToList();

            if (cells.Any(c => GridTitle().IsMatch(CellText.Compact(c.Text)))) { zone = Zone.Header; continue; }
            if (fields.Any(f => f?.Kind is HeaderField.GoalBlock or HeaderField.Goal or HeaderField.ExpectedGoal or HeaderField.ActualOutcome)) zone = Zone.Goals;
            if (fields.Any(f => f?.Kind is HeaderField.EvaluationFundsHeader)) continue;
            if (selfEvaluation && ReadEvaluationFunds(draft, row)) continue;
            if (fields.Any(f => f?.Kind is HeaderField.FundingComposition or HeaderField.SubProjectName or HeaderField.SubProjectAmount))
            {
                zone = Zone.SubProjects;
                continue;
            }

            switch (zone)
            {
                case Zone.Goals:
                    ReadGoals(draft, cells, fields, goalColumns);
                    break;
                case Zone.SubProjects:
                    ReadSubProject(draft, row, cells, warnings);
                    break;
                default:
                    ReadHeader(draft, row, cells, fields, labelsSeen, warnings);
                    break;
            }
        }

        var reader = new GridReader(labels, selfEvaluation, warnings);
        foreach (var row in grid)
        {
            if (selfEvaluation && ReadTotalRow(draft, row)) continue;
            reader.Read(row);
        }
        draft.Indicators.AddRange(reader.Items);
    }

    private static void ReadHeader(FormDraft draft, TableRow row, List<(int Index, string Text)> cells, List<HeaderLabel?> fields, HashSet<HeaderLabel> labelsSeen, ICollection<ImportWarning> warnings)
    {
        HeaderLabel? pending = null;
        for (var i = 0; i < cells.Count; i++)
        {
            if (fields[i] is { } f)
            {
                // A label printed again names the next field bearing it (the second 其他资金 is the 年度资金申请 one).
                if (f.Kind == HeaderField.Field && !labelsSeen.Add(f)) f = HeaderLabels.Repeated(f);
                pending = f.Kind is HeaderField.PriorYearUsageSection or HeaderField.GridLabel ? null : f;
                continue;
            }
            var text = cells[i].Text;
            if (pending is null && HeaderLabels.SplitInline(text) is { } inline)
            {
                pending = inline.Field;
                text = inline.Value;
            }
            if (pending is null)
            {
                if (!HeaderLabels.IsFragment(text))
                    warnings.Add(new ImportWarning(row.Line, $"表头单元格“{Short(text)}”无法对应到任何栏目，已忽略。"));
                continue;
            }
            var target = pending.Value.Kind == HeaderField.FundsBlock ? HeaderLabels.Match("项目资金总额")!.Value : pending.Value;
            if (draft.Fields.TryGetValue(target, out var existing))
            {
                warnings.Add(new ImportWarning(row.Line, $"栏目“{HeaderLabels.Display(target)}”重复出现（已有第 {existing.Line} 行的值“{Short(existing.Text)}”），第二个值“{Short(text)}”未采用。"));
            }
            else
            {
                draft.Fields[target] = (text, row.Line);
                if (HeaderLabels.IsMoneyField(target) && !CellText.TryParseMoney(text, out _))
                    warnings.Add(new ImportWarning(row.Line, $"“{HeaderLabels.Display(target)}”的金额“{Short(text)}”无法识别（{CellText.MoneyError(text).TrimEnd('。')}），该栏按空白处理。"));
            }
            pending = null;
        }
    }

    /// <summary>
    /// Goal texts: in a label row, content belongs to the label on its left; in later rows, to the label whose
    /// column it sits under (the nearest label column at or left of it).
    /// </summary>
    private static void ReadGoals(FormDraft draft, List<(int Index, string Text)> cells, List<HeaderLabel?> fields, SortedDictionary<int, HeaderLabel> columns)
    {
        HeaderLabel? leftLabel = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var (index, text) = cells[i];
            if (fields[i] is { } f)
            {
                // Only the overall goal's label carries its years (`项目总目标（2021 年- 2021年）`).
                if (f.Kind == HeaderField.Goal && GoalYears().Match(CellText.Compact(text)) is { Success: true } years)
                    draft.OverallGoalYears = (int.Parse(years.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(years.Groups[2].Value, CultureInfo.InvariantCulture)); // 4 digits each
                if (f.Kind is HeaderField.Goal or HeaderField.ExpectedGoal or HeaderField.ActualOutcome)
                {
                    columns[index] = f;
                    leftLabel = f;
                }
                continue;
            }
            if (HeaderLabels.IsFragment(text)) continue;
            var target = leftLabel ?? columns.LastOrDefault(c => c.Key <= index).Value;
            if (target == default(HeaderLabel) && columns.Count > 0) target = columns.First().Value;
            switch (target.Kind)
            {
                case HeaderField.Goal: draft.AppendGoal(target.Key!, text); break;
                case HeaderField.ExpectedGoal: draft.ExpectedGoal = Append(draft.ExpectedGoal, text); break;
                case HeaderField.ActualOutcome: draft.ActualOutcome = Append(draft.ActualOutcome, text); break;
                default: draft.AppendGoal(HeaderLabels.YearGoalKey, text); break;
            }
        }
    }

    internal static string Append(string? existing, string text) =>
        string.IsNullOrEmpty(existing) ? text.Trim() : existing + "\n" + text.Trim();

    private static void ReadSubProject(FormDraft draft, TableRow row, List<(int Index, string Text)> cells, ICollection<ImportWarning> warnings)
    {
        var money = cells.Where(c => CellText.IsMoney(c.Text)).ToList();
        var names = cells.Where(c => !CellText.IsMoney(c.Text)).Select(c => c.Text).ToList();
        if (names.Count == 0 && money.Count == 0) return;
        if (names.Count == 0 || money.Count == 0)
            warnings.Add(new ImportWarning(row.Line, names.Count == 0 ? "子项目行缺少子项目名称。" : $"子项目“{Short(names[0])}”缺少预算金额。"));
        var amountText = money.Count > 0 ? money[^1].Text : null;
        draft.SubProjects.Add(new RawSubProject(CellText.NormaliseName(string.Concat(names)), new RawMoney(amountText, CellText.Money(amountText)), row.Line));
    }

    private static bool ReadTotalRow(FormDraft draft, TableRow row)
    {
        var cells = row.NonEmptyList().ConvertAll(c => c.Text);
        if (cells.Count == 0 || CellText.Compact(cells[0]) != "总分") return false;
        draft.PrintedWeightTotal = cells.Count > 1 ? cells[1] : null;
        draft.PrintedTotal = cells.Count > 2 ? cells[2] : null;
        return true;
    }

    /// <summary>自评表 项目资金 row: label, then 年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分 by position.</summary>
    private static bool ReadEvaluationFunds(FormDraft draft, TableRow row)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (SelfEvaluationForms.Funds.RowLabelled(CellText.LabelKey(row.Cells[i])) is not { } gridRow) continue;
            var rest = row.Cells.Skip(i + 1).Select(c => CellText.IsBlank(c) ? null : c.Trim()).ToList();
            RawMoney? Money(int k) => k < rest.Count && rest[k] is { } t ? new RawMoney(t, CellText.Money(t)) : null;
            string? Text(int k) => k < rest.Count ? rest[k] : null;
            draft.EvaluationFunds[gridRow.Key] = new RawFundRow
            {
                InitialBudget = Money(0),
                AdjustedBudget = Money(1),
                Expenditure = Money(2),
                WeightText = Text(3),
                RateText = Text(4),
                ScoreText = Text(5),
                SourceLine = row.Line,
            };
            return true;
        }
        return false;
    }

    /// <summary>
    /// A header row cut by a page break continues on the row after the blank line: no complete label, no
    /// amount. Its pieces are appended to the cell above them (or its neighbour when the columns drifted),
    /// preferring a join that completes a label (`项目` + `类别`), else a join onto a value (`其他` + `经常性项目`).
    /// </summary>
    internal static List<TableRow> MergePageBreaks(IReadOnlyList<TableRow> rows, ICollection<ImportWarning> warnings)
    {
        var result = new List<TableRow>();
        foreach (var row in rows)
        {
            if (result.Count == 0 || !row.AfterBreak || !IsContinuation(row))
            {
                result.Add(row);
                continue;
            }
            var prev = result[^1].Cells.ToList();
            var pieces = row.NonEmpty().ToList();
            var placed = new bool[pieces.Count];
            for (var pass = 0; pass < 2; pass++)
            {
                for (var p = 0; p < pieces.Count; p++)
                {
                    if (placed[p]) continue;
                    var (i, piece) = pieces[p];
                    foreach (var c in new[] { i, i - 1, i + 1 })
                    {
                        if (c < 0 || c >= prev.Count || CellText.IsBlank(prev[c])) continue;
                        var joined = prev[c] + piece;
                        var ok = pass == 0
                            ? HeaderLabels.Match(prev[c]) is null && HeaderLabels.Match(joined) is not null
                            : HeaderLabels.Match(prev[c]) is null && HeaderLabels.MatchPrefix(prev[c]) is null && !CellText.IsMoney(prev[c])
                              && (LeftIsLabel(prev, c) || !HeaderLabels.IsFragment(prev[c]));
                        if (!ok) continue;
                        prev[c] = joined;
                        placed[p] = true;
                        break;
                    }
                }
            }
            for (var p = 0; p < pieces.Count; p++)
                if (!placed[p] && !HeaderLabels.IsFragment(pieces[p].Text))
                    warnings.Add(new ImportWarning(row.Line, $"跨页续行的内容“{Short(pieces[p].Text)}”无法接到上一行，已忽略。"));
            result[^1] = result[^1].WithCells(prev);
        }
        return result;
    }

    private static bool LeftIsLabel(List<string> cells, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (!CellText.IsBlank(cells[i]))
                return HeaderLabels.Match(cells[i]) is not null || HeaderLabels.MatchPrefix(cells[i]) is not null;
        return false;
    }

    private static bool IsContinuation(TableRow row)
    {
        foreach (var (_, text) in row.NonEmpty())
            if (HeaderLabels.Match(text) is not null || CellText.IsMoney(text) || GridReader.IsHeaderRow(row)) return false;
        return true;
    }

    private static string Short(string text)
    {
        var t = text.Replace('\n', ' ').Trim();
        return t.Length <= 30 ? t : t[..30] + "…";
    }

    [GeneratedRegex(@"(\d{4})年?[-—–~至](\d{4})年?")]
    private static partial Regex GoalYears();

    [GeneratedRegex(@"^\d{4}年绩效目标$")]
    private static partial Regex GridTitle();
}
