using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>Writes made-up disclosure text in the cell-per-line layout: tab-indented cells, rows split by blank lines.</summary>
internal sealed class DisclosureText
{
    public const string Blank = "\u3000";

    private readonly List<string> _lines = [];

    public DisclosureText Raw(string line)
    {
        _lines.Add(line);
        return this;
    }

    public DisclosureText Title(string title, string preparer = "编制单位：测试单位", string unit = "单位：元") =>
        Raw("\t" + title).Raw(string.Empty).Row(preparer).Row(unit);

    /// <summary>One printed row: each cell on its own tab-indented line, then a blank separator line.</summary>
    public DisclosureText Row(params string[] cells)
    {
        Cells(cells);
        return Raw(string.Empty);
    }

    /// <summary>Cells with no separator after them.</summary>
    public DisclosureText Cells(params string[] cells)
    {
        foreach (var c in cells)
        {
            _lines.Add("\t" + c);
        }

        return this;
    }

    public int LineOf(string text) => _lines.FindIndex(l => l.Trim() == text) + 1;

    public IReadOnlyList<SourceLine> Lines() => _lines.Select((t, i) => new SourceLine(i + 1, t)).ToList();
}
