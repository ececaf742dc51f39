using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Tests.Review;

namespace Jixiao.Domain.Tests.Templates;

/// <summary>
/// Review rules on a form of a data template (ADR-032) check that template's required fields by its labels, not the
/// Shanghai 申报表's: a 湖南省 项目绩效目标表 has no 项目类别 or 计划开始日期, and names 年度目标 and 资金总额 as required.
/// </summary>
public class TemplateReviewTests
{
    private static Project Hunan(string? annualGoal)
    {
        var form = FormDefinitions.ForTemplate("HN-PROJ-TARGET")!;
        var p = new Project { Name = "雾炮车抑尘降尘服务", Form = FormKind.DistrictDeclaration, TemplateId = "HN-PROJ-TARGET", Year = 2024, AnnualGoal = annualGoal };
        foreach (var (key, text) in new[] { ("supervisingDepartment", "市城市管理局"), ("implementingUnit", "市环境卫生管理处"), ("projectFundsTotal", "250000"), ("fiscalFunds", "250000") })
            p = form.Fields.Single(f => f.Key == key).Write(p, text);
        return p;
    }

    private static IReadOnlyList<string?> RequiredMissing(Project p) =>
        [.. p.Lint().Where(f => f.RuleId == "CMP-01").Select(f => f.Field)];

    [Fact]
    public void Lint_HunanForm_ChecksItsOwnRequiredFields()
    {
        Assert.Empty(RequiredMissing(Hunan("全年完成抑尘降尘服务 180 天。")));
        Assert.Equal(["年度目标"], RequiredMissing(Hunan(null)));
    }

    [Fact]
    public void Lint_SameProjectOnTheShanghaiForm_StillChecksTheShanghaiFields()
    {
        var missing = RequiredMissing(Hunan("全年完成抑尘降尘服务 180 天。") with { TemplateId = "SH-DIST-2024" });

        Assert.Contains("项目类别", missing);
        Assert.Contains("计划开始日期", missing);
    }
}
