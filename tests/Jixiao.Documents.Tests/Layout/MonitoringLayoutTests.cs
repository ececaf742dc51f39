using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Tests.Layout;

public class MonitoringLayoutTests
{
    /// <summary>A 1–7月 report on the first 2024 seed project (<see cref="LayoutSamples.Monitoring"/>), 全年预算数 1,443,356.00.</summary>
    private static MonitoringSheet Sheet(decimal spent) =>
        LayoutSamples.Monitoring(RoundTrip.ImportSeed(Seeds.District2024A).Package.Projects[0], 1_443_356m, spent);

    [Theory]
    [InlineData(700_000)] // 48.50 % ÷ 58.33 % = 83.14 % → green budget light
    [InlineData(300_000)] // 20.78 % ÷ 58.33 % = 35.63 % → red budget light with reasons
    public void Monitoring_Report_ImportsBackToAnEqualSheet(int spent)
    {
        var sheet = Sheet(spent);

        var back = MonitoringSheetImporter.Parse(GridLines.FromDocument(FormLayouts.Monitoring(sheet)));

        Assert.NotNull(back);
        Assert.Equal(ModelJson.Of(sheet), ModelJson.Of(back));
    }

    [Fact]
    public void Monitoring_Report_LightsPrintedAsTrafficLightsWithTheirReasonInChinese()
    {
        var sheet = Sheet(300_000);

        var layout = FormLayouts.Monitoring(sheet).Sections.Single();
        var grid = layout.Blocks.OfType<FormTable>().Last();
        var placed = TableGrid.Place(grid);

        Assert.Equal(PageOrientation.Landscape, layout.Orientation);
        Assert.Equal(sheet.Rows.Count + 1, grid.Rows.Count);
        Assert.Equal("1–7月实际完成值", placed.Single(p => p.Row == 0 && p.Column == 4).Cell.Text);
        for (var k = 0; k < sheet.Rows.Count; k++)
        {
            var light = sheet.Rows[k].Light!;
            Assert.Equal("● " + LightNames.Chinese(light.Light), placed.Single(p => p.Row == k + 1 && p.Column == 7).Cell.Text);
            var basis = placed.Single(p => p.Row == k + 1 && p.Column == 8).Cell.Text;
            Assert.Equal(light.Explanation, basis);
            Assert.DoesNotMatch("[A-Za-z]", basis); // no rule id on the official form

        }
        // 完全不可能 is red (MON-P), so the project light is red.
        Assert.Equal(Light.Red, sheet.ProjectLight);
        var header = layout.Blocks.OfType<FormTable>().First();
        Assert.Contains(TableGrid.Place(header), p => p.Cell.Text == "● 红灯" && p.Cell.ColSpan == 5);
        // 300,000 ÷ 1,443,356 = 20.7849… % → 20.78 %
        Assert.Contains(TableGrid.Place(header), p => p.Cell.Text == "20.78%" && p.Cell.Number == 0.2078m);
    }

    [Fact]
    public void ImportBytes_NotAMonitoringSheet_ChineseReasonNoSheet()
    {
        var declaration = FormLayouts.Declaration(RoundTrip.ImportSeed(Seeds.District2024A).Package.Projects[0]);
        var text = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", GridLines.FromDocument(declaration).Select(l => l.Text)));

        var (sheet, error) = MonitoringSheetImporter.ImportBytes("申报表.txt", text);

        Assert.Null(sheet);
        Assert.Equal("“申报表.txt”中未识别出财政项目支出绩效运行监控表。", error);
    }

    [Fact]
    public void ImportBytes_MonitoringSheetAsText_GivesTheSheet()
    {
        var sheet = Sheet(700_000);
        var text = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", GridLines.FromDocument(FormLayouts.Monitoring(sheet)).Select(l => l.Text)));

        var (back, error) = MonitoringSheetImporter.ImportBytes("监控表.txt", text);

        Assert.Null(error);
        Assert.Equal(ModelJson.Of(sheet), ModelJson.Of(back));
    }

    [Fact]
    public void AFieldAddedToTheDefinition_IsPrintedAndImportedBack_WithNoOtherChange()
    {
        // What a new 运行监控表 field costs: one line in MonitoringForm (here added to a copy of the definition).
        var lead = new FieldDefinition { Key = "monitoringLead", Label = "监控负责人", Kind = FieldKind.Text, Place = new(MonitoringForm.Analysis, 5, 1, 5) };
        var form = MonitoringForm.Definition with { Fields = [.. MonitoringForm.Definition.Fields, lead] };
        var sheet = Sheet(300_000);
        sheet = sheet with { Fields = new Dictionary<string, string>(sheet.Fields) { [lead.Key] = "张三" } };

        var document = new FormDocument(sheet.ProjectName, "监控", [MonitoringLayout.Build(sheet, form)]);
        var header = document.Sections.Single().Blocks.OfType<FormTable>().First();
        var back = MonitoringSheetImporter.Parse(GridLines.FromDocument(document), form);

        Assert.Contains(TableGrid.Place(header), p => p.Cell.Text == "监控负责人" && p.Cell.Role == CellRole.Label);
        Assert.Equal("张三", back?.Text(lead.Key));
        Assert.Equal(ModelJson.Of(sheet), ModelJson.Of(back));
    }
}
