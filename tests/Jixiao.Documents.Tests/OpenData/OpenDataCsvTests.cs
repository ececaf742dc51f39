using System.Text;
using Jixiao.Documents.OpenData;
using Jixiao.Documents.Tests.Forms;

namespace Jixiao.Documents.Tests.OpenData;

public class OpenDataCsvTests
{
    [Theory]
    [InlineData(Seeds.District2024A)]
    [InlineData(Seeds.District2024B)]
    [InlineData(Seeds.Municipal2020)]
    public void Targets_ParsesBackOneLinePerIndicator(string seed)
    {
        var released = OpenDataSamples.Targets(seed);

        var rows = Parse(OpenDataCsv.Targets(released));

        Assert.Equal(OpenDataCsv.TargetColumns, rows[0]);
        Assert.Equal(1 + released.Sum(r => r.Project.Indicators.Count), rows.Count);
        Assert.All(rows, r => Assert.Equal(OpenDataCsv.TargetColumns.Length, r.Count));
        var first = released[0].Project;
        // README: text starting with = + - @ is written with a leading ' (the seeds' `=139.20(万元)` would run as a formula).
        Assert.Equal(first.Indicators[0].Target.OriginalText, rows[1][Array.IndexOf(OpenDataCsv.TargetColumns, "指标值")].TrimStart('\''));
        Assert.Equal(first.Funds.AnnualRequestTotal, decimal.Parse(rows[1][Array.IndexOf(OpenDataCsv.TargetColumns, "年度资金申请总额")], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SelfEvaluations_ParsesBackOneLinePerScoredIndicator()
    {
        var released = OpenDataSamples.Evaluations(Seeds.SelfEvaluation2023);

        var rows = Parse(OpenDataCsv.SelfEvaluations(released));

        Assert.Equal(OpenDataCsv.EvaluationColumns, rows[0]);
        Assert.Equal(1 + released.Sum(r => r.Score.Rows.Count), rows.Count);
        Assert.All(rows, r => Assert.Equal(OpenDataCsv.EvaluationColumns.Length, r.Count));
    }

    [Fact]
    public void Disclosure_ParsesBackOneLinePerTableRow()
    {
        var disclosure = OpenDataSamples.Disclosure();

        var rows = Parse(DisclosureCsv.Write(disclosure));

        Assert.Equal(1 + DisclosureCells.Of(disclosure).Select(c => (c.Table, c.RowKey)).Distinct().Count(), rows.Count);
        Assert.Equal(DisclosureCsv.LeadingColumns, rows[0].Take(4));
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")", "a formula-like name is defused")]
    [InlineData("-1.5", "-1.5", "a negative number stays a number")]
    [InlineData("甲,乙\n丙", "甲,乙\n丙", "separators and line breaks are quoted, not lost")]
    public void Targets_AwkwardText_RoundTripsSafely(string name, string expected, string reason)
    {
        var released = OpenDataSamples.Targets(Seeds.District2024A).Take(1)
            .Select(r => r with { Project = r.Project with { Name = name } }).ToList();

        var rows = Parse(OpenDataCsv.Targets(released));

        Assert.True(expected == rows[1][2], reason);
    }

    [Fact]
    public void Csv_StartsWithUtf8Bom()
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], OpenDataCsv.Targets([]).Take(3));
        Assert.Equal([0xEF, 0xBB, 0xBF], OpenDataCsv.SelfEvaluations([]).Take(3));
    }

    private static List<List<string>> Parse(byte[] csv)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Take(3));
        return Csv.Parse(Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
    }
}
