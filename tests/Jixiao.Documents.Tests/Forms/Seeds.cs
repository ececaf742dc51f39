using Jixiao.Documents.Forms;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>Reads a seed document (copied next to the test assembly under `seeds/`).</summary>
internal static class Seeds
{
    public const string District2024A = "000_df2f341524882840.txt";
    public const string District2024B = "001_f9a1a9807cfbc00b.txt";
    public const string Municipal2020 = "002_1358270470f7d362.txt";
    public const string Disclosure2021 = "003_5c87672f31bbd0d3.txt";
    public const string SelfEvaluation2023 = "004_6f3ee041d7c0496a.txt";

    public static IReadOnlyList<SourceLine> Lines(string file) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", file))
            .Select((text, i) => new SourceLine(i + 1, text))
            .ToList();

    public static (FormImportResult Result, List<ImportWarning> Warnings) Import(string file)
    {
        var warnings = new List<ImportWarning>();
        return (ProjectFormImporter.Parse(Lines(file), warnings), warnings);
    }

    /// <summary>Parses made-up input given as text (tabs as `\t`), line numbers from 1.</summary>
    public static (FormImportResult Result, List<ImportWarning> Warnings) ImportText(string text)
    {
        var warnings = new List<ImportWarning>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select((t, i) => new SourceLine(i + 1, t)).ToList();
        return (ProjectFormImporter.Parse(lines, warnings), warnings);
    }
}
