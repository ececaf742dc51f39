using System.Globalization;
using System.Text;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Corpus;

/// <summary>
/// Field-level accuracy of the importer on the 30 dev-corpus documents (issue 14), against expectations written by
/// hand in Corpus/Expected. The approved report shows per-document figures; the floors file is a ratchet; the issue's
/// goals stand in the report header beside the current figures until they hold.
/// </summary>
public sealed class CorpusAccuracyTests
{
    [Fact]
    public void Report_PerDocumentFigures_MatchApproved()
    {
        var scores = CorpusRun.Scores();
        // What each document misses, for whoever works on the recogniser (not part of the approved text).
        foreach (var s in scores)
            foreach (var m in s.Misses.Take(12))
                TestContext.Current.TestOutputHelper?.WriteLine($"{s.Id} {m.Where}: expected «{m.Expected}», imported «{m.Got}»");
        Approval.Verify("corpus-accuracy", CorpusRun.Report(scores));
    }

    [Fact]
    public void EveryDocument_NotBelowItsFloor()
    {
        var floors = Floors();
        var below = new List<string>();
        foreach (var s in CorpusRun.Scores())
        {
            Assert.True(floors.TryGetValue(s.Id, out var f), $"floors.txt has no line for {s.Id}");
            if ((s.IsRecognised ? 1 : 0) < f.Recognised || s.RowsFound < f.Rows || s.CellsRight < f.Cells)
                below.Add($"{s.Id}: recognised {(s.IsRecognised ? 1 : 0)} rows {s.RowsFound} cells {s.CellsRight}, floor {f.Recognised} {f.Rows} {f.Cells}");
        }
        Assert.True(below.Count == 0, "Below the floor:\n" + string.Join('\n', below));
    }

    /// <summary>
    /// The issue's targets that hold: the seed control imports at 100 % (header, funds and rows). The corpus targets
    /// (≥ 27 of 30 recognised, ≥ 85 % rows, ≥ 95 % fields) do not hold yet; they stand in the approved report's header
    /// with the current figures beside them, and move into this test when they do.
    /// </summary>
    [Fact]
    public void IssueTargets_SeedControlAtFullAccuracy()
    {
        var seeds = CorpusRun.Scores().Where(s => CorpusRun.IsSeed(s.Id)).ToList();
        Assert.NotEmpty(seeds);
        foreach (var s in seeds)
        {
            Assert.True(s.IsRecognised, $"{s.Id}: {s.Status}");
            Assert.Equal(s.RowsVisible, s.RowsFound);
            Assert.True(s.CellsRight == s.CellsExpected,
                $"{s.Id}: {s.CellsRight}/{s.CellsExpected}\n" + string.Join('\n', s.Misses.Select(m => $"{m.Where}: «{m.Expected}» ≠ «{m.Got}»")));
        }
    }

    [Fact]
    public void Score_OneValueChangedInTheExpectation_CountsExactlyThatCellWrong()
    {
        var control = CorpusRun.Expectations().Single(x => x.Id == "seed-000");
        var wrong = control with { Fields = [.. control.Fields.Select(f => f.Key == "category" ? (f.Key, "项目支出") : f)] };

        var right = CorpusRun.Score(control);
        var score = CorpusRun.Score(wrong);

        Assert.Equal(right.CellsRight - 1, score.CellsRight);
        Assert.Equal("field category", Assert.Single(score.Misses).Where);
    }

    [Fact]
    public void Expectations_OnePerCorpusDocument()
    {
        var corpus = Directory.GetFiles(Path.Combine(RepositoryFiles.RepositoryRoot, "tests", "fixtures", "devcorpus"), "*.txt")
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var expected = CorpusRun.Expectations().Where(x => !CorpusRun.IsSeed(x.Id)).ToList();

        Assert.Equal(30, corpus.Count);
        Assert.Equal(corpus, expected.Select(x => x.Source).Order(StringComparer.Ordinal).ToList());
        Assert.All(expected, x => Assert.StartsWith(x.Id + "_", x.Source, StringComparison.Ordinal));
    }

    private static Dictionary<string, (int Recognised, int Rows, int Cells)> Floors() =>
        File.ReadAllLines(Path.Combine(CorpusRun.Folder, "floors.txt"), Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0], p => (Int(p[1]), Int(p[2]), Int(p[3])), StringComparer.Ordinal);

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
