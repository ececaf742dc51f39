namespace Jixiao.Domain.Targets.Grammar;

// frequency := [comparator] '每' period [comparator] count '次'     每月一次, 至少每天2次, 每月不少于1次
// coverage  := ['每周'] days ['天'] ('*'|'×'|'x'|'X') hours '小时'    每周7天*24小时, 7×24小时
// period    := '天' | '日' | '周' | '月' | '季度' | '季' | '年度' | '年'   (日 → 天, 季 → 季度, 年度 → 年)
// count     := number | Chinese numeral (一 二 两 三 … 十, §2 step 5)
// Op is None when no comparator is written; the parser reads that as Eq for targets and as a plain value for actuals.
internal static class FrequencyGrammar
{
    private static readonly (string Spelling, string Per)[] Periods =
    [
        ("季度", "季度"), ("年度", "年"), ("天", "天"), ("日", "天"), ("周", "周"), ("月", "月"), ("季", "季度"), ("年", "年"),
    ];

    private static readonly string[] Times = ["*", "×", "x", "X"];

    public static TargetValue? TryParse(string text, TargetValue seed)
    {
        var cursor = new TextCursor(text);
        if (TryCoverage(ref cursor, out var days, out var hours) && cursor.AtEnd)
        {
            return seed with { Kind = TargetKind.Frequency, Frequency = new FrequencySpec(null, null, days, hours) };
        }

        cursor = new TextCursor(text);
        cursor.TryReadComparator(out var op);
        if (!cursor.TryConsume("每") || !TryPeriod(ref cursor, out var per))
        {
            return null;
        }

        if (op == Comparator.None)
        {
            cursor.TryReadComparator(out op);
        }

        if (!cursor.TryReadCount(out var count) || count < 0m || !cursor.TryConsume("次") || !cursor.AtEnd)
        {
            return null;
        }

        return seed with { Kind = TargetKind.Frequency, Op = op, Frequency = new FrequencySpec(count, per, null, null) };
    }

    private static bool TryCoverage(ref TextCursor cursor, out int days, out int hours)
    {
        days = 0;
        hours = 0;
        cursor.TryConsume("每周");
        if (!cursor.TryReadCount(out var d) || d is < 1m or > 7m || decimal.Truncate(d) != d)
        {
            return false;
        }

        cursor.TryConsume("天");
        if (!cursor.TryConsumeAny(Times) || !cursor.TryReadCount(out var h) || h is < 1m or > 24m
            || decimal.Truncate(h) != h || !cursor.TryConsume("小时"))
        {
            return false;
        }

        days = (int)d;
        hours = (int)h;
        return true;
    }

    private static bool TryPeriod(ref TextCursor cursor, out string per)
    {
        foreach (var (spelling, canonical) in Periods)
        {
            if (cursor.TryConsume(spelling))
            {
                per = canonical;
                return true;
            }
        }

        per = "";
        return false;
    }
}
