using Jixiao.Domain.Money;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Disclosure;

/// <summary>Accumulates DSC findings in the spec's message format 「{表}{项}：{左}≠{右}（差{d}元）。」.</summary>
internal sealed class FindingCollector
{
    private readonly List<Finding> _items = [];

    public IReadOnlyList<Finding> Items => _items;

    /// <summary>Reports when |left − right| exceeds <paramref name="toleranceYuan"/>; amounts in 元.</summary>
    public void Equal(
        string ruleId,
        Severity severity,
        string table,
        string item,
        decimal left,
        decimal right,
        int? row = null,
        decimal toleranceYuan = 0m,
        string? leftText = null,
        string? rightText = null,
        string? evidence = null)
    {
        var diff = Math.Abs(left - right);
        if (diff <= toleranceYuan)
        {
            return;
        }

        var l = leftText ?? MoneyText.Format(left);
        var r = rightText ?? MoneyText.Format(right);
        var message = $"{table}{item}：{l}≠{r}（差{MoneyText.Format(diff)}元）。";
        _items.Add(new Finding(ruleId, severity, message, Field: table, Row: row, Evidence: evidence ?? $"{l} vs {r}"));
    }

    public void Add(string ruleId, Severity severity, string table, string message, int? row = null, string? evidence = null) =>
        _items.Add(new Finding(ruleId, severity, message, Field: table, Row: row, Evidence: evidence));

    /// <summary>`a + b + c` with each term in `#,##0.00`.</summary>
    public static string Terms(IEnumerable<decimal> terms) => string.Join(" + ", terms.Select(MoneyText.Format));
}
