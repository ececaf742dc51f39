using System.Text.RegularExpressions;
using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Reads a 财政项目支出绩效自评表 extracted from PDF (forms.md §6): every cell on its own line, long cells
/// broken over several lines, several short cells sometimes on one line (`=99% =99% 5 5 无`), level labels
/// floating inside their group, page numbers (`- 4 -`). The 分值/得分 pair — the last two bare numbers of a
/// run — anchors each indicator; what lies between two anchors is name, 年度指标值 and 实际完成值.
/// </summary>
internal static partial class PdfSelfEvaluationParser
{
    private static FormDefinition Form => SelfEvaluationForms.District2023;

    // The indicator grid's column heads as printed, and the pieces PDF text broke them into in the seeds (年度 + 指标值,
    // 实际 + 完成值, 偏差原因分析及 + 改进措施): a header line holds nothing else.
    private static readonly string[] HeaderPieces =
        [.. Form.IndicatorColumns.Select(c => CellText.Compact(c.Label)), "年度", "指标值", "实际", "完成值", "偏差原因分析及", "改进措施"];

    private static readonly string[] HeaderPiecesLongestFirst = [.. HeaderPieces.OrderByDescending(p => p.Length)];

    // Pieces of the goal labels where PDF text broke them in the seeds (预期目 + 标; 年度 / 总体 of 年度总体目标).
    private static readonly string[] GoalLabelPieces = ["预期目", "年度", "总体"];

    private sealed record Token(string Text, int Line);

    public static void Parse(FormDraft draft, IReadOnlyList<SourceLine> lines, CategoryLabels labels, ICollection<ImportWarning> warnings)
    {
        var body = new List<SourceLine>(lines.Count);
        for (var k = 0; k < lines.Count; k++)
            if (!PageNumber().IsMatch(lines[k].Text.AsSpan().Trim())) body.Add(lines[k]);
        var fundsLabel = FieldText.PlainLabel(Form.Block(FormBlocks.Funds)!.Label!);
        var fundsAt = body.FindIndex(l => FundRow(CellText.Compact(l.Text)) is not null || CellText.Compact(l.Text).StartsWith(fundsLabel, StringComparison.Ordinal));
        var gridAt = body.FindIndex(l => CellText.Compact(l.Text).StartsWith(Form.IndicatorColumns[0].Label, StringComparison.Ordinal));
        if (fundsAt < 0) fundsAt = gridAt < 0 ? body.Count : gridAt;

        ReadHeader(draft, body.Take(fundsAt).ToList(), warnings);
        var goalsAt = body.FindIndex(fundsAt, l => IsGoalLabel(CellText.Compact(l.Text)));
        var fundsEnd = goalsAt >= 0 ? goalsAt : gridAt >= 0 ? gridAt : body.Count;
        var evaluation = ReadFunds(body.Skip(fundsAt).Take(fundsEnd - fundsAt).ToList(), warnings);
        if (goalsAt >= 0)
        {
            var (expected, actual) = ReadGoals(body.Skip(goalsAt).Take((gridAt >= 0 ? gridAt : body.Count) - goalsAt).ToList(), warnings);
            evaluation = evaluation with { ExpectedGoal = expected, ActualOutcome = actual };
            draft.ExpectedGoal = expected; // the year's goal of the form (FormDraft)
        }
        if (gridAt >= 0)
        {
            var total = ReadGrid(draft, body.Skip(gridAt).ToList(), labels, warnings);
            if (total is { } t) evaluation = evaluation with { PrintedWeightTotalText = t.Weight, PrintedTotalText = t.Score };
        }
        else warnings.Add(new ImportWarning(draft.Line, "自评表中未找到绩效指标表头（一级指标 二级指标 三级指标…）。"));
        draft.Evaluation = evaluation;
    }

    // ---- header: 项目名称 / 主管部门 / 实施单位, values broken over lines ----
    private static void ReadHeader(FormDraft draft, List<SourceLine> lines, ICollection<ImportWarning> warnings)
    {
        // Values wrap onto following lines (`上海市松江区科学技术委员` + `会`): join the lines, then cut at labels.
        var text = new System.Text.StringBuilder();
        var lineAt = new List<int>();
        foreach (var l in lines)
        {
            var t = CellText.Clean(l.Text);
            text.Append(t);
            lineAt.AddRange(Enumerable.Repeat(l.Number, t.Length));
        }
        var joined = text.ToString();
        var marks = new List<(int At, int Length, HeaderLabel Field)>();
        foreach (var label in Form.InBlock(FormBlocks.Header).Select(f => f.Label))
        {
            var field = HeaderLabels.Match(label)!.Value;
            var at = joined.IndexOf(label, StringComparison.Ordinal);
            if (at >= 0) marks.Add((at, label.Length, field));
            else warnings.Add(new ImportWarning(lines.Count > 0 ? lines[0].Number : draft.Line, $"自评表缺少“{label}”栏。"));
        }
        marks.Sort((a, b) => a.At.CompareTo(b.At));
        for (var i = 0; i < marks.Count; i++)
        {
            var start = marks[i].At + marks[i].Length;
            var end = i + 1 < marks.Count ? marks[i + 1].At : joined.Length;
            var value = joined[start..end].Trim().TrimStart('：', ':').Trim();
            draft.Fields[marks[i].Field] = (value, lineAt[marks[i].At]);
        }
    }

