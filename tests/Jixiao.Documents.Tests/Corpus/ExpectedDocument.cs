namespace Jixiao.Documents.Tests.Corpus;

/// <summary>One indicator row as the fixture writes it: level1 | level2 | name | target | actual | weight | score.</summary>
internal sealed record ExpectedRow(IReadOnlyList<string> Cells, int Line)
{
    public static readonly string[] Columns = ["level1", "level2", "name", "target", "actual", "weight", "score"];

    public string Level2 => Cells[1];
    public string Name => Cells[2];
    public string Target => Cells[3];
}

/// <summary>A disclosure row: code | name | amounts in printed column order.</summary>
internal sealed record ExpectedTableRow(string Code, string Name, IReadOnlyList<string> Amounts, int Line);

/// <summary>
/// A hand-written expectation (`Corpus/Expected/NN.expected.txt`, format in its README): what a correct import of one
/// document yields. Fields and funds are kept in file order; blank values are never written, so none is scored.
/// </summary>
internal sealed record ExpectedDocument(
    string Id,
    string Source,
    string Kind,
    string? Unit,
    IReadOnlyList<(string Key, string Value)> Fields,
    IReadOnlyList<(string Key, string Value)> Funds,
    IReadOnlyList<ExpectedRow> Rows,
    string? Table,
    IReadOnlyList<ExpectedTableRow> TableRows,
    int OtherTableRows)
{
    public string? Name => Fields.FirstOrDefault(f => f.Key == "name").Value;

    public static ExpectedDocument Parse(string id, string text)
    {
        string? source = null, kind = null, unit = null, table = null;
        var fields = new List<(string, string)>();
        var funds = new List<(string, string)>();
        var rows = new List<ExpectedRow>();
        var tableRows = new List<ExpectedTableRow>();
        var other = 0;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0) throw new FormatException($"{id}.expected.txt:{i + 1}: no \": \" in \"{line}\"");
            var (head, value) = (line[..colon], Unescape(line[(colon + 2)..]));
            var (tag, key) = head.IndexOf(' ', StringComparison.Ordinal) is var sp and > 0 ? (head[..sp], head[(sp + 1)..]) : (head, "");
            switch (tag)
            {
                case "source": source = value; break;
                case "kind": kind = value; break;
                case "unit": unit = value; break;
                case "table": table = value; break;
                case "field": fields.Add((key, value)); break;
                case "fund": funds.Add((key, value)); break;
                case "row": rows.Add(new ExpectedRow(Cells(value, ExpectedRow.Columns.Length, id, i), i + 1)); break;
                case "drow":
                    var c = value.Split('|').Select(s => s.Trim()).ToArray();
                    tableRows.Add(new ExpectedTableRow(c[0], c.Length > 1 ? c[1] : "", c.Skip(2).ToList(), i + 1));
                    break;
                // 年度履职目标 and 基础数据表 rows have no home in the import model yet: counted, not scored.
                case "duty" or "data": other++; break;
                default: throw new FormatException($"{id}.expected.txt:{i + 1}: unknown line \"{head}\"");
            }
        }
        return new ExpectedDocument(id, source ?? throw new FormatException($"{id}.expected.txt: no source line"),
            kind ?? throw new FormatException($"{id}.expected.txt: no kind line"), unit, fields, funds, rows, table, tableRows, other);
    }

    private static List<string> Cells(string value, int count, string id, int line)
    {
        var cells = value.Split('|').Select(s => s.Trim()).ToList();
        if (cells.Count > count) throw new FormatException($"{id}.expected.txt:{line + 1}: more than {count} cells");
        while (cells.Count < count) cells.Add("");
        return cells;
    }

    private static string Unescape(string value) => value.Replace("\\n", "\n", StringComparison.Ordinal);
}
