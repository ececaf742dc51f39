using System.Text.Json;
using Jixiao.Data.Content;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Web.Tests;

/// <summary>Stored declaration content: schema 2 is written, schema 1 (stored before issue 13) still loads unchanged.</summary>
public class DeclarationContentJsonTests
{
    // A version stored by the schema-1 writer (ProjectContent.ToJson on main before issue 13, now SchemaOneContent), abridged.
    private const string V1 = """
        {
          "schemaVersion": 1,
          "name": "科技政策培训",
          "form": "MunicipalDeclaration",
          "templateId": "SH-MUNI-2020",
          "year": 2020,
          "nature": null,
          "category": "专项业务",
          "supervisingDepartment": null,
          "implementingUnit": "上海市某委员会",
          "plannedStart": "2020-01-01",
          "plannedEnd": "2020-12-31",
          "funds": { "projectFundsTotal": 1392000.00, "fiscalFunds": null, "otherFunds": null, "annualRequestTotal": 500000, "currentYearAppropriation": null, "priorYearCarryover": null, "annualOtherFunds": null },
          "municipal": { "declaringUnit": "上海市某局", "contactName": "王五", "contactPhone": "021-12345678", "includesGovPurchasedServices": true, "performanceType": "项目", "priorYear": { "priorYearBudget": 300000, "priorYearExpenditure": null } },
          "subProjects": [ { "name": "培训", "amountYuan": 500000 } ],
          "overallGoal": "总目标",
          "annualGoal": null,
          "narrative": { "Overview": "项目概况文字", "Basis": "立项依据文字" },
          "narrativeTitle": null,
          "indicators": [ { "key": "6f9619ff-8b86-d011-b42d-00c04fc964ff", "level1": "产出目标", "level2": "数量指标", "name": "培训场次", "targetText": "≥4场", "direction": null } ]
        }
        """;

    [Fact]
    public void DepartmentDuties_StoredInWanYuanBefore_LoadInYuan_AndAreWrittenInYuan()
    {
        // A 年度履职目标 row as stored before duties held 元: its key names the 万元 it was in.
        const string Old = """{"schemaVersion":2,"form":"DistrictDeclaration","templateId":"DEPT-TARGET","year":2024,"fields":{"name":"区科委"},"duties":[{"function":"科技服务","task":"完成任务","projectName":"项目服务管理","amountText":"30.25","amountWanYuan":30.25}]}""";

        var duty = Assert.Single(DeclarationContentJson.ReadProject(Old).Duties);
        var written = DeclarationContentJson.Write(DeclarationContent.FromProject(DeclarationContentJson.ReadProject(Old)));

        Assert.Equal((302_500m, "30.25", "30.25"), (duty.AmountYuan!.Value, duty.AmountText, duty.AmountWanYuanText));
        Assert.Contains("\"amountYuan\":302500", written, StringComparison.Ordinal);
        Assert.DoesNotContain("amountWanYuan", written, StringComparison.Ordinal);
        Assert.Equal(302_500m, Assert.Single(DeclarationContentJson.ReadProject(written).Duties).AmountYuan);
    }

    [Fact]
    public void SchemaOne_StillLoads_EveryValueKept()
    {
        var p = DeclarationContentJson.Read(V1).ToProject(t => TargetParser.Parse(t));

        Assert.Equal("科技政策培训", p.Name);
        Assert.Equal(FormKind.MunicipalDeclaration, p.Form);
        Assert.Equal("上海市某委员会", p.ImplementingUnit);
        Assert.Equal(new DateOnly(2020, 12, 31), p.PlannedEnd);
        Assert.Equal(1_392_000.00m, p.Funds.ProjectFundsTotal);
        Assert.Equal(500_000m, p.Funds.AnnualRequestTotal);
        Assert.Equal("上海市某局", p.Municipal?.DeclaringUnit);
        Assert.True(p.Municipal?.IncludesGovPurchasedServices);
        Assert.Equal(300_000m, p.Municipal?.PriorYear?.PriorYearBudget);
        Assert.Equal("项目概况文字", p.Narrative[NarrativeSection.Overview]);
        Assert.Equal("总目标", p.OverallGoal);
        Assert.Equal([new SubProject("培训", 500_000m)], p.SubProjects);
        var row = Assert.Single(p.Indicators);
        Assert.Equal((Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), "≥4场"), (row.Key!.Value, row.Target.OriginalText));
    }

    [Fact]
    public void Written_IsSchemaTwo_HeaderFieldsAsOriginalTexts()
    {
        var json = DeclarationContentJson.Write(DeclarationContentJson.ReadProject(V1));

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        var fields = root.GetProperty("fields");
        Assert.Equal("上海市某委员会", fields.GetProperty("implementingUnit").GetString());
        Assert.Equal("1,392,000.00", fields.GetProperty("projectFundsTotal").GetString());
        Assert.Equal("项目概况文字", fields.GetProperty("overview").GetString());
        Assert.False(root.TryGetProperty("implementingUnit", out _));
        // Municipal text fields are fields; the narrative keeps only sections that are not.
        Assert.Equal(JsonValueKind.Object, root.GetProperty("narrative").ValueKind);
        Assert.False(root.GetProperty("narrative").TryGetProperty("Overview", out _));
    }

    [Fact]
    public void SchemaTwo_RoundTrips_AndKeepsTheOriginalMoneyText()
    {
        var project = DeclarationForms.District2024.WriteAll(
            new Project { Name = "", Form = FormKind.DistrictDeclaration, TemplateId = "SH-DIST-2024" },
            new Dictionary<string, string?> { ["name"] = "运维项目", ["projectFundsTotal"] = "1392000", ["plannedStart"] = "2024年1月1日" });

        var back = DeclarationContentJson.Read(DeclarationContentJson.Write(DeclarationContent.FromProject(project))).ToProject(t => TargetParser.Parse(t));

        Assert.Equal("运维项目", back.Name);
        Assert.Equal(1_392_000m, back.Funds.ProjectFundsTotal);
        Assert.Equal("1392000", DeclarationForms.District2024.Field("projectFundsTotal")!.Text(back));
        Assert.Equal("2024年1月1日", DeclarationForms.District2024.Field("plannedStart")!.Text(back));
        Assert.Equal(new DateOnly(2024, 1, 1), back.PlannedStart);
    }
}
