using Jixiao.Domain.Departments;
using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Tests.Departments;

/// <summary>The department's projects roll up into its 部门整体 form, and the sums are checked.</summary>
public sealed class DepartmentRollUpTests
{
    // Corpus 22 (宁德市委党史和地方志研究室 2019): 49.8 + 11 万元 of projects = 项目支出 60.8; 基本支出 is no project.
    private static readonly DepartmentDuty[] Duties =
    [
        new("组织、指导、编纂地方志", "保障志鉴地情工作", "地情、市志编纂与年鉴出版经费", "49.8", 498_000m),
        new("确保人员福利发放", "按时发放人员福利", "地情、市志编纂与年鉴出版经费", "11", 110_000m),
        new("确保日常工作正常运行", "按时发放人员工资", "基本支出", "171.41", 1_714_100m),
    ];

    [Fact]
    public void Of_DutiesMatchTheDeclaredProjectsAndProjectExpenditure_IsBalancedWithEachProjectsAmountAndScore()
    {
        var rollUp = DepartmentRollUp.Of(Duties, 608_000m, [new("地情、市志编纂与年鉴出版经费", 608_000m, 92.5m)]);

        Assert.True(rollUp.Balanced, string.Join('\n', rollUp.Problems));
        var line = Assert.Single(rollUp.Lines);
        Assert.Equal(("地情、市志编纂与年鉴出版经费", 608_000m, 608_000m, 92.5m), (line.ProjectName, line.DutyAmountYuan!.Value, line.DeclaredAmountYuan!.Value, line.SelfScore!.Value));
        Assert.Equal((608_000m, 608_000m, 92.5m), (rollUp.DutyTotalYuan, rollUp.DeclaredTotalYuan, rollUp.WeightedScore!.Value));
    }

    [Fact]
    public void Of_ProjectAmountDiffersFromItsDuties_NamesTheProjectAndTheGap()
    {
        var rollUp = DepartmentRollUp.Of(Duties, 608_000m, [new("地情、市志编纂与年鉴出版经费", 600_000m, null)]);

        Assert.Contains("支出项目“地情、市志编纂与年鉴出版经费”在年度履职目标中合计 60.80 万元，项目申报金额为 60.00 万元，相差 0.80 万元。", rollUp.Problems);
        Assert.Contains("本部门项目申报金额合计 60.00 万元，与“项目支出” 60.80 万元不一致，相差 0.80 万元。", rollUp.Problems);
    }

    [Fact]
    public void Of_ProjectMissingFromDutiesAndDutyWithoutProject_AreBothNamed()
    {
        var rollUp = DepartmentRollUp.Of(Duties, null, [new("档案数字化", 100_000m, 80m)]);

        Assert.Equal(
            ["年度履职目标中的支出项目“地情、市志编纂与年鉴出版经费”（60.80 万元）在本部门当年的项目中找不到。", "项目“档案数字化”（10.00 万元）未列入年度履职目标。"],
            rollUp.Problems);
    }

    [Fact]
    public void Of_NoProjectOfTheYearYet_SaysSoOnce_InsteadOfAProblemPerDuty()
    {
        var rollUp = DepartmentRollUp.Of(Duties, 608_000m, []);

        Assert.Empty(rollUp.Problems);
        Assert.Equal(DepartmentRollUp.NoProjectsYet, rollUp.Pending);
        Assert.Equal(608_000m, rollUp.DutyTotalYuan); // the duties are still summed for the panel
        // With one project the real mismatches are named again, and nothing is pending.
        var one = DepartmentRollUp.Of(Duties, 608_000m, [new("档案数字化", 100_000m, null)]);
        Assert.Null(one.Pending);
        Assert.Equal(3, one.Problems.Count);
    }

    [Fact]
    public void Of_AmountsPrintingTheSameInWanYuan_AreBalanced()
    {
        // 144.34 万元 printed for a project of 1,443,362.50 元: the form cannot carry more than two places of 万元.
        var duties = new DepartmentDuty[] { new("甲", "甲任务", "编外人员工作经费", "144.34", 1_443_400m) };

        var rollUp = DepartmentRollUp.Of(duties, 1_443_400m, [new("编外人员工作经费", 1_443_362.50m, null)]);

        Assert.True(rollUp.Balanced, string.Join('\n', rollUp.Problems));
    }

    [Fact]
    public void Of_SeveralScoredProjects_WeighsTheScoreByAmount()
    {
        var duties = new DepartmentDuty[] { new("甲", "甲任务", "项目甲", "30", 300_000m), new("乙", "乙任务", "项目乙", "10", 100_000m) };

        var rollUp = DepartmentRollUp.Of(duties, 400_000m, [new("项目甲", 300_000m, 90m), new("项目乙", 100_000m, 70m)]);

        Assert.True(rollUp.Balanced);
        Assert.Equal(85m, rollUp.WeightedScore);
    }
}
