using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Documents.Disclosure;

/// <summary>Recognises a disclosure table title line by its template's distinctive words (disclosure.md §4).</summary>
internal static partial class TableTitle
{
    // title := [ ("表"|"附表") number sep ] [ year "年" ] body, body ending in "表"; short, no sentence punctuation.
    [GeneratedRegex(@"^(?:附?表\s*[0-9一二三四五六七八九十]+\s*[、.．\-—]?\s*)?(?:(?<year>[0-9]{4})\s*年(?:度)?)?\s*(?<body>\S.*表)$")]
    private static partial Regex TitlePattern();

    public static bool TryRecognise(string line, out DisclosureTableKind kind, out int? year)
    {
        kind = default;
        year = null;
        // Every title ends in 表 (the pattern's body); most lines do not, and are refused before any copy or match.
        var span = line.AsSpan().Trim();
        if (span.Length is 0 or > 40 || span[^1] != '表' || span.IndexOfAny(['。', '，', '：', ':', '；']) >= 0)
        {
            return false;
        }

        var text = span.Length == line.Length ? line : span.ToString();

        var m = TitlePattern().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var body = m.Groups["body"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        DisclosureTableKind? k = body switch
        {
            _ when body.Contains("三公", StringComparison.Ordinal) && body.Contains("机关运行经费", StringComparison.Ordinal) => DisclosureTableKind.ThreePublic,
            _ when body.Contains("基本支出", StringComparison.Ordinal) && body.Contains("经济分类", StringComparison.Ordinal) => DisclosureTableKind.BasicByEconomic,
            _ when body.Contains("政府性基金", StringComparison.Ordinal) && body.Contains("功能分类", StringComparison.Ordinal) => DisclosureTableKind.GovernmentFundByFunction,
            _ when body.Contains("一般公共预算", StringComparison.Ordinal) && body.Contains("功能分类", StringComparison.Ordinal) => DisclosureTableKind.GeneralBudgetByFunction,
            _ when body.Contains("财政拨款收支", StringComparison.Ordinal) => DisclosureTableKind.FiscalSummary,
            _ when body.EndsWith("支出预算总表", StringComparison.Ordinal) => DisclosureTableKind.ExpenseByFunction,
            _ when body.EndsWith("收入预算总表", StringComparison.Ordinal) => DisclosureTableKind.IncomeByFunction,
            _ when body.EndsWith("收支预算总表", StringComparison.Ordinal) => DisclosureTableKind.FinancialSummary,
            _ => null,
        };

        if (k is null)
        {
            return false;
        }

        kind = k.Value;
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        return true;
    }
}
