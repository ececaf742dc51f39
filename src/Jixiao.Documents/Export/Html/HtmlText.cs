using System.Text;

namespace Jixiao.Documents.Export.Html;

/// <summary>
/// Encodes user text for html content and attribute values. Form text comes from users and imported files, so
/// every character that could open markup is escaped; control characters html cannot carry are dropped and lone
/// surrogates replaced, so the document always parses the same way in every browser.
/// </summary>
internal static class HtmlText
{
    /// <summary>
    /// A tab in paragraph text: a fixed 2em gap with no glyph, so the PDF reader tells it from a space (a tab stop
    /// would give any width), and html readers still see the tab character.
    /// </summary>
    public const string Tab = "<span class=\"tab\">\t</span>";

    /// <param name="keepTabs">Paragraph text keeps tabs (printed with `pre-wrap`); in a cell a tab is a space, as in GridLines.</param>
    public static string Encode(string? text, bool keepTabs = false)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t': sb.Append(keepTabs ? Tab : " "); break;
                case < ' ' or '\u007F': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Cell text: one line as is; several lines (normalised as <see cref="Layout.GridLines.Cell"/> does) as one
    /// block each, so a printed PDF shows real line breaks with a little extra space that wrapped lines lack.
    /// </summary>
    public static string CellLines(string? text)
    {
        var lines = (text ?? "").ReplaceLineEndings("\n").Trim('\n').Split('\n');
        return lines.Length == 1 ? Encode(lines[0]) : string.Concat(lines.Select(l => $"<div class=\"l\">{Encode(l)}</div>"));
    }
}
