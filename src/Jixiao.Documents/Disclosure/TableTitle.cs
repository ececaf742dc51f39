using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Disclosure;

/// <summary>Recognises a disclosure table title line: its shape here, the table by <see cref="DisclosureForm.Recognise"/>.</summary>
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
        if (DisclosureForm.Recognise(body) is not { } table)
        {
            return false;
        }

        kind = table.Kind;
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        return true;
    }
}
