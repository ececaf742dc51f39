namespace Jixiao.Tests.Shared;

/// <summary>One case of a spec example table: the example it belongs to and its cells by column head.</summary>
internal sealed record SpecCase(string Example, IReadOnlyDictionary<string, string> Cells, string Line)
{
    /// <summary>The cell under <paramref name="column"/>, or null when the table has no such column or the cell is blank.</summary>
    public string? this[string column] => Cells.TryGetValue(column, out var v) && v.Length > 0 ? v : null;

    public override string ToString() => $"{Example}: {Line}";
}

/// <summary>
/// Reads the example tables of a spec file: a paragraph opening with a bold example id (`**E5 — …**`, `**SE-05**`)
/// followed by a Markdown table. Cells lose `**` and backticks; a `#` column, when present, names each line's example
/// (`E4`, `E5` in one table). Columns are given by head, so a table may leave out those it does not need.
/// </summary>
internal static class SpecTables
{
    public static IReadOnlyList<SpecCase> Read(string markdown, System.Text.RegularExpressions.Regex leadId)
    {
        var cases = new List<SpecCase>();
        var lines = markdown.Split('\n');
        string? example = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("**", StringComparison.Ordinal) && leadId.Match(line) is { Success: true } m)
            {
                example = m.Groups[1].Value;
                continue;
            }
            if (example is null || !line.StartsWith('|')) continue;

            var heads = Cells(line);
            for (i += 2; i < lines.Length && lines[i].StartsWith('|'); i++)
            {
                var cells = Cells(lines[i]);
                if (cells.Count != heads.Count)
                    throw new InvalidOperationException($"{example}: {cells.Count} cells under {heads.Count} heads: {lines[i]}");
                var byHead = heads.Zip(cells).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
                cases.Add(new SpecCase(byHead.TryGetValue("#", out var id) ? id : example, byHead, lines[i]));
            }
            example = null;
        }
        return cases;
    }

    private static List<string> Cells(string row) =>
        [.. row.Trim().Trim('|').Split('|').Select(c => c.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Trim())];
}
