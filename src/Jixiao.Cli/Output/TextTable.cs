using System.Globalization;
using System.Text;

namespace Jixiao.Cli.Output;

/// <summary>
/// A plain-text table aligned for terminals where CJK characters take two columns
/// (East Asian Wide/Fullwidth), so Chinese reports line up.
/// </summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _rightAligned = [];

    public TextTable AlignRight(params int[] columns)
    {
        foreach (var c in columns) _rightAligned.Add(c);
        return this;
    }

    public void Add(params string?[] cells) =>
        _rows.Add(cells.Select(c => (c ?? "").ReplaceLineEndings(" ")).ToArray());

    public int Count => _rows.Count;

    public override string ToString()
    {
        var widths = headers.Select(DisplayWidth).ToArray();
        foreach (var row in _rows)
            for (var i = 0; i < Math.Min(row.Length, widths.Length); i++)
                widths[i] = Math.Max(widths[i], DisplayWidth(row[i]));

        var sb = new StringBuilder();
        AppendRow(sb, headers, widths);
        sb.AppendLine(string.Join("  ", widths.Select(w => new string('─', w))));
        foreach (var row in _rows) AppendRow(sb, row, widths);
        return sb.ToString();
    }

    private void AppendRow(StringBuilder sb, string[] cells, int[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : "";
            var pad = new string(' ', widths[i] - DisplayWidth(cell));
            if (i > 0) sb.Append("  ");
            sb.Append(_rightAligned.Contains(i) ? pad + cell : i == widths.Length - 1 ? cell : cell + pad);
        }
        sb.AppendLine();
    }

    public static int DisplayWidth(string text)
    {
        var width = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var rune = Rune.GetRuneAt((string)e.Current, 0);
            width += IsWide(rune.Value) ? 2 : 1;
        }
        return width;
    }

    // East Asian Wide and Fullwidth ranges that occur in Chinese documents.
    private static bool IsWide(int cp) =>
        cp is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x20000 and <= 0x3FFFD;
}
