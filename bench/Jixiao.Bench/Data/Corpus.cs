using System.Text;

namespace Jixiao.Bench.Data;

/// <summary>
/// A generated corpus of form documents for the importer: each seed document re-issued for other units, with the
/// unit and project names the importer read from it replaced, until the corpus holds the requested number of forms.
/// </summary>
public static class Corpus
{
    public static IReadOnlyList<(string Name, byte[] Bytes, int Forms)> Generate(SeedTemplates seeds, int forms, int seed)
    {
        var rng = new Random(seed);
        var sources = seeds.Imported
            .Select(d => (Doc: d, Text: Encoding.UTF8.GetString(seeds.Documents.First(x => x.Name == d.File).Bytes)))
            .Where(s => s.Doc.Package.Projects.Count > 0)
            .ToList();
        var result = new List<(string, byte[], int)>();
        for (var n = 0; forms > 0; n++)
        {
            var (doc, text) = sources[n % sources.Count];
            var unit = $"松江区生成单位{n:00000}";
            if (doc.UnitName is { Length: > 0 } printed) text = text.Replace(printed, unit, StringComparison.Ordinal);
            foreach (var project in doc.Package.Projects.Select(p => p.Name).Where(p => p.Length >= 4).Distinct())
                text = text.Replace(project, $"{project}{rng.Next(1, 99)}期", StringComparison.Ordinal);
            var count = doc.Package.Projects.Count;
            result.Add(($"corpus-{n:00000}.txt", Encoding.UTF8.GetBytes(text), count));
            forms -= count;
        }
        return result;
    }
}
