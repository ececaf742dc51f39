namespace Jixiao.Documents.Recognition;

/// <summary>
/// A column of a money grid as printed: its 自评表 key (<see cref="Key"/>, null for a column the 自评表 has no place
/// for, kept by its printed <see cref="Label"/>), a note (原因) or the 行次 numbering.
/// </summary>
internal sealed record FundColumn(string? Key, string Label)
{
    public bool IsData => Key is not (MoneyColumnWords.Note or MoneyColumnWords.Numbering);

    /// <summary>A rate column: the 执行率, or a column the form headed as a ratio (`预算到位(D/C×100%)`).</summary>
    public bool IsPercent => Key == "rate" || (Key is null && (Label.Contains('%', StringComparison.Ordinal) || Label.Contains('率', StringComparison.Ordinal)));

    /// <summary>An amount column (年初预算数 …, or a column of another form holding amounts).</summary>
    public bool IsMoney => Key is null ? !IsPercent : MoneyColumnWords.IsMoney(Key);
}

/// <summary>
/// Which printed figure of a money grid's row stands under which column when the borders are lost (flat PDF text,
/// empty cells dropped). Figures as many as the columns are read in order. Fewer: a row below the total fills the
/// amount columns the total row filled; a percentage stands under the rate column and the figures between stay next to
/// it (an empty 年初预算数 is the one left out). A run of figures is cut only where exactly one way to cut it fits the
/// grid's arithmetic: 执行率 = 执行数 ÷ 预算数, 得分 ≤ 分值 × 执行率, 分值 ≤ 100, a row's amount ≤ the total's.
/// </summary>
internal static class FundRowReading
{
    /// <summary>Most ways to cut a row's runs that are tried before giving up.</summary>
    private const int MaxReadings = 5_000;

    /// <summary>
    /// The figures of one row by column; <paramref name="mayCut"/> where the figures come from flat text (cells of their
    /// own are never cut); <paramref name="total"/> is the total row's reading for a row below it.
    /// </summary>
    public static Dictionary<FundColumn, string> Read(IReadOnlyList<FundColumn> columns, IReadOnlyList<string> printed, IReadOnlyDictionary<FundColumn, string>? total, bool mayCut = true)
    {
        var figures = printed.SelectMany(FundFigures.AtPercent).Where(f => f.Length > 0).ToList();
        // The 行次 column: a row's first figure is its number.
        if (columns.Any(c => c.Key == MoneyColumnWords.Numbering) && figures.Count > 0 && figures[0].Length <= 2 && figures[0].All(char.IsAsciiDigit))
            figures.RemoveAt(0);
        var data = columns.Where(c => c.IsData).ToList();
        if (figures.Count == 0 || data.Count == 0) return [];
        if (figures.Count == data.Count && figures.All(FundFigures.IsPlain)) return Zip(data, figures);

        // A row below the total with no rate fills the amount columns the total filled; its placeholders are the
        // total-only columns' (分值 — on other rows).
        var target = data;
        if (total is { Count: > 0 } && !figures.Any(FundFigures.IsPercent))
        {
            target = [.. data.Where(c => c.IsMoney && total.TryGetValue(c, out var t) && !FundFigures.IsPlaceholder(t))];
            figures = [.. figures.Where(f => !FundFigures.IsPlaceholder(f))];
            if (target.Count == 0 || figures.Count == 0) return [];
            if (figures.Count == target.Count && figures.All(FundFigures.IsPlain)) return Zip(target, figures);
        }
        if (mayCut && (figures.Count < target.Count || !figures.All(FundFigures.IsPlain)))
        {
            var readings = Cuts(figures, target.Count).Take(MaxReadings).Select(p => Align(target, p)).Where(r => r is not null && Fits(r, total)).Take(2).ToList();
            if (readings.Count == 1) return readings[0]!;
        }
        var plain = figures.Where(FundFigures.IsPlain).ToList();
        return plain.Count >= target.Count ? Zip(target, plain.Take(target.Count).ToList()) : Align(target, plain) ?? [];
    }

    private static Dictionary<FundColumn, string> Zip(IReadOnlyList<FundColumn> columns, IReadOnlyList<string> figures) =>
        columns.Zip(figures).ToDictionary(p => p.First, p => p.Second);

