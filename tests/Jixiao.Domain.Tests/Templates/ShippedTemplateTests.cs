using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Templates;

/// <summary>The templates shipped as data are listed with the built-in ones and seen by every lookup.</summary>
public class ShippedTemplateTests
{
    public static TheoryData<string> ShippedIds() =>
        new("MOF-PROJ-TARGET", "MOF-PROJ-SE", "SC-PROJ-SE", "HN-PROJ-TARGET", "ZJ-PROJ-TARGET", "GD-FUND-TARGET", "NX-PROJ-SE", "DEPT-TARGET", "DEPT-SE");

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void ShippedTemplate_IsInEveryRegistry(string id)
    {
        var t = TemplateRegistry.Current.Find(id);

        Assert.NotNull(t);
        Assert.Equal(TemplateOrigin.Shipped, t.Origin);
        Assert.Same(t.Form, FormDefinitions.ForTemplate(id));
        Assert.Contains(t.Form, FormDefinitions.All);
        Assert.Same(t.Tree, TemplateCatalog.Get(id));
        Assert.Same(t.Profile, RuleProfiles.Get(id));
    }

    [Fact]
    public void Registry_ListsTheShanghaiFormsFirst_AsBuiltIn()
    {
        var builtIn = TemplateRegistry.Current.Templates.TakeWhile(t => t.Origin == TemplateOrigin.BuiltIn).Select(t => t.Id);

        Assert.Equal(["SH-DIST-2024", "SH-DIST-2021", "SH-MUNI-2020", "SH-DIST-SE-2023"], builtIn);
        Assert.Same(DeclarationForms.District2024, FormDefinitions.For(FormKind.DistrictDeclaration));
        Assert.Same(SelfEvaluationForms.District2023, FormDefinitions.For(FormKind.SelfEvaluation));
    }

    [Fact]
    public void ShippedTemplates_PrintTheirProvincesColumns()
    {
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
            FormDefinitions.ForTemplate("SC-PROJ-SE")!.IndicatorColumns.Select(c => c.Label));
        Assert.Equal(["年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"],
            FormDefinitions.ForTemplate("SC-PROJ-SE")!.MoneyGrid!.Columns.Select(c => c.Label));
        Assert.Equal("绩效标准", FormDefinitions.ForTemplate("HN-PROJ-TARGET")!.Column("standard")!.Label);
        Assert.Equal(["指标类型", "指标名称", "指标值", "指标描述"], FormDefinitions.ForTemplate("ZJ-PROJ-TARGET")!.IndicatorColumns.Select(c => c.Label));
        Assert.Equal(2, TemplateCatalog.Get("ZJ-PROJ-TARGET").Levels);
        Assert.Equal("实施周期目标值", FormDefinitions.ForTemplate("GD-FUND-TARGET")!.Column("periodTarget")!.Label);
        Assert.Equal(["项目决策", "项目管理", "项目产出", "项目效益"], TemplateCatalog.Get("NX-PROJ-SE").Level1.Select(l => l.Name));
        Assert.Equal([10m, 25m, 30m, 35m], RuleProfiles.Get("NX-PROJ-SE").WeightPools.Select(p => p.Weight));
        Assert.Equal(["部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)"], TemplateRegistry.Current.Find("DEPT-TARGET")!.Tables.Single().Columns);
        Assert.Equal(TemplateKind.DepartmentSelfEvaluation, TemplateRegistry.Current.Find("DEPT-SE")!.Kind);
        Assert.Equal(["成本指标", "产出指标", "效益指标", "满意度指标"], TemplateCatalog.Get("MOF-PROJ-SE").Level1.Select(l => l.Name));
    }

    [Fact]
    public void FormOfAProject_FollowsItsDataTemplate_WhereTheFormKindMatches()
    {
        Project On(string templateId, FormKind form) => new() { Name = "甲", Form = form, TemplateId = templateId };

        Assert.Equal("SC-PROJ-SE", FormDefinitions.For(On("SC-PROJ-SE", FormKind.SelfEvaluation))!.Id);
        // Built-in ids keep the form kind's form (a 2023 tree on a 自评表 is the 2023 自评表).
        Assert.Equal("SH-DIST-SE-2023", FormDefinitions.For(On("SH-DIST-2023", FormKind.SelfEvaluation))!.Id);
        // A 申报表 cannot be printed on a 自评表 template.
        Assert.Equal("SH-DIST-2024", FormDefinitions.For(On("SC-PROJ-SE", FormKind.DistrictDeclaration))!.Id);
    }
}
