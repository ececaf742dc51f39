using System.Text;
using Jixiao.Data.Content;
using Jixiao.Documents.OpenData;
using Jixiao.Domain.Disclosure;
using Jixiao.Web.Services;

namespace Jixiao.Web.Tests;

/// <summary>The cell keys shared by the edit form, the API and the downloads; JSON storage of codes; the CSV.</summary>
public class DisclosureCellsTests
{
    private static BudgetDisclosure Sample() => new()
    {
        Year = 2021,
        UnitName = "测试单位",
        Expense = new FunctionExpenseTable(
            TablePrint.FromTemplate(DisclosureTableKind.ExpenseByFunction, 2021, "测试单位"),
            [
                new FunctionExpenseRow(Code("206"), "科学技术支出", 100m, 60m, 40m),
                new FunctionExpenseRow(Code("2060103"), "机关服务, \"甲\"", 100m, 60m, 40m),
            ],
            new FunctionExpenseRow(null, "合计", 100m, 60m, 40m)),
        ThreePublic = new ThreePublicTable(TablePrint.FromTemplate(DisclosureTableKind.ThreePublic, 2021, "测试单位"),
            3_000m, null, 3_000m, null, null, null, null),
    };

    private static SubjectCode Code(string digits) => SubjectCode.TryParse(digits, out var c) ? c : throw new ArgumentException(digits);

    [Fact]
    public void Of_ListsRowsThenTotal_WithStableKeys()
    {
        var keys = DisclosureCells.Of(Sample()).Select(c => c.Key).ToList();
        Assert.Equal(
        [
            "3.r0.total", "3.r0.basic", "3.r0.project", "3.r1.total", "3.r1.basic", "3.r1.project", "3.sum.total", "3.sum.basic", "3.sum.project",
            "8.main.total", "8.main.overseas", "8.main.reception", "8.main.vehicles", "8.main.purchase", "8.main.operation", "8.main.agency",
        ], keys);
    }

    [Theory]
    [InlineData("3.r1.basic", 61.5, "3.r1.basic")]      // a row cell
    [InlineData("3.sum.project", 41, "3.sum.project")]  // the 合计 row
    [InlineData("8.main.overseas", 7, "8.main.overseas")] // a blank 三公 cell filled in
    public void Apply_ChangesExactlyTheNamedCell(string key, double amount, string changed)
    {
        var before = DisclosureCells.Of(Sample());
        var after = DisclosureCells.Of(DisclosureCells.Apply(Sample(), new Dictionary<string, decimal?> { [key] = (decimal)amount }, out var unknown));
        Assert.Empty(unknown);
        var diff = before.Zip(after).Where(p => p.First.Value != p.Second.Value).Select(p => p.Second).ToList();
        var cell = Assert.Single(diff);
        Assert.Equal(changed, cell.Key);
        Assert.Equal((decimal)amount, cell.Value);
    }

    [Fact]
    public void Apply_BlankRowAmount_BecomesZero_BlankThreePublicCell_StaysBlank()
    {
        var d = DisclosureCells.Apply(Sample(), new Dictionary<string, decimal?> { ["3.r0.project"] = null, ["8.main.reception"] = null }, out _);
        Assert.Equal(0m, d.Expense!.Rows[0].Project);
        Assert.Null(d.ThreePublic!.Reception);
    }

    [Theory]
    [InlineData("1.in.total")]  // no 表1 in this package
    [InlineData("3.r2.total")]  // no third row
    [InlineData("3.r0.personnel")] // 表3 has no 人员经费 column
    public void Apply_UnknownKey_IsReported_AndChangesNothing(string key)
    {
        var d = DisclosureCells.Apply(Sample(), new Dictionary<string, decimal?> { [key] = 1m }, out var unknown);
        Assert.Equal([key], unknown);
        Assert.Equal(DisclosureCells.Of(Sample()).Select(c => c.Value), DisclosureCells.Of(d).Select(c => c.Value));
    }

    [Fact]
    public void Json_RoundTrip_KeepsCodes_AndReadsTheObjectFormOfOlderRows()
    {
        var json = DisclosureJson.Serialize(Sample());
        Assert.Contains("\"code\":\"2060103\"", json);
        Assert.Equal("2060103", DisclosureJson.Deserialize(json).Expense!.Rows[1].Code!.Value.Value);

        var objectForm = json.Replace("\"code\":\"206\"", "\"code\":{\"value\":\"206\",\"level\":\"Class\"}", StringComparison.Ordinal);
        Assert.Equal("206", DisclosureJson.Deserialize(objectForm).Expense!.Rows[0].Code!.Value.Value);
    }

    [Fact]
    public void Csv_HasBom_Header_AndQuotesNamesWithCommasAndQuotes()
    {
        var bytes = DisclosureCsv.Write(Sample());
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("表号,表名,科目编码,科目名称,合计,基本支出,项目支出,", lines[0]);
        Assert.Equal(1 + 3 + 1, lines.Length); // header, two rows and 合计 of 表3, one row of 表8
        Assert.StartsWith("3,2021年单位支出预算总表,2060103,\"机关服务, \"\"甲\"\"\",100.00,60.00,40.00", lines[2]);
        Assert.StartsWith("8,单位“三公”经费和机关运行经费预算表,,", lines[4]);
    }
}
