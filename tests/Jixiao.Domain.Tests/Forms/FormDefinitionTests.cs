using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Tests.Forms;

public class FormDefinitionTests
{
    private static Project Empty(FormKind form = FormKind.DistrictDeclaration) =>
        new() { Name = "", Form = form, TemplateId = FormDefinitions.For(form)!.Id };

    [Fact]
    public void Money_KeepsItsOriginalTextBesideTheParsedValue()
    {
        var total = DeclarationForms.District2024.Field("projectFundsTotal")!;

        var p = total.Write(Empty(), "1,392,000.00");

        Assert.Equal(1_392_000.00m, p.Funds.ProjectFundsTotal);
        Assert.Equal("1,392,000.00", p.Fields["projectFundsTotal"]);
        Assert.Equal(new FieldValue(FieldKind.Money, "1,392,000.00", 1_392_000.00m, null, null), total.Read(p));
    }

    [Fact]
    public void Money_PlainDigitsStayAsTyped_AndDisplayFormatsThem()
    {
        var total = DeclarationForms.District2024.Field("projectFundsTotal")!;

        var value = total.Read(total.Write(Empty(), "1392000"));

        Assert.Equal("1392000", value.Text);
        Assert.Equal("1,392,000.00", value.Display);
    }

    [Fact]
    public void Money_UnreadableTextIsKept_WithNoValue_AndNeverThrows()
    {
        var total = DeclarationForms.District2024.Field("projectFundsTotal")!;

        var p = total.Write(Empty(), "约一百万");

        Assert.Null(p.Funds.ProjectFundsTotal);
        Assert.Equal("约一百万", total.Text(p));
        Assert.False(total.Read(p).IsPresent);
    }

    [Fact]
    public void Money_ChangedThroughTheTypedProperty_ShowsTheNewValueNotTheStaleText()
    {
        var total = DeclarationForms.District2024.Field("projectFundsTotal")!;
        var p = total.Write(Empty(), "1,392,000.00");

        var changed = p with { Funds = p.Funds with { ProjectFundsTotal = 5m } };

        Assert.Equal("5.00", total.Text(changed));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1.005")]
    [InlineData("79228162514264337593543950335")]
    public void Money_OutsideTheGrammar_SetInCode_KeepsItsValueThroughItsText(string digits)
    {
        var total = DeclarationForms.District2024.Field("projectFundsTotal")!;
        var value = decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        var p = Empty() with { Funds = new ProjectFunds { ProjectFundsTotal = value } };

        var reloaded = total.Write(Empty(), total.Text(p));

        Assert.Equal(value, reloaded.Funds.ProjectFundsTotal);
        Assert.True(total.Read(p).IsPresent);
    }

    [Fact]
    public void Date_KeepsItsOriginalText()
    {
        var start = DeclarationForms.District2024.Field("plannedStart")!;

        var p = start.Write(Empty(), "2024年1月5日");

        Assert.Equal(new DateOnly(2024, 1, 5), p.PlannedStart);
        Assert.Equal("2024年1月5日", start.Text(p));
        Assert.Equal("2024-01-05", start.Read(p).Display);
    }

    [Fact]
    public void BlankText_ClearsTheFieldAndItsOriginal()
    {
        var total = DeclarationForms.District2024.Field("projectFundsTotal")!;
        var p = total.Write(Empty(), "100");

        var cleared = total.Write(p, "  ");

        Assert.Null(cleared.Funds.ProjectFundsTotal);
        Assert.False(cleared.Fields.ContainsKey("projectFundsTotal"));
        Assert.Null(total.Text(cleared));
    }

    [Fact]
    public void FieldWithoutTypedProperty_IsStoredInFields()
    {
        var field = new FieldDefinition { Key = "projectLead", Label = "项目负责人", Kind = FieldKind.Text, Place = new(FormBlocks.Header, 9, 1) };

        var p = field.Write(Empty(), "张三");

        Assert.Equal("张三", p.Fields["projectLead"]);
        Assert.Equal("张三", field.Text(p));
    }

    [Fact]
    public void TextField_WritesItsTypedProperty()
    {
        var unit = DeclarationForms.District2024.Field("implementingUnit")!;

        var p = unit.Write(Empty(), "上海市某区科学技术委员会");

        Assert.Equal("上海市某区科学技术委员会", p.ImplementingUnit);
        Assert.Empty(p.Fields);
    }

    [Fact]
    public void MunicipalFields_CreateTheirDetails()
    {
        var def = DeclarationForms.Municipal2020;

        var p = def.WriteAll(Empty(FormKind.MunicipalDeclaration), new Dictionary<string, string?>
        {
            ["contactName"] = "李四",
            ["govPurchasedServices"] = "否",
            ["priorYearBudget"] = "50,000.00",
            ["overview"] = "项目概况文字",
        });

        Assert.Equal("李四", p.Municipal?.ContactName);
        Assert.False(p.Municipal?.IncludesGovPurchasedServices);
        Assert.Equal(50_000m, p.Municipal?.PriorYear?.PriorYearBudget);
        Assert.Equal("项目概况文字", p.Narrative[NarrativeSection.Overview]);
        Assert.Equal(["contactName", "govPurchasedServices", "overview", "priorYearBudget"], def.Texts(p).Keys.Order());
    }

    [Fact]
    public void Name_DropsThePrintedDecoration()
    {
        Assert.Equal("财政资金", DeclarationForms.District2024.Field("fiscalFunds")!.Name);
        Assert.Equal("项目总预算", DeclarationForms.Municipal2020.Field("projectFundsTotal")!.Name);
        Assert.Equal("联系人", DeclarationForms.Municipal2020.Field("contactName")!.Name);
        Assert.Equal("其他资金（年度资金申请）", DeclarationForms.District2024.Field("annualOtherFunds")!.Name);
    }

    [Fact]
    public void Lookup_ByFormAndTemplate()
    {
        Assert.Same(DeclarationForms.District2024, FormDefinitions.For(FormKind.DistrictDeclaration));
        Assert.Same(DeclarationForms.District2021, FormDefinitions.For(FormKind.DistrictFilingForm));
        Assert.Same(DeclarationForms.Municipal2020, FormDefinitions.ForTemplate("SH-MUNI-2020"));
        Assert.Null(FormDefinitions.ForTemplate("XX-0000"));
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void EveryDefinition_HasUniqueCamelCaseKeys_AndUniquePlaces(string id)
    {
        var def = FormDefinitions.ForTemplate(id)!;

        Assert.Equal(def.Fields.Count, def.Fields.Select(f => f.Key).Distinct().Count());
        Assert.All(def.Fields, f => Assert.Matches("^[a-z][A-Za-z0-9]*$", f.Key));
        Assert.Equal(def.Fields.Count, def.Fields.Select(f => f.Place with { Span = 0 }).Distinct().Count());
        Assert.All(def.Fields, f => Assert.NotNull(def.Block(f.Place.Block)));
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void EveryHeaderRow_FillsTheGridWidth(string id)
    {
        var def = FormDefinitions.ForTemplate(id)!;
        var width = def.HeaderColumns ?? def.IndicatorColumns.Sum(c => c.Span);

        Assert.All(def.Rows(FormBlocks.Header), row => Assert.Equal(width, row.Sum(f => 1 + f.Place.Span)));
    }

    public static TheoryData<string> Definitions() => new(FormDefinitions.All.Select(d => d.Id));
}
