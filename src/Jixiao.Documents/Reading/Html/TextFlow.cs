using System.Text;

namespace Jixiao.Documents.Reading.Html;

/// <summary>
/// Collects html text into lines the way a browser lays it out: block elements and `&lt;br&gt;` end a line, an
/// empty block is an empty line, whitespace runs that span a source line break collapse to one space (spaces and
/// tabs on one source line are kept, as our export prints them with `white-space: pre-wrap`).
/// </summary>
internal sealed class TextFlow
{
    private readonly StringBuilder current = new();
    private bool currentPreformatted;

    public List<(string Text, string? Location)> Lines { get; } = [];

    public string? Location { get; set; }

    public void Text(string text, bool preformatted)
    {
        if (preformatted)
        {
            var parts = text.ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) Break();
                current.Append(parts[i].Replace('\t', ' ').Replace('\u00A0', ' '));
                currentPreformatted = true;
            }
            return;
        }
        var run = false;
        var runHasBreak = false;
        var runStart = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                if (!run) (run, runHasBreak, runStart) = (true, false, current.Length);
                runHasBreak |= c is '\r' or '\n' or '\f';
                current.Append(c is '\t' ? '\t' : ' ');
                continue;
            }
            if (run && runHasBreak) current.Length = runStart + 1; // the run becomes one space
            run = false;
            current.Append(c == '\u00A0' ? ' ' : c);
        }
        if (run && runHasBreak) current.Length = runStart + 1;
    }

    /// <summary>Ends the current line (a `&lt;br&gt;`), even when empty.</summary>
    public void Break()
    {
        // Preformatted text keeps its indentation; elsewhere leading space is source formatting.
        var line = current.ToString();
        Lines.Add((currentPreformatted ? line.TrimEnd() : line.Trim(), Location));
        current.Clear();
        currentPreformatted = false;
    }

    /// <summary>A block starts: text before it on the same line becomes its own line. Returns a mark for <see cref="EndBlock"/>.</summary>
    public int StartBlock()
    {
        if (current.ToString().Trim().Length > 0) Break();
        else Clear();
        return Lines.Count;
    }

    /// <summary>A block ends: its last line is closed; a block that produced nothing is one empty line.</summary>
    public void EndBlock(int mark)
    {
        if (current.ToString().Trim().Length > 0 || Lines.Count == mark) Break();
        else Clear();
    }

    private void Clear()
    {
        current.Clear();
        currentPreformatted = false;
    }

    /// <summary>Closes the flow and returns its lines.</summary>
    public List<(string Text, string? Location)> Finish()
    {
        if (current.ToString().Trim().Length > 0) Break();
        return Lines;
    }
}
