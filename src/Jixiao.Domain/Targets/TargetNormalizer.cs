using System.Text;

namespace Jixiao.Domain.Targets;

/// <summary>The text after §2 normalisation and whether a leading `=` was dropped (step 6).</summary>
internal readonly record struct NormalizedText(string Text, bool LeadingEqualsDropped);

/// <summary>
/// target-grammar.md §2. Full-width forms and LaTeX are replaced before whitespace is removed, because a LaTeX
/// command swallows the space that ends it (`$\geq 85.00\%$` is not PDF spacing). Full-width goes first: it never
/// produces `\` or `$`, so the order between the two does not change the result. Step 5 (Chinese numerals) applies
/// inside frequencies only and lives in <see cref="TextCursor.TryReadCount"/>, so `一级` elsewhere is untouched.
/// Invariant: Normalize is idempotent on its own output, so canonical strings re-parse to the same model.
/// </summary>
internal static class TargetNormalizer
{
    private static readonly (string Command, string Replacement)[] LatexCommands =
    [
        ("geqslant", "≥"), ("geq", "≥"), ("ge", "≥"),
        ("leqslant", "≤"), ("leq", "≤"), ("le", "≤"),
        ("gt", ">"), ("lt", "<"), ("times", "×"),
    ];

    public static NormalizedText Normalize(string original, IReadOnlyDictionary<string, string>? typos, List<ParseNote> notes)
    {
        var text = ReplaceFullWidth(original);
        text = ReplaceLatex(text, notes);
        text = RemoveSpacing(text, notes);
        text = text.Replace(">=", "≥", StringComparison.Ordinal).Replace("<=", "≤", StringComparison.Ordinal);
        var dropped = DropRedundantEquals(ref text);
        if (dropped)
        {
            notes.AddOnce(ParseNote.RedundantEquals);
        }

        return new NormalizedText(ApplyTypos(text, typos, notes), dropped);
    }

    /// <summary>Steps 2 and 4 only (LaTeX, spacing): no full-width folding, `=` or typo rewriting (display text).</summary>
    public static string CleanForDisplay(string text)
    {
        var ignored = new List<ParseNote>();
        return RemoveSpacing(ReplaceLatex(text, ignored), ignored);
    }

    // Step 3: only the characters that carry grammar; `，` `：` stay (they separate clauses), `＼` `＄` stay so a
    // second pass cannot turn plain text into LaTeX.
    private static string ReplaceFullWidth(string text)
    {
        // Most texts are already half-width: no copy then (profiled: the per-character copy was 14 % of a parse).
        if (!text.AsSpan().ContainsAny(FullWidth))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' => (char)(c - 0xFEE0),
                '％' or '（' or '）' or '＝' or '＜' or '＞' or '／' or '．' or '＊' or '＋' or '－' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '≧' => '≥',
                '≦' => '≤',
                _ => c,
            });
        }

        return builder.ToString();
    }

    // Step 2: `$\geq$`, `\geq ` → `≥`; `\leq` → `≤`; `\%` → `%`; `$` dropped. Unknown commands stay verbatim.
    private static string ReplaceLatex(string text, List<ParseNote> notes)
    {
        if (!text.Contains('$') && !text.Contains('\\'))
        {
            return text;
        }

        // `$` goes first so that `\$geq` cannot turn into a command on a second pass.
        var found = text.Contains('$');
        text = text.Replace("$", "", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '\\')
            {
                builder.Append(@"\\");
                i++;
                continue;
            }

            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '%')
            {
                builder.Append('%');
                found = true;
                i++;
                continue;
            }

            if (c == '\\' && TryReadCommand(text, i + 1, out var replacement, out var end))
            {
                builder.Append(replacement);
                found = true;
                while (end < text.Length && text[end] is ' ' or '\t')
                {
                    end++; // the space that terminates a LaTeX command belongs to it
                }

                i = end - 1;
                continue;
            }

            builder.Append(c);
        }

        if (found)
        {
            notes.AddOnce(ParseNote.LatexOperator);
        }

        return builder.ToString();
    }

    private static bool TryReadCommand(string text, int start, out string replacement, out int end)
    {
        end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var name = text.AsSpan(start, end - start);
        foreach (var (command, value) in LatexCommands)
        {
            if (name.SequenceEqual(command))
            {
                replacement = value;
                return true;
            }
        }

        replacement = "";
        return false;
    }

    // Steps 1 and 4: line breaks of one cell are whitespace; whitespace between two CJK characters or next to an
    // operator, digit, `%`, `(`, `)` or `/` is PDF spacing and goes; other runs collapse to one space.
    private static string RemoveSpacing(string text, List<ParseNote> notes)
    {
        if (!text.AsSpan().ContainsAny(Whitespace))
        {
            return text;
        }

        // The result is never longer than the text; a stack buffer spares the builder (spaced texts are common).
        Span<char> output = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                output[length++] = text[i++];
                continue;
            }

            var runEnd = i;
            while (runEnd < text.Length && char.IsWhiteSpace(text[runEnd]))
            {
                runEnd++;
            }

            var atEdge = length == 0 || runEnd == text.Length;
            if (!atEdge)
            {
                var before = output[length - 1];
                var after = text[runEnd];
                // Never close up after `\`: `\ %` must not become the LaTeX `\%` (normalisation stays idempotent).
                if (before != '\\' && ((IsCjk(before) && IsCjk(after)) || IsTight(before) || IsTight(after)))
                {
                    notes.AddOnce(ParseNote.PdfSpacing);
                }
                else
                {
                    output[length++] = ' ';
                }
            }

            i = runEnd;
        }

        return new string(output[..length]);
    }

    // Every character ReplaceFullWidth changes (a superset is fine: it only decides whether to copy).
    private static readonly System.Buffers.SearchValues<char> FullWidth = System.Buffers.SearchValues.Create(
        Enumerable.Range(0xFF01, 0xFF5A - 0xFF01 + 1).Select(i => (char)i).Concat(['\u3000', '≧', '≦']).ToArray());

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace).ToArray());

    private static bool IsTight(char c) =>
        char.IsAsciiDigit(c) || c is '=' or '≥' or '≤' or '>' or '<' or '*' or '×' or '+' or '-' or '%' or '(' or ')'
            or '/' or '.' or ',';

    private static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    // Step 6: `=` before a word, a frequency or another comparator carries nothing (`=健全、规范`, `=至少每天2次`).
    private static bool DropRedundantEquals(ref string text)
    {
        var dropped = false;
        while (text.Length > 1 && text[0] == '=' && !StartsWithNumber(text.AsSpan(1)))
        {
            text = text[1..];
            dropped = true;
        }

        return dropped;
    }

    private static bool StartsWithNumber(ReadOnlySpan<char> text) =>
        char.IsAsciiDigit(text[0]) || (text.Length > 1 && text[0] is '-' or '+' && char.IsAsciiDigit(text[1]));

    // Step 7.
    private static string ApplyTypos(string text, IReadOnlyDictionary<string, string>? typos, List<ParseNote> notes)
    {
        if (typos is null)
        {
            return text;
        }

        foreach (var (typo, correction) in typos)
        {
            if (typo.Length > 0 && text.Contains(typo, StringComparison.Ordinal))
            {
                text = text.Replace(typo, correction ?? "", StringComparison.Ordinal);
                notes.AddOnce(ParseNote.TypoCorrected);
            }
        }

        return text;
    }
}

internal static class NoteListExtensions
{
    public static void AddOnce(this List<ParseNote> notes, ParseNote note)
    {
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }
}
