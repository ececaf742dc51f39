using System.Globalization;

namespace Jixiao.Domain.Bounds;

/// <summary>Why a value lies outside its <see cref="ValueRange"/>.</summary>
public enum RangeProblem
{
    BelowMinimum,
    AboveMaximum,
    TooManyDecimals,
}

/// <summary>
/// The closed interval [<see cref="Min"/>, <see cref="Max"/>] with at most <see cref="Decimals"/> decimals that one kind
/// of figure may take. <see cref="DisplayFactor"/> scales the value for messages (a rate stored as a fraction is shown
/// in %). Never throws, whatever the value.
/// </summary>
public sealed record ValueRange(decimal Min, decimal Max, int Decimals, string Unit, decimal DisplayFactor = 1m)
{
    /// <summary>The problem with <paramref name="value"/>, or null when it lies inside the range.</summary>
    public RangeProblem? Problem(decimal value) =>
        value < Min ? RangeProblem.BelowMinimum
        : value > Max ? RangeProblem.AboveMaximum
        : decimal.Round(value, Decimals) != value ? RangeProblem.TooManyDecimals
        : null;

    public bool Contains(decimal value) => Problem(value) is null;

    /// <summary>`0.00 至 10,000,000,000,000.00 元，最多两位小数`.</summary>
    public string Describe() => $"{Format(Min)} 至 {Format(Max)} {Unit}，最多{DecimalsText}小数";

    /// <summary>The value as shown in messages (in <see cref="Unit"/>, two decimals or as many as it has); absurd values too.</summary>
    public string Format(decimal value) =>
        (SafeMath.Product(value, DisplayFactor) ?? value).ToString("#,##0.00##########################", CultureInfo.InvariantCulture);

    /// <summary>The Chinese reason, e.g. `不能超过 100.00 分`.</summary>
    public string Reason(RangeProblem problem) => problem switch
    {
        RangeProblem.BelowMinimum => Min == 0m ? "不能为负数" : $"不能小于 {Format(Min)} {Unit}",
        RangeProblem.AboveMaximum => $"不能超过 {Format(Max)} {Unit}",
        _ => $"最多{DecimalsText}小数",
    };

    private string DecimalsText => Decimals == 2 ? "两位" : Decimals.ToString(CultureInfo.InvariantCulture) + " 位";
}
