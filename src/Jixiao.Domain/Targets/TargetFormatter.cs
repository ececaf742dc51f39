using System.Globalization;

namespace Jixiao.Domain.Targets;

/// <summary>Canonical strings of target-grammar.md §5. Invariant: <c>Parse(Format(m)) == m</c> (RT-3).</summary>
public static class TargetFormatter
{
    /// <summary>
    /// Quantity: `{Scope}{Subject}{op}{value}({unit})`, no spaces, value with max(2, its scale) decimals, unit omitted
    /// when absent (`≥95.00(%)`, `全年稳定运行率≥95.00(%)`, `≥1.00`). Empty → "". Never throws.
    /// </summary>
    public static string Format(TargetValue value) => Format(value, value.Kind, value.Op);

    /// <summary><see cref="Format(TargetValue)"/> of <paramref name="value"/> with its kind and comparator replaced (the parser's last step).</summary>
    internal static string Format(TargetValue value, TargetKind kind, Comparator op) => kind switch
    {
        TargetKind.Empty => "",
        TargetKind.Boolean => value.Bool switch { true => "是", false => "否", null => "" },
        TargetKind.Deadline => value.Deadline is { } deadline ? FormatDeadline(deadline) : "",
        TargetKind.Frequency => FormatFrequency(value, op),
        TargetKind.Comparison when value.Frequency is not null => FormatFrequency(value, op),
        TargetKind.Quantitative or TargetKind.Comparison => FormatQuantity(value, op),
        TargetKind.Conditional => FormatConditional(value, op),
        _ => string.Join("、", value.Words ?? []),
    };

    /// <summary>A value with max(2, its scale) decimals, invariant culture (`139.20`, `10000.00`, `1.125`).</summary>
    public static string FormatNumber(decimal number) =>
        number.ToString("F" + Math.Max(2, (int)number.Scale).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string FormatQuantity(TargetValue value, Comparator op) =>
        value.Scope + value.Subject + op.Symbol() + (value.Value is { } number ? FormatNumber(number) : "")
        + (value.Unit is { } unit ? $"({unit.Text})" : "");

    private static string FormatFrequency(TargetValue value, Comparator op)
    {
        if (value.Frequency is not { } frequency)
        {
            return "";
        }

        if (frequency.IsCoverage)
        {
            return $"每周{frequency.DaysPerWeek}天*{frequency.HoursPerDay}小时";
        }

        var count = frequency.Count?.ToString(CultureInfo.InvariantCulture) ?? "";
        var per = frequency.Per;
        return op switch
        {
            Comparator.Ge => $"至少每{per}{count}次",
            Comparator.Le => $"每{per}不超过{count}次",
            Comparator.Gt => $"每{per}超过{count}次",
            Comparator.Lt => $"每{per}少于{count}次",
            _ => $"每{per}{count}次",
        };
    }

    private static string FormatDeadline(DeadlineSpec deadline)
    {
        if (deadline.Recurrence == Recurrence.Monthly)
        {
            return deadline.Anchor == DeadlineAnchor.EndOfMonthBefore || deadline.Day is null
                ? "每月底前"
                : $"每月{deadline.Day}日前";
        }

        if (deadline.Anchor == DeadlineAnchor.WithinYear)
        {
            return deadline.Year is { } year ? $"{year}年内" : "当年内";
        }

        var date = (deadline.Year is { } y ? $"{y}年" : "") + (deadline.Month is { } m ? $"{m}月" : "");
        var day = deadline.Day is { } d ? $"{d}日" : "";
        return deadline.Anchor switch
        {
            DeadlineAnchor.EndOfMonthBefore => date + "底前",
            DeadlineAnchor.AtEndOfMonth => date + "底",
            DeadlineAnchor.Before => date + day + "前",
            _ => date + day,
        };
    }

    private static string FormatConditional(TargetValue value, Comparator op)
    {
        if (value.Cond is not { } cond)
        {
            return "";
        }

        var clause = cond.Condition is { } condition ? condition + "时，" : "";
        return value.Subject is { } subject
            ? clause + subject + op.Symbol() + cond.ReferenceText
            : clause + cond.ReferenceText;
    }
}
