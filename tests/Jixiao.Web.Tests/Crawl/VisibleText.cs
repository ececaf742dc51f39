using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Jixiao.Web.Tests.Crawl;

/// <summary>What a person reads on a page: the title, text outside script/style/template, and placeholders.</summary>
internal static partial class VisibleText
{
    // Names of file formats and of the interface kind that users meet as names, not as English sentences.
    // Units that finance forms print in Latin letters (KB/MB/GB) are data, not interface text.
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "PDF", "Excel", "Word", "CSV", "JSON", "XLSX", "DOCX", "ZIP", "JPG", "PNG", "HTML", "TXT", "MD", "API", "OpenAPI", "KB", "MB", "GB",
    };

    // The units' own words: Latin words the demo district's source documents contain (`UPS`, `vCPU`, `OTN`) are
    // their text, shown verbatim by design (RT-6), and the sign-in names of the demo accounts are what people type.
    // LaTeX commands (`\geq`) are not among them: the app must clean those (issue 15 item 9).
    private static readonly HashSet<string> DataWords = DemoDataWords();

    private static readonly HtmlParser Parser = new();

    public static string Of(string html)
    {
        var document = Parser.ParseDocument(html);
        foreach (var hidden in document.QuerySelectorAll("script, style, template, noscript").ToList()) hidden.Remove();
        var parts = new List<string> { document.Title ?? "" };
        if (document.Body is { } body) parts.Add(body.TextContent);
        parts.AddRange(document.QuerySelectorAll("[placeholder]").Select(e => e.GetAttribute("placeholder") ?? ""));
        return string.Join("\n", parts);
    }

    public static IEnumerable<string> EnglishWords(string text) => EnglishWordsInContext(text).Select(w => w.Word);

    /// <summary>Each English word with a few characters around it, to find it on the page.</summary>
    public static IEnumerable<(string Word, string Context)> EnglishWordsInContext(string text)
    {
        // Rule ids may stay as a small code beside the sentence (issue 15 item 1): `SE-09`, `MNY-03` are codes.
        text = RuleCode().Replace(text, " ");
        // An e-mail address is data a person types (and an example of its shape), not wording of the page.
        text = EmailAddress().Replace(text, " ");
        foreach (Match m in Word().Matches(text))
        {
            if (Allowed.Contains(m.Value) || DataWords.Contains(m.Value)) continue;
            var from = Math.Max(0, m.Index - 12);
            var to = Math.Min(text.Length, m.Index + m.Length + 12);
            yield return (m.Value, Regex.Replace(text[from..to], @"\s+", " "));
        }
    }

    private static HashSet<string> DemoDataWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var assembly = typeof(Jixiao.Web.Services.DemoDistrict).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("DemoData/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var text = reader.ReadToEnd();
            foreach (Match m in Word().Matches(text))
                if (m.Index == 0 || text[m.Index - 1] != '\\') words.Add(m.Value);
        }

        foreach (var user in Jixiao.Web.Infrastructure.DemoOrganizations.Users) words.Add(user.UserName);
        return words;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"(?<![A-Za-z])[A-Z]{2,5}-\d{2}(?!\d)")]
    private static partial Regex RuleCode();

    public static IEnumerable<string> Guids(string text) => Guid().Matches(text).Select(m => m.Value);

    /// <summary>Razor printed as text instead of run (`期@if (Model.IsAdmin)`: an `@` right after a character is literal).</summary>
    public static IEnumerable<string> TemplateSource(string text) => RazorSource().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"@(?:(?:if|foreach|for|while|switch|await|Model|Html)\b|[{(])[^\n]{0,20}")]
    private static partial Regex RazorSource();

    // Two or more Latin letters not glued to other Latin letters or digits (`v1`, `SC-13` ids count as their letters).
    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")]
    private static partial Regex Word();

    // A whole GUID or its first group followed by `-…` / `…` (a shortened id is still an id).
    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}(?:-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?\b|\b[0-9a-f]{8}(?:-|…)")]
    private static partial Regex Guid();
}
