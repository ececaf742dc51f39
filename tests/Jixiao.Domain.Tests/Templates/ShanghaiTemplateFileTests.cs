using Jixiao.Domain.Forms;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Templates;

/// <summary>
/// The 2023 Shanghai 自评表 stays a C# definition; written in the template format (tests/fixtures/templates) it must
/// read back as the same form, tree and pools, so the format can say everything the built-in form says.
/// </summary>
public class ShanghaiTemplateFileTests
{
    private static JurisdictionTemplate FromFile()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "sh-dist-se-2023.json"));
        var result = TemplateParser.Parse(json, "sh-dist-se-2023.json");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Template!;
    }

    [Fact]
    public void DataFile_AndCSharpDefinition_OfThe2023SelfEvaluation_Agree()
    {
        var file = FromFile().Form;
        var code = SelfEvaluationForms.District2023;

        Assert.Equal((code.Id, code.Form, code.Title), (file.Id, file.Form, file.Title));
        Assert.Equal(code.Blocks, file.Blocks);
        Assert.Equal(code.Fields.Select(f => (f.Key, f.Label, f.Kind, f.Required, f.Place, f.TextKind)),
            file.Fields.Select(f => (f.Key, f.Label, f.Kind, f.Required, f.Place, f.TextKind)));
        Assert.All(code.Fields, f => Assert.Same(f.Binding, file.Field(f.Key)!.Binding));
        Assert.Equal(code.IndicatorColumns.Select(c => (c.Label, c.Span, c.Key)), file.IndicatorColumns.Select(c => (c.Label, c.Span, c.Key)));
        Assert.Equal(code.MoneyGrid!.Rows.Select(r => (r.Key, r.Label, r.IsTotal, r.Computed)), file.MoneyGrid!.Rows.Select(r => (r.Key, r.Label, r.IsTotal, r.Computed)));
        Assert.Equal(code.MoneyGrid.Columns.Select(c => (c.Key, c.Label, c.Value, c.OtherRows)), file.MoneyGrid.Columns.Select(c => (c.Key, c.Label, c.Value, c.OtherRows)));
    }

    [Fact]
    public void DataFile_TreeAndPools_AreThe2023TreeAndTheDistrictPools()
    {
        var t = FromFile();

        Assert.Equal(TemplateCatalog.Dist2023.Level1.Select(l => (l.Name, l.Code, l.MissingSeverity, string.Join("/", l.Children.Select(c => c.Name + ":" + c.Code)))),
            t.Tree.Level1.Select(l => (l.Name, l.Code, l.MissingSeverity, string.Join("/", l.Children.Select(c => c.Name + ":" + c.Code)))));
        Assert.Equal(RuleProfiles.ShDistrict.ExecutionWeight, t.Profile.ExecutionWeight);
        Assert.Equal(RuleProfiles.ShDistrict with { Id = t.Profile.Id, DisplayName = t.Profile.DisplayName, WeightPools = t.Profile.WeightPools }, t.Profile);
        Assert.Equal(RuleProfiles.ShDistrict.WeightPools.Select(p => (p.Name, p.Weight)), t.Profile.WeightPools.Select(p => (p.Name, p.Weight)));
    }
}
