using System.Text.Json;
using Jixiao.Data.Content;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using K = Jixiao.Domain.Monitoring.MonitoringForm.Keys;

namespace Jixiao.Web.Tests;

/// <summary>Stored 运行监控表 content: schema 2 (texts keyed by the definition) is written, schema 1 still loads unchanged.</summary>
public class MonitoringContentJsonTests
{
    private static readonly Guid Training = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");
    private static readonly Guid Rules = Guid.Parse("00000000-0000-0000-0000-000000000002");

    // A report stored by the schema-1 writer (Jixiao.Web MonitoringContent.ToJson on main before issue 13).
    private const string V1 = """
        {
          "schemaVersion": 1,
          "annualBudget": 120000.50,
          "expenditureToDate": 60000,
          "forecastAnnualExpenditure": 118000.00,
          "budgetDeviationReason": "第二季度采购延后。",
          "budgetCorrectiveAction": "加快进度",
          "rows": [
            { "key": "6f9619ff-8b86-d011-b42d-00c04fc964ff", "progressText": "过半", "forecastText": "≥60人次", "tier": null, "likelihood": "Possible",
              "deviationCauses": ["Funding", "Other"], "deviationReason": "经费未到位", "correctiveAction": "申请追加" },
            { "key": "00000000-0000-0000-0000-000000000002", "progressText": null, "forecastText": null, "tier": "PartiallyAchieved", "likelihood": "Certain",
              "deviationCauses": [], "deviationReason": null, "correctiveAction": null }
          ]
        }
        """;

    [Fact]
    public void SchemaOne_StillLoads_EveryValueKept()
    {
        var c = MonitoringContentJson.Read(V1);

        // Money keeps the stored number's own digits as its text, and the amount.
        Assert.Equal("120000.50", c.Text(K.AnnualBudget));
        Assert.Equal(120_000.50m, c.AnnualBudget);
        Assert.Equal("60000", c.Text(K.ExpenditureToDate));
        Assert.Equal(118_000.00m, c.ForecastAnnualExpenditure);
        Assert.Equal("第二季度采购延后。", c.BudgetDeviationReason);
        Assert.Equal("加快进度", c.BudgetCorrectiveAction);
        var training = c.Row(Training)!;
        Assert.Equal(("过半", "≥60人次", (Tier?)null, (Likelihood?)Likelihood.Possible), (training.ProgressText, training.ForecastText, training.Tier, training.Likelihood));
        Assert.Equal([DeviationCause.Funding, DeviationCause.Other], training.DeviationCauses);
        Assert.Equal(("经费未到位", "申请追加"), (training.DeviationReason, training.CorrectiveAction));
        Assert.Equal(Tier.PartiallyAchieved, c.Row(Rules)!.Tier);
    }

    [Fact]
    public void SchemaOne_IsWrittenBackAsSchemaTwo_WithTheSameValues()
    {
        var json = MonitoringContentJson.Write(MonitoringContentJson.Read(V1));

        using var doc = JsonDocument.Parse(json);
        Assert.Equal(MonitoringContent.CurrentSchemaVersion, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("120000.50", doc.RootElement.GetProperty("fields").GetProperty("annualBudget").GetString());
        Assert.False(doc.RootElement.TryGetProperty("annualBudget", out _));
        Assert.Equal(json, MonitoringContentJson.Write(MonitoringContentJson.Read(json)));
    }

    [Fact]
    public void SchemaTwo_KeepsTheTextAsTyped_AndReadsItsAmount()
    {
        var typed = new MonitoringContent { Rows = [new MonitoringRowContent { Key = Training, ForecastText = " 60人次 " }] }
            .With(K.AnnualBudget, "1,392,000")
            .With(K.ExpenditureToDate, "69.6万元");

        var back = MonitoringContentJson.Read(MonitoringContentJson.Write(typed));

        Assert.Equal("1,392,000", back.Text(K.AnnualBudget));
        Assert.Equal(1_392_000m, back.AnnualBudget);
        Assert.Equal("69.6万元", back.Text(K.ExpenditureToDate));
        Assert.Equal("60人次", back.Row(Training)!.ForecastText); // trimmed, as stored before
    }

    [Fact]
    public void Write_DropsFieldsTheUnitDoesNotEnter_AndRowsOutsideTheVersion()
    {
        var c = new MonitoringContent { Rows = [new MonitoringRowContent { Key = Training }, new MonitoringRowContent { Key = Rules }] }
            .With(K.AnnualBudget, "100")
            .With(K.ExecutionRate, "50%") // computed, never stored
            .With("implementingUnit", "某单位"); // copied from the declaration, never stored

        var stored = c.Normalised(new HashSet<Guid> { Training });

        Assert.Equal([K.AnnualBudget], stored.Fields.Keys);
        Assert.Equal([Training], stored.Rows.Select(r => r.Key));
    }
}
