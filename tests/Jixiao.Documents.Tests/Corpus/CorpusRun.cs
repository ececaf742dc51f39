using System.Globalization;
using System.Text;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Corpus;

/// <summary>
/// Imports every document that has an expectation the way `jixiao import --json` does (the text without its first
/// `source:` line, through <see cref="DocumentImporter.ImportBytes"/>) and scores it. Dev-corpus documents are
/// `tests/fixtures/devcorpus/NN_….txt`; a `seeds/…` source is a seed, the control that a correct import scores 100 %.
/// </summary>
internal static class CorpusRun
{
    public const int GoalRecognised = 27;
    public const decimal GoalRows = 0.85m;
    public const decimal GoalAccuracy = 0.95m;

    private static readonly Lazy<IReadOnlyList<DocumentScore>> All = new(() => Expectations().Select(x => Score(x)).ToList());

    public static string Folder => Path.Combine(RepositoryFiles.RepositoryRoot, "tests", "Jixiao.Documents.Tests", "Corpus");

    public static IReadOnlyList<DocumentScore> Scores() => All.Value;

    public static IReadOnlyList<DocumentScore> CorpusScores() => Scores().Where(s => !IsSeed(s.Id)).ToList();

    public static bool IsSeed(string id) => id.StartsWith("seed", StringComparison.Ordinal);

    public static IReadOnlyList<ExpectedDocument> Expectations() =>
        Directory.GetFiles(Path.Combine(Folder, "Expected"), "*.expected.txt").Order(StringComparer.Ordinal)
            .Select(f => ExpectedDocument.Parse(Path.GetFileName(f)[..^".expected.txt".Length], File.ReadAllText(f, Encoding.UTF8)))
            .ToList();

    public static string SourcePath(string source) =>
        Path.Combine(RepositoryFiles.RepositoryRoot, "tests", "fixtures", source.StartsWith("seeds/", StringComparison.Ordinal) ? source : "devcorpus/" + source);

    public static DocumentScore Score(ExpectedDocument x)
    {
        var text = File.ReadAllText(SourcePath(x.Source), Encoding.UTF8);
        if (text.StartsWith("source:", StringComparison.Ordinal))
            text = text.IndexOf('\n', StringComparison.Ordinal) is var nl and >= 0 ? text[(nl + 1)..] : "";
        return CorpusScorer.Score(x, DocumentImporter.ImportBytes(Path.GetFileName(x.Source), Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// The approval-style table: the issue's goals with the current figures beside them, then one line per document (the
    /// template the recogniser chose, rows found of those visible, cells right: the closing note's per-document table).
    /// </summary>
    public static string Report(IReadOnlyList<DocumentScore> scores)
    {
        var corpus = scores.Where(s => !IsSeed(s.Id)).ToList();
        var rows = Ratio(corpus.Sum(s => s.RowsFound), corpus.Sum(s => s.RowsVisible));
        var cells = Ratio(corpus.Sum(s => s.CellsRight), corpus.Sum(s => s.CellsExpected));
        var o = new StringBuilder();
        o.Append("Dev corpus against hand-written expectations (Corpus/Expected; header = unit + fields + funds, cells = header + row cells)\n")
            .Append(CultureInfo.InvariantCulture, $"goal (issue 14): recognised >= {GoalRecognised} of 30 | rows >= {Percent(GoalRows)} | field accuracy >= {Percent(GoalAccuracy)} | seeds 100.0%\n")
            .Append(CultureInfo.InvariantCulture, $"now:             recognised {corpus.Count(s => s.IsRecognised)} of {corpus.Count} | rows {rows} | field accuracy {cells} | seeds {string.Join(' ', scores.Where(s => IsSeed(s.Id)).Select(s => Percent(s.Accuracy)))}\n\n")
            .Append("doc       status      expected kind                imported kind    template         header     rows     cells      accuracy  unscored rows\n");
        foreach (var s in scores)
            o.Append(CultureInfo.InvariantCulture,
                $"{s.Id,-9} {s.Status,-11} {s.ExpectedKind,-28} {s.GotKind ?? "-",-16} {s.Template ?? "-",-16} {Pair(s.HeaderRight, s.HeaderExpected),-10} {Pair(s.RowsFound, s.RowsVisible),-8} {Pair(s.CellsRight, s.CellsExpected),-10} {Percent(s.Accuracy),-9} {s.UnscoredRows}\n");
        return o.ToString();
    }

    private static string Pair(int a, int b) => a.ToString(CultureInfo.InvariantCulture) + "/" + b.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(int a, int b) => $"{Percent(b == 0 ? 1m : (decimal)a / b)} ({Pair(a, b)})";

    public static string Percent(decimal fraction) => (fraction * 100m).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
