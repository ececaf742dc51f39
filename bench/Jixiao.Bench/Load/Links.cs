using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Bench.Load;

/// <summary>The links a person would click next, read from a page's HTML (decoded, in page order).</summary>
public static partial class Links
{
    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("href=\"([^\"]+)\" rel=\"next\"")]
    private static partial Regex NextHref();

    [GeneratedRegex("href=\"([^\"]+)\" data-testid=\"drill\"")]
    private static partial Regex DrillHref();

    /// <summary>The rows' drill-down links of the analysis page (one level down: a department, a unit or a project).</summary>
    public static List<string> Drill(string html) => DrillHref().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();

    /// <summary>Every link of <paramref name="html"/> that starts with <paramref name="prefix"/>.</summary>
    public static List<string> Starting(string html, string prefix) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).Distinct().ToList();

    /// <summary>The pager's 下一页 link, if the list has a next page.</summary>
    public static string? Next(string html) => NextHref().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
}