    /// <summary>
    /// Fewer figures than columns: each percentage under a rate column in order, the figures between two of them right
    /// against the later one (null when the percentages do not fit the rate columns).
    /// </summary>
    private static Dictionary<FundColumn, string>? Align(IReadOnlyList<FundColumn> columns, IReadOnlyList<string> figures)
    {
        if (figures.Count == columns.Count)
            return figures.Select((f, i) => FundFigures.IsPercent(f) && !columns[i].IsPercent).Any(x => x) ? null : Zip(columns, figures);
        if (figures.Count > columns.Count) return null;
        var rateColumns = columns.Select((c, i) => (c, i)).Where(x => x.c.IsPercent).Select(x => x.i).ToList();
        var percents = figures.Select((f, i) => (f, i)).Where(x => FundFigures.IsPercent(x.f)).Select(x => x.i).ToList();
        // The percentages stand under the rate columns in order; without one, the figures stand left to right.
        var anchors = percents.Count == 0 ? [] : percents.Count == rateColumns.Count ? percents.Zip(rateColumns).ToList() : null;
        if (anchors is null) return null;
        var result = new Dictionary<FundColumn, string>();
        var (fromFigure, fromColumn) = (0, 0);
        foreach (var (figure, column) in anchors.Append((figures.Count, columns.Count)))
        {
            var segment = figures.Skip(fromFigure).Take(figure - fromFigure).ToList();
            var room = columns.Skip(fromColumn).Take(column - fromColumn).ToList();
            if (segment.Count > room.Count) return null;
            var filled = segment.Count == 0 ? [] : Filled(room, room.Count - segment.Count, last: column == columns.Count && anchors.Count > 0);
            for (var k = 0; k < segment.Count; k++) result[filled[k]] = segment[k];
            if (figure < figures.Count) result[columns[column]] = figures[figure];
            (fromFigure, fromColumn) = (figure + 1, column + 1);
        }
        return result;
    }

    /// <summary>
    /// The columns of <paramref name="room"/> that hold figures when <paramref name="blank"/> of them are empty: the
    /// columns the 自评表 has no place for are left empty first (统筹整合资金数), then 年初预算数 (a budget many forms leave
    /// blank), then the columns farthest from the rate the figures stand against (after the last rate: the last ones).
    /// </summary>
    private static List<FundColumn> Filled(List<FundColumn> room, int blank, bool last)
    {
        var order = room.Where(c => c.Key is null)
            .Concat(room.Where(c => c.Key == "initialBudget"))
            .Concat(last ? Enumerable.Reverse(room) : room)
            .Distinct().Take(blank).ToHashSet();
        return [.. room.Where(c => !order.Contains(c))];
    }

    /// <summary>Every way to cut the runs of <paramref name="figures"/> into <paramref name="count"/> figures in all.</summary>
    private static IEnumerable<List<string>> Cuts(IReadOnlyList<string> figures, int count)
    {
        if (figures.Count == 0)
        {
            if (count == 0) yield return [];
            yield break;
        }
        var (first, rest) = (figures[0], figures.Skip(1).ToList());
        var most = FundFigures.MaySplit(first) ? count - rest.Count : 1;
        for (var pieces = 1; pieces <= most; pieces++)
            foreach (var head in FundFigures.MaySplit(first) ? FundFigures.Splits(first, pieces) : [[first]])
                foreach (var tail in Cuts(rest, count - pieces))
                    yield return [.. head, .. tail];
    }

    /// <summary>Does a reading fit the grid's arithmetic? At least one rule must check it: a reading nothing confirms is a guess.</summary>
    private static bool Fits(Dictionary<FundColumn, string> reading, IReadOnlyDictionary<FundColumn, string>? total)
    {
        decimal? Of(string key) => reading.FirstOrDefault(r => r.Key.Key == key).Value is { } t ? FundFigures.Value(t) : null;
        var confirmed = false;
        var (weight, score, rate) = (Of("weight"), Of("score"), Of("rate"));
        if (weight > 100m) return false;
        if (weight is { } w && score is { } s && s > w) return false;
        var budget = Of("adjustedBudget") is { } a && a > 0 ? a : Of("initialBudget");
        if (rate is { } r && Of("expenditure") is { } e && budget is { } b && b > 0)
        {
            var printed = reading.First(x => x.Key.Key == "rate").Value;
            if (Math.Abs(e / b * 100m - r) > FundFigures.Tolerance(printed)) return false;
            if (weight is { } w2 && score is { } s2 && s2 > w2 * Math.Min(r, 100m) / 100m + w2 / 100m) return false;
            confirmed = true;
        }
        if (total is { Count: > 0 } && reading.Keys.Any(c => c.IsMoney))
        {
            foreach (var (column, text) in reading.Where(x => x.Key.IsMoney))
                if (!total.TryGetValue(column, out var t) || FundFigures.Value(t) is not { } limit || FundFigures.Value(text) > limit) return false;
            confirmed = true;
        }
        return confirmed && reading.All(x => !FundFigures.IsPercent(x.Value) || x.Key.IsPercent);
    }
}
