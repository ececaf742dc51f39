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
    public string Compact(int index) => compact[index] ??= CellText.Compact(Plain(index));

    /// <summary>The narrative heading on the line, if any.</summary>
    public DocumentPatterns.NarrativeHeading? Narrative(int index) => DocumentPatterns.Narrative(Plain(index));
}
