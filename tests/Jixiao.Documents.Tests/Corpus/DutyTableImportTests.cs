using System.Text;
using Jixiao.Documents.Cells;
using Jixiao.Documents.Recognition;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Corpus;

/// <summary>
/// The 年度履职目标 table of a department-level form is imported: every `duty:` line of a corpus expectation
/// (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额) is a duty of the imported project, in order, the amount as printed.
/// </summary>
public sealed class DutyTableImportTests
{
    public static TheoryData<string> DocumentsWithDuties() =>
        [.. CorpusRun.Expectations().Where(x => DutyLines(x.Id).Count > 0).Select(x => x.Id)];

    [Theory]
    [MemberData(nameof(DocumentsWithDuties))]
    public void Import_DepartmentTarget_KeepsEveryDutyOfItsExpectation(string id)
    {
        var x = CorpusRun.Expectations().Single(e => e.Id == id);
        var text = File.ReadAllText(CorpusRun.SourcePath(x.Source), Encoding.UTF8);
        text = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var project = DocumentImporter.ImportBytes(Path.GetFileName(x.Source), Encoding.UTF8.GetBytes(text)).Document!.Package.Projects.Single();

        var got = project.Duties.Select(d => $"{d.Function} | {d.Task} | {d.ProjectName} | {d.AmountText}").ToList();
        Assert.Equal(DutyLines(id), got);
    }

    [Fact]
    public void Export_ImportedDepartmentTarget_LayoutEveryFormatDraws_PrintsItsDutiesUnderTheHeader()
    {
        var x = CorpusRun.Expectations().Single(e => e.Id == "22");
        var text = File.ReadAllText(CorpusRun.SourcePath(x.Source), Encoding.UTF8);
        var project = DocumentImporter.ImportBytes("22.txt", Encoding.UTF8.GetBytes(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..])).Document!.Package.Projects.Single();

        var form = Assert.IsType<Jixiao.Domain.Forms.FormDefinition>(Jixiao.Documents.Export.Forms.TemplateDeclarationLayout.FormOf(project));
        var header = Jixiao.Documents.Export.Forms.TemplateDeclarationLayout.Blocks(project, form).OfType<Jixiao.Documents.Layout.FormTable>().First();
        var rows = header.Rows.Select(r => string.Join(" | ", r.Select(c => c.Text))).ToList();

        Assert.Equal("DEPT-TARGET", project.TemplateId);
        var at = rows.IndexOf("年度履职目标");
        Assert.True(at >= 0, string.Join('\n', rows));
        Assert.Equal(["部门职能 | 年度目标任务 | 支出项目名称 | 预算金额(万元)", .. DutyLines("22")], rows.Skip(at + 1).Take(4));
    }

    [Fact]
    public void Import_DepartmentTarget_AsStored_HoldsTheDocumentsWanYuanAmountsInYuan()
    {
        // Corpus 22 prints 资金总额 171.41, 项目支出 60.8, 基本支出 110.61 and the duties 49.8 / 11 / 171.41, all in 万元.
        var x = CorpusRun.Expectations().Single(e => e.Id == "22");
        var text = File.ReadAllText(CorpusRun.SourcePath(x.Source), Encoding.UTF8);
        var imported = DocumentImporter.ImportBytes("22.txt", Encoding.UTF8.GetBytes(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..])).Document!.Package.Projects.Single();

        // What the import stores (DocumentImportService): each bare figure says the 万元 it was printed in.
        var stored = Jixiao.Domain.Forms.StatedMoneyUnit.Apply(imported);

        decimal? Yuan(string key) => Jixiao.Domain.Forms.FieldText.Money(stored.Fields[key]);
        Assert.Equal((1_714_100m, 608_000m, 1_106_100m), (Yuan("projectFundsTotal"), Yuan("projectExpenditure"), Yuan("basicExpenditure")));
        Assert.Equal(1_714_100m, stored.Funds.ProjectFundsTotal);
        Assert.Equal([498_000m, 110_000m, 1_714_100m], stored.Duties.Select(d => d.AmountYuan ?? -1m));
        // Stored once more (a re-import, a save) the texts do not grow another unit.
        Assert.Equal(stored.Fields, Jixiao.Domain.Forms.StatedMoneyUnit.Apply(stored).Fields);
    }

    [Fact]
    public void Read_FourLabelsOneCellPerLine_TakesTheCellsFourAtATime()
    {
        var lines = new[] { "部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)", "修志", "完成年鉴", "年鉴经费", "12.5", "一级指标" }
            .Select((t, i) => new SourceLine(i + 1, t)).ToList();
        // Blank lines between cells make each a row of one cell.
        var spaced = lines.SelectMany(l => new[] { l, new SourceLine(l.Number, "") }).ToList();

        var duty = Assert.Single(DutyTableReader.Read(CellReader.Read(spaced)));

        // Printed in 万元, stored in 元.
        Assert.Equal(("修志", "完成年鉴", "年鉴经费", "12.5", 125_000m), (duty.Function, duty.Task, duty.ProjectName, duty.AmountText, duty.AmountYuan!.Value));
    }

    [Fact]
    public void Read_ProjectForm_HasNoDuties()
    {
        var lines = new[] { "项目名称 | 修志经费", "一级指标 | 二级指标 | 三级指标 | 指标值" }.Select((t, i) => new SourceLine(i + 1, t)).ToList();

        Assert.Empty(DutyTableReader.Read(CellReader.Read(lines)));
    }

    private static List<string> DutyLines(string id) =>
        File.ReadAllLines(Path.Combine(CorpusRun.Folder, "Expected", id + ".expected.txt"), Encoding.UTF8)
            .Where(l => l.StartsWith("duty: ", StringComparison.Ordinal))
            .Select(l => string.Join(" | ", l["duty: ".Length..].Split('|').Select(c => c.Trim()))).ToList();
}
