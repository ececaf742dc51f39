using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Web.Api.Contracts.V1;

namespace Jixiao.Web.Tests;

/// <summary>The declaration page and editor show a project on a declaration form, whatever form it was read from.</summary>
public class DeclarationFormOfTests
{
    [Theory]
    [InlineData(FormKind.DistrictDeclaration, "SH-DIST-2024")]
    [InlineData(FormKind.DistrictFilingForm, "SH-DIST-2021")]
    [InlineData(FormKind.MunicipalDeclaration, "SH-MUNI-2020")]
    [InlineData(FormKind.SelfEvaluation, "SH-DIST-2024")]
    public void FormOf_IsADeclarationForm(FormKind form, string expected)
    {
        var shown = DeclarationEntryMapper.FormOf(new Project { Name = "x", Form = form, TemplateId = "SH-DIST-2024" });

        Assert.Contains(shown, FormDefinitions.Declarations);
        Assert.Equal(expected, shown.Id);
        Assert.DoesNotContain(shown.Fields, f => f.Key == "actualOutcome");
    }
}