    // ---- 项目资金: label followed by space-separated cells; a double space marks an empty cell ----
    private static RawSelfEvaluation ReadFunds(List<SourceLine> lines, ICollection<ImportWarning> warnings)
    {
        var evaluation = new RawSelfEvaluation();
        foreach (var line in lines)
        {
            var text = CellText.Clean(line.Text);
            var compact = CellText.Compact(text);
            if (FundRow(compact) is not { } gridRow) continue;
            var field = gridRow.Name;
            var labelEnd = LabelEnd(text, field);
            var cells = text[labelEnd..].Trim().Split(' ');
            var row = new RawFundRow
            {
                InitialBudget = Money(cells, 0),
                AdjustedBudget = Money(cells, 1),
                Expenditure = Money(cells, 2),
                WeightText = Cell(cells, 3),
                RateText = Cell(cells, 4),
                ScoreText = Cell(cells, 5),
                SourceLine = line.Number,
            };
            foreach (var c in cells.Take(3))
                if (!CellText.TryParseMoney(c, out _))
                    warnings.Add(new ImportWarning(line.Number, $"“{field}”行的金额“{c}”无法识别（{CellText.MoneyError(c).TrimEnd('。')}）。"));
            evaluation = evaluation.With(gridRow.Key, row);
        }
        if (evaluation.Total is null)
            warnings.Add(new ImportWarning(lines.Count > 0 ? lines[0].Number : 0, $"自评表缺少“{SelfEvaluationForms.Funds.Rows.Single(r => r.IsTotal).Name}”行。"));
        return evaluation;
    }

    private static MoneyGridRow? FundRow(string compact) => SelfEvaluationForms.Funds.RowStarting(compact);

