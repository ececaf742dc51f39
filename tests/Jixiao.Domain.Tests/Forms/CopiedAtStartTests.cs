using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Tests.Forms;

/// <summary>What a later form takes from the declaration, read through the definitions rather than by property name.</summary>
public class CopiedAtStartTests
{
    [Fact]
    public void ExpectedGoal_StartsFromTheDeclaredAnnualGoal()
    {
        var declared = DeclarationForms.District2024.Field("annualGoal")!.Write(new Project { Name = "x", Form = FormKind.DistrictDeclaration, TemplateId = "SH-DIST-2024" }, "全年完成12场培训。");

        Assert.Equal("全年完成12场培训。", SelfEvaluationForms.ExpectedGoalAtStart(declared));
        Assert.Null(SelfEvaluationForms.ExpectedGoalAtStart(new Project { Name = "x", Form = FormKind.DistrictDeclaration, TemplateId = "SH-DIST-2024" }));
    }

    [Theory]
    [InlineData(1_392_000, 2_000_000, 1_392_000)]
    [InlineData(null, 2_000_000, 2_000_000)]
    [InlineData(null, null, 0)]
    public void RequestedThisYear_IsTheAnnualRequest_ElseTheProjectTotal(int? annual, int? total, int expected) =>
        Assert.Equal(expected, new ProjectFunds { AnnualRequestTotal = annual, ProjectFundsTotal = total }.RequestedThisYear());
}
