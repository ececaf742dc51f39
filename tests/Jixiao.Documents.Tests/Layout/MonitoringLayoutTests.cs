using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Tests.Layout;

public class MonitoringLayoutTests
{
    /// <summary>A 1–7月 report on the first 2024 seed project: lights computed by the domain, one row per indicator.</summary>
    internal static MonitoringSheet Sheet(decimal spent)
    {
        var project = RoundTrip.ImportSeed(Seeds.District2024A).Package.Projects[0];
        var budget = MonitoringLights.Budget(1_443_356m, spent, 7);
        var rows = project.Indicators.Select((i, k) =>
        {
            var qualitative = i.Target.Kind is TargetKind.Qualitative or TargetKind.Conditional;
            var forecast = qualitative ? null : TargetParser.ParseActual(k % 2 == 0 ? i.Target.OriginalText : "50%");
            var tier = qualitative ? (k % 3 == 0 ? Tier.PartiallyAchieved : Tier.Achieved) : (Tier?)null;
            var likelihood = k == 1 ? Likelihood.Impossible : Likelihood.Certain;
            var light = MonitoringLights.Indicator(project, new MonitoredIndicator(i, forecast, tier, likelihood), RuleProfiles.ShDistrict);
            return new MonitoringSheetRow(i.Level1, i.Level2, i.Name, i.Target.OriginalText, k % 2 == 0 ? "过半" : null,
                forecast?.OriginalText ?? (tier == Tier.Achieved ? "达成" : "部分达成"), k == 1 ? "完全不可能" : "确定能", light,
                light.Light == Light.Green ? [] : ["经费保障", "其他"], light.Light == Light.Green ? null : "第二季度采购延后。\n已调整计划。",
                light.Light == Light.Green ? null : "加快进度");
        }).ToList();
        return new MonitoringSheet
        {
            ProjectName = project.Name,
            SupervisingDepartment = project.SupervisingDepartment,
            ImplementingUnit = project.ImplementingUnit,
            Year = 2024,
            Month = 7,
            AnnualBudget = 1_443_356m,
            ExpenditureToDate = spent,
            ForecastAnnualExpenditure = 1_400_000m,
            BudgetLight = budget,
            BudgetDeviationReason = budget.Light == Light.Green ? null : "工资按月发放。",
            BudgetCorrectiveAction = budget.Light == Light.Green ? null : "按计划执行。",
            Rows = rows,
            ProjectLight = MonitoringLights.Worst(rows.Select(r => r.Light!.Light).Append(budget.Light)),
        };
    }

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
    public void Monitoring_Report_LightsPrintedAsTrafficLightsWithTheirRule()
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
            Assert.StartsWith(light.Rule + "：", placed.Single(p => p.Row == k + 1 && p.Column == 8).Cell.Text);
        }
        // 完全不可能 is red (MON-P), so the project light is red.
        Assert.Equal(Light.Red, sheet.ProjectLight);
        var header = layout.Blocks.OfType<FormTable>().First();
        Assert.Contains(TableGrid.Place(header), p => p.Cell.Text == "● 红灯" && p.Cell.ColSpan == 5);
        // 300,000 ÷ 1,443,356 = 20.7849… % → 20.78 %
        Assert.Contains(TableGrid.Place(header), p => p.Cell.Text == "20.78%" && p.Cell.Number == 0.2078m);
    }
}