    private static int LabelEnd(string text, string label)
    {
        // Position just after the label's last character, spaces inside the label allowed.
        var k = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (k < label.Length && text[i] == label[k]) { k++; if (k == label.Length) return i + 1; }
            else if (k > 0) k = text[i] == label[0] ? 1 : 0;
        }
        return text.Length;
    }

    private static string? Cell(string[] cells, int i) => i < cells.Length && cells[i].Trim().Length > 0 ? cells[i].Trim() : null;

    private static RawMoney? Money(string[] cells, int i)
    {
        var t = Cell(cells, i);
        return t is null ? null : new RawMoney(t, CellText.Money(t));
    }

    // ---- 预期目标 / 实际完成情况: two columns extracted one after the other ----
    private static bool IsGoalLabel(string compact) =>
        Form.InBlock(FormBlocks.Goals).Any(f => compact.Contains(f.Label, StringComparison.Ordinal))
        || compact == Form.Block(FormBlocks.Goals)!.Label || GoalLabelPieces.Contains(compact);

    private static (string? Expected, string? Actual) ReadGoals(List<SourceLine> lines, ICollection<ImportWarning> warnings)
    {
        var start = lines.FindLastIndex(l => IsGoalLabel(CellText.Compact(l.Text)));
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var l in lines.Skip(start + 1))
        {
            var t = CellText.Clean(l.Text);
            if (t.Length == 0 || CellText.Compact(t) is "绩" or "效" or "指" or "标")
            {
                current = null;
                continue;
            }
            if (current is null) blocks.Add(current = []);
            current.Add(t);
        }
        if (blocks.Count == 0) return (null, null);
        if (blocks.Count == 1)
        {
            warnings.Add(new ImportWarning(lines[0].Number, "自评表只找到一段年度总体目标文字，已作为“预期目标”，“实际完成情况”为空。"));
            return (string.Concat(blocks[0]), null);
        }
        // The second column starts where the numbering restarts (`1、`), else after the first block.
        var marker = ListMarker().Match(blocks[0][0]);
        var split = 1;
        if (marker.Success)
        {
            var restart = blocks.FindIndex(1, b => b[0].StartsWith(marker.Value, StringComparison.Ordinal));
            if (restart > 0) split = restart;
        }
        else if (blocks.Count > 2)
        {
            warnings.Add(new ImportWarning(lines[0].Number, "自评表年度总体目标的两栏无法可靠区分，已按第一段为“预期目标”处理。"));
        }
        return (string.Concat(blocks.Take(split).SelectMany(b => b)), string.Concat(blocks.Skip(split).SelectMany(b => b)));
    }

    // ---- the grid ----
    private static (string? Weight, string? Score)? ReadGrid(FormDraft draft, List<SourceLine> lines, CategoryLabels labels, ICollection<ImportWarning> warnings)
    {
        var tokens = new List<Token>();
        (string?, string?)? total = null;
        var inHeader = true;
        foreach (var l in lines)
        {
            var t = CellText.Clean(l.Text);
            var compact = CellText.Compact(t);
            if (compact.Length == 0) continue;
            if (compact.StartsWith("总分", StringComparison.Ordinal))
            {
                var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                total = (parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null);
                break;
            }
            if (inHeader && IsHeaderLine(compact)) continue;
            inHeader = false;
            var parts2 = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts2.Length >= 3 && parts2.All(ValueLook.IsAtom))
            {
                foreach (var p in parts2) tokens.Add(new Token(p, l.Number));
            }
            else tokens.Add(new Token(t, l.Number));
        }
        if (total is null) warnings.Add(new ImportWarning(lines[^1].Number, "自评表未找到“总分”行。"));

        tokens = DropVerticalLabel(tokens);
        // Lines of one cell sit closer together than cells do (one blank line against several). When the layout
        // shows that contrast, the gap tells a wrapped line from the next cell.
        var cellGap = TypicalGap(tokens);
        Level1Category? level1 = null;
        Level2Category? level2 = null;
        var pending = new List<Token>();
        IndicatorDraft? awaitingDeviation = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var tok = tokens[i];
            var (kind, l1, l2) = labels.Classify(tok.Text, mayBePartial: false);
            // Labels print in full here (`数量指标`); `数量` or `服务对象满意度` alone is a piece of a name.
            if (kind == CategoryCellKind.Label && !PrintedInFull(tok.Text, l1, l2)) kind = CategoryCellKind.Content;
            if (kind == CategoryCellKind.Label)
            {
                if (l2 is not null) { level1 = l1; level2 = l2; }
                else if (l1 is not null)
                {
                    if (level2 is not null && !l1.Children.Contains(level2)) level2 = null;
                    level1 = l1;
                }
                continue;
            }
            if (awaitingDeviation is not null)
            {
                awaitingDeviation.Deviation = tok.Text;
                var last = tok.Line;
                while (cellGap >= 3 && i + 1 < tokens.Count && tokens[i + 1].Line - last is > 0 and <= 2
                       && labels.Classify(tokens[i + 1].Text, mayBePartial: false).Kind != CategoryCellKind.Label && !ValueLook.IsBareNumber(tokens[i + 1].Text))
                {
                    awaitingDeviation.Deviation += tokens[++i].Text;
                    last = tokens[i].Line;
                }
                awaitingDeviation = null;
                continue;
            }
            // The last line of a tall name cell can come out after the rest of its row (`…健全` … `性`).
            if (pending.Count == 0 && draft.Indicators.Count > 0 && CellText.Compact(tok.Text).Length <= 2
                && !ValueLook.IsBareNumber(tok.Text) && !ValueLook.LooksLikeValue(tok.Text) && i + 1 < tokens.Count && !ValueLook.LooksLikeValue(tokens[i + 1].Text))
            {
                draft.Indicators[^1].Name += tok.Text;
                continue;
            }
            if (ValueLook.IsBareNumber(tok.Text))
            {
                var run = new List<Token>();
                var j = i;
                while (j < tokens.Count && ValueLook.IsBareNumber(tokens[j].Text)) run.Add(tokens[j++]);
                if (run.Count >= 2)
                {
                    pending.AddRange(run.Take(run.Count - 2));
                    var item = Build(pending, level1, level2, cellGap, warnings);
                    item.WeightText = run[^2].Text;
                    item.ScoreText = run[^1].Text;
                    draft.Indicators.Add(item);
                    awaitingDeviation = item;
                    pending.Clear();
                    i = j - 1;
                    continue;
                }
            }
            pending.Add(tok);
        }
        if (pending.Count > 0)
        {
            var item = Build(pending, level1, level2, cellGap, warnings);
            warnings.Add(new ImportWarning(pending[0].Line, $"自评表末尾的指标“{CellText.NormaliseName(item.Name)}”没有分值和得分。"));
            draft.Indicators.Add(item);
        }
        return total;
    }

    private static bool PrintedInFull(string text, Level1Category? l1, Level2Category? l2)
    {
        var canonical = l2?.Name ?? l1?.Name ?? "";
        return CellText.Compact(text) == canonical || !canonical.EndsWith("指标", StringComparison.Ordinal);
    }

    private static bool IsHeaderLine(string compact)
    {
        var rest = compact;
        foreach (var piece in HeaderPiecesLongestFirst)
            rest = rest.Replace(piece, "", StringComparison.Ordinal);
        return rest.Length == 0 || compact is "绩" or "效" or "指" or "标";
    }

    /// <summary>`绩`/`效`/`指`/`标` printed one character per line: the merged 绩效指标 cell, not data.</summary>
    private static List<Token> DropVerticalLabel(List<Token> tokens)
    {
        static bool IsPiece(Token t) => t.Text is "绩" or "效" or "指" or "标";
        var keep = new List<Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var neighbour = (i > 0 && IsPiece(tokens[i - 1])) || (i + 1 < tokens.Count && IsPiece(tokens[i + 1]));
            if (IsPiece(tokens[i]) && neighbour) continue;
            keep.Add(tokens[i]);
        }
        return keep;
    }

    /// <summary>
    /// Splits the tokens before an anchor into name · 年度指标值 · 实际完成值. Most rows repeat the target as the
    /// actual, so a doubled tail is taken first; otherwise the actual is the last token and the target the run
    /// of value-like tokens (with their short wrapped tails) before it.
    /// </summary>
    private static IndicatorDraft Build(List<Token> x, Level1Category? level1, Level2Category? level2, int cellGap, ICollection<ImportWarning> warnings)
    {
        var item = new IndicatorDraft { Level1 = level1, Level2 = level2, Line = x.Count > 0 ? x[0].Line : 0 };
        var n = x.Count;
        for (var m = (n - 1) / 2; m >= 1; m--)
        {
            var a = x.Skip(n - 2 * m).Take(m).Select(t => CellText.Compact(t.Text));
            var b = x.Skip(n - m).Select(t => CellText.Compact(t.Text));
            if (!a.SequenceEqual(b)) continue;
            item.Name = Join(x.Take(n - 2 * m));
            item.Target = Join(x.Skip(n - 2 * m).Take(m));
            item.Actual = Join(x.Skip(n - m));
            return item;
        }
        if (cellGap >= 3 && GroupByGap(x) is { Count: 3 } cells)
        {
            item.Name = Join(cells[0]);
            item.Target = Join(cells[1]);
            item.Actual = Join(cells[2]);
            return item;
        }
        if (n >= 3)
        {
            var t = n - 1;
            while (t - 1 >= 1 && (ValueLook.LooksLikeValue(x[t - 1].Text) || CellText.Compact(x[t - 1].Text).Length <= 2)) t--;
            while (t < n - 1 && !ValueLook.LooksLikeValue(x[t].Text)) t++;
            if (t == n - 1) t = n - 2;
            item.Name = Join(x.Take(t));
            item.Target = Join(x.Skip(t).Take(n - 1 - t));
            item.Actual = x[n - 1].Text;
            return item;
        }
        if (n == 2)
        {
            item.Name = x[0].Text;
            item.Target = x[1].Text;
            warnings.Add(new ImportWarning(x[0].Line, $"自评指标“{CellText.NormaliseName(x[0].Text)}”只读到一个值“{x[1].Text}”，已作为年度指标值，实际完成值为空。"));
            return item;
        }
        item.Name = n == 1 ? x[0].Text : "";
        warnings.Add(new ImportWarning(item.Line, n == 1 ? $"自评指标“{CellText.NormaliseName(x[0].Text)}”缺少年度指标值和实际完成值。" : "分值/得分前没有指标名称和指标值。"));
        return item;
    }

    /// <summary>Median distance in lines between consecutive tokens on different lines (0 when unknown).</summary>
    private static int TypicalGap(List<Token> tokens)
    {
        var gaps = new List<int>();
        for (var i = 1; i < tokens.Count; i++)
            if (tokens[i].Line > tokens[i - 1].Line) gaps.Add(tokens[i].Line - tokens[i - 1].Line);
        if (gaps.Count == 0) return 0;
        gaps.Sort();
        return gaps[gaps.Count / 2];
    }

    private static List<List<Token>> GroupByGap(List<Token> x)
    {
        var groups = new List<List<Token>>();
        for (var i = 0; i < x.Count; i++)
        {
            if (i == 0 || x[i].Line - x[i - 1].Line is not (> 0 and <= 2)) groups.Add([]);
            groups[^1].Add(x[i]);
        }
        return groups;
    }

    private static string Join(IEnumerable<Token> tokens) => string.Concat(tokens.Select(t => t.Text));

    [GeneratedRegex(@"^-\s*\d+\s*-$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[（(]?\d+[、.)）]")]
    private static partial Regex ListMarker();
}
