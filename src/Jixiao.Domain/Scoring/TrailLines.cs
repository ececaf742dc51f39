using System.Runtime.CompilerServices;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// The trail lines of one row while it is scored (SC-60). When <see cref="Explain"/> is off, lines are not built at
/// all: the interpolation handler tells the compiler to skip evaluating and formatting the holes. Scores are the same
/// either way; the text is produced by running the same scoring again with Explain on, when the trail is first read
/// (<see cref="IndicatorScore.Trail"/>), so it is identical to an eagerly built one by construction.
/// </summary>
internal sealed class TrailLines(bool explain)
{
    private List<string>? lines;

    public bool Explain { get; } = explain;

    public void Add(string line)
    {
        if (Explain) (lines ??= new List<string>(8)).Add(line);
    }

    public void Add([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        if (Explain) (lines ??= new List<string>(8)).Add(line.ToStringAndClear());
    }

    public void Clear() => lines?.Clear();

    public string[] ToArray() => lines?.ToArray() ?? [];

    /// <summary>Formats a line only when the trail is being explained.</summary>
    [InterpolatedStringHandler]
    public ref struct LineHandler
    {
        private DefaultInterpolatedStringHandler inner;

        public LineHandler(int literalLength, int formattedCount, TrailLines trail, out bool shouldAppend)
        {
            shouldAppend = trail.Explain;
            inner = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
        }

        public void AppendLiteral(string value) => inner.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

        public void AppendFormatted(string? value) => inner.AppendFormatted(value);

        public string ToStringAndClear() => inner.ToStringAndClear();
    }
}
