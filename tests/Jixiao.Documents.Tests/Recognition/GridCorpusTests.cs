using System.Globalization;
using System.Text;
using Jixiao.Documents.Cells;
using Jixiao.Documents.Recognition;
using Jixiao.Documents.Tests.Corpus;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// The dev corpus through <see cref="CellReader"/> and <see cref="IndicatorGridRecogniser"/> alone, against the
/// hand-written rows of `Corpus/Expected` (matched as the corpus harness does: by name, else by 二级 and target).
/// </summary>
public sealed class GridCorpusTests(ITestOutputHelper output)
{
    /// <summary>Rows that must be found per document, a few of each layout (what the recogniser reaches today).</summary>
    [Theory]
    [InlineData("01", 7)] // one cell per line, 长期 and 年度 columns side by side
    [InlineData("03", 7)] // one cell per line, 绩效标准 column, empty 二级 rows
    [InlineData("11", 5)] // cell per line ending in ` |`, 实施效果指标 above 一级
    [InlineData("12", 5)] // cell per line, unfilled values
    [InlineData("17", 10)] // cell per line with `||||` runs, ★ and placeholders
    [InlineData("10", 7)] // pipe, Zhejiang 2-level columns
    [InlineData("18", 1)] // pipe from OCR, 指标性质/指标值/度量单位
    [InlineData("21", 8)] // pipe, header cells of two rows run together
    [InlineData("25", 8)] // pipe, header over three lines
    [InlineData("08", 9)] // space-aligned rows, 项目完成/项目效益
    [InlineData("22", 7)] // space-aligned rows, 指标解释 column
    [InlineData("14", 9)] // flat, run together, weights inside 一级 labels
    [InlineData("30", 10)] // flat, run together, 指标性质 merged into the value
    public void Find_CorpusDocument_FindsItsVisibleRows(string id, int atLeast)
    {
        var score = Score(Expectation(id));
        output.WriteLine(score.ToString());
        Assert.True(score.Found >= atLeast, $"{id}: {score.Found} of {score.Visible} rows found, expected at least {atLeast}");
    }

    [Fact]
    public void Find_WholeCorpus_ReportsRowsFoundPerDocument()
    {
        var scores = CorpusRun.Expectations().Where(x => !CorpusRun.IsSeed(x.Id)).Select(Score).ToList();
        var report = new StringBuilder("doc grids rows-found/visible cells-right/expected\n");
        foreach (var s in scores) report.AppendLine(s.ToString());
        var found = scores.Sum(s => s.Found);
        var visible = scores.Sum(s => s.Visible);
        report.AppendLine(CultureInfo.InvariantCulture, $"all rows {found}/{visible} cells {scores.Sum(s => s.CellsRight)}/{scores.Sum(s => s.Cells)}");
        output.WriteLine(report.ToString());
        // A floor under the whole corpus, so a change that loses rows anywhere fails here.
        Assert.True(found * 100 >= visible * 60, report.ToString());
    }

    private sealed record GridScore(string Id, int Grids, int Found, int Visible, int CellsRight, int Cells)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Id} {Grids} {Found}/{Visible} {CellsRight}/{Cells}");
    }

    private static ExpectedDocument Expectation(string id) => CorpusRun.Expectations().Single(x => x.Id == id);

    private static GridScore Score(ExpectedDocument x)
    {
        var text = File.ReadAllText(CorpusRun.SourcePath(x.Source), Encoding.UTF8);
        text = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var grids = IndicatorGridRecogniser.Find(CellReader.Read(TextDocumentReader.SplitLines(text)));
        var got = grids.SelectMany(g => g.Rows)
            .Select(r => (IReadOnlyList<string?>)[r.Level1, r.Level2, r.Name, r.Target, r.Actual, r.Weight, r.Score]).ToList();
        var used = new bool[got.Count];
        int found = 0, right = 0, cells = 0;
        foreach (var e in x.Rows)
        {
            var m = Take(got, used, r => e.Name.Length > 0 && CellText.Same(e.Name, r[2]) && CellText.Same(e.Level2, r[1]))
                ?? Take(got, used, r => e.Name.Length > 0 && CellText.Same(e.Name, r[2]))
                ?? Take(got, used, r => e.Name.Length == 0 && CellText.Same(e.Level2, r[1]) && CellText.Same(e.Target, r[3]));
            if (m is not null) found++;
            for (var c = 0; c < ExpectedRow.Columns.Length; c++)
            {
                if (e.Cells[c].Length == 0) continue;
                cells++;
                if (m is not null && CellText.Same(e.Cells[c], got[m.Value][c])) right++;
            }
        }
        return new GridScore(x.Id, grids.Count, found, x.Rows.Count, right, cells);
    }

    private static int? Take(List<IReadOnlyList<string?>> got, bool[] used, Func<IReadOnlyList<string?>, bool> fits)
    {
        for (var g = 0; g < got.Count; g++)
            if (!used[g] && fits(got[g]))
            {
                used[g] = true;
                return g;
            }
        return null;
    }
}
