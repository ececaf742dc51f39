using System.Text;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Docx;
using Jixiao.Documents.Export.Xlsx;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Documents.Tests.Xlsx;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>
/// The 自评表 is exported in its template's layout (ADR-039): title, header, money grid (rows, columns, 万元), goals and the
/// indicator grid with the template's own columns. One approval file per template of what the xlsx reads back as.
/// </summary>
public sealed class SelfEvaluationTemplateLayoutTests
{
    public static TheoryData<string> Templates => ["SH-DIST-SE-2023", "MOF-PROJ-SE", "SC-PROJ-SE", "NX-PROJ-SE", "DEPT-SE"];

    /// <summary>Seed 004's first 自评表 on <paramref name="templateId"/>, scored with that template's pools.</summary>
    internal static (Project Project, ProjectScore Score) On(string templateId)
    {
        var seed = RoundTrip.ImportSeed(Seeds.SelfEvaluation2023).Package.Projects[0];
        var project = seed with { TemplateId = templateId };
        return (project, Scorer.Score(project, RuleProfiles.For(project), ScoringMode.Historical));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void SelfEvaluation_OnTemplate_XlsxReadsBackAsTheApprovedLayout(string templateId)
    {
        var (project, score) = On(templateId);
        var layout = FormLayouts.SelfEvaluation(project, score);

        var read = XlsxReader.Read("form.xlsx", new XlsxRenderer().Render(layout));

        Assert.True(read.Success, read.Error);
        var lines = XlsxRendererTests.NonBlank(read.Lines!);
        Assert.Equal(XlsxRendererTests.NonBlank(GridLines.FromDocument(layout)), lines);
        Approval.Verify("selfeval-layout-" + templateId, string.Join('\n', lines) + "\n");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void SelfEvaluation_OnTemplate_DocxHoldsTheSameGrid(string templateId)
    {
        var (project, score) = On(templateId);
        var layout = FormLayouts.SelfEvaluation(project, score);

        var read = DocxReader.Read("form.docx", new DocxRenderer().Render(layout));

        Assert.True(read.Success, read.Error);
        Assert.Equal(XlsxRendererTests.NonBlank(GridLines.FromDocument(layout)), XlsxRendererTests.NonBlank(read.Lines!));
    }

    [Fact]
    public void SelfEvaluation_SichuanTemplate_PrintsItsTitleColumnsAndTargetInThreeCells()
    {
        var (project, score) = On("SC-PROJ-SE");

        var form = FormLayouts.SelfEvaluation(project, score).Sections.Single();
        var tables = form.Blocks.OfType<FormTable>().ToList();
        var grid = tables[^1];

        Assert.Equal("部门预算项目支出绩效自评表", form.Blocks.OfType<HeadingBlock>().First().Text);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
            grid.Rows[0].Select(c => c.Text));
        // A quantity splits into its symbol, number and unit; the stored target is one parsed value.
        var quantity = project.Indicators.First(i => i.Target is { Kind: TargetKind.Quantitative, Value: not null, Unit: not null, Scope: null, Subject: null });
        var placed = TableGrid.Place(grid);
        var name = placed.Single(c => c.Column == 2 && c.Row == quantity.Ordinal && c.Cell.Text == quantity.Name);
        string At(int column) => placed.Single(c => c.Row == name.Row && c.Column == column).Cell.Text;
        Assert.Equal(quantity.Target.Op.Symbol(), At(3));
        Assert.Equal(quantity.Target.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), At(4));
        Assert.Equal(quantity.Target.Unit!.Text, At(5));
        // Its money grid: its own rows (财政专户管理资金 printed, not stored) and its 原因 column.
        var header = GridLines.Rows(tables[0]).ToList();
        Assert.Contains(header, l => l.Contains("财政专户管理资金", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("预算执行率", StringComparison.Ordinal) && l.EndsWith("原因", StringComparison.Ordinal));
    }

    [Fact]
    public void SelfEvaluation_WanYuanTemplate_PrintsMoneyInWanYuan()
    {
        var (project, score) = On("MOF-PROJ-SE");
        var total = project.Evaluation!.Total.InitialBudget!.Value;

        var header = FormLayouts.SelfEvaluation(project, score).Sections.Single().Blocks.OfType<FormTable>().First();

        var cell = header.Rows.SelectMany(r => r).First(c => c.Role == CellRole.Amount && c.Number is not null);
        Assert.Equal(new Domain.Money.Amount(total).WanYuan, cell.Number);
        Assert.Contains(header.Rows.SelectMany(r => r), c => c.Text == "项目资金（万元）");
    }
}
