using System.Buffers;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Forms;

/// <summary>
/// The plain and compact text of each line of one document, computed at most once: the document loop, the search
/// for a form's end and the title lookahead all look at the same lines.
/// </summary>
internal sealed class DocumentLines(IReadOnlyList<SourceLine> lines)
{
    private readonly string?[] plain = new string?[lines.Count];
    private readonly string?[] compact = new string?[lines.Count];

    public int Count => lines.Count;

    public SourceLine this[int index] => lines[index];

    /// <summary><see cref="DocumentPatterns.Plain"/> of the line.</summary>
    public string Plain(int index) => plain[index] ??= DocumentPatterns.Plain(lines[index].Text);

    /// <summary>Lines [<paramref name="start"/>, <paramref name="end"/>) as a list, without copying them.</summary>
    public IReadOnlyList<SourceLine> Range(int start, int end) => new LineRange(lines, start, end - start);

    private sealed class LineRange(IReadOnlyList<SourceLine> source, int start, int count) : IReadOnlyList<SourceLine>
    {
        public int Count => count;

        public SourceLine this[int index] =>
            (uint)index < (uint)count ? source[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<SourceLine> GetEnumerator()
        {
            for (var k = 0; k < count; k++) yield return source[start + k];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary><c>CellText.Compact(Plain(index))</c>.</summary>
    public string Compact(int index) => compact[index] ??= CompactOf(index);

    /// <summary>
    /// Without bold, heading, tag, entity or escape marks, <see cref="DocumentPatterns.Plain"/> only turns white space
    /// into spaces and trims, so the compact text is that of the raw line and the plain one need not be built.
    /// </summary>
    private string CompactOf(int index)
    {
        var raw = lines[index].Text;
        return raw.AsSpan().ContainsAny(PlainMarks) ? CellText.Compact(Plain(index)) : CellText.Compact(raw);
    }

    private static readonly SearchValues<char> PlainMarks = SearchValues.Create("*#<&\\");

    /// <summary>The narrative heading on the line, if any (its plain text is built only when the compact one could be a heading).</summary>
    public DocumentPatterns.NarrativeHeading? Narrative(int index) =>
        DocumentPatterns.MayBeNarrative(Compact(index)) ? DocumentPatterns.Narrative(Plain(index)) : null;
}
