using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Projects;

public class ProjectDiffTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    private static Indicator Row(Guid key, string name, string target) => new()
    {
        Key = key,
        Level1 = "产出指标",
        Level2 = "数量指标",
        Name = name,
        Target = TargetParser.Parse(target),
    };

    private static Project Version(decimal total, params Indicator[] rows) => new()
    {
        Name = "测试项目",
        Form = FormKind.DistrictDeclaration,
        TemplateId = "SH-DIST-2024",
        Funds = new ProjectFunds { ProjectFundsTotal = total },
        Indicators = rows,
    };

    [Fact]
    public void Compare_ReportsChangedFundsAndTargets_AddedAndRemovedRows()
    {
        var v1 = Version(100_000m, Row(A, "培训场次", "≥4.00(场)"), Row(B, "培训人次", "≥100.00(人次)"));
        var v2 = Version(120_000m, Row(A, "培训场次", "≥6.00(场)"), Row(C, "满意度", "≥90.00(%)"));

        var changes = ProjectDiff.Compare(v1, v2);

        Assert.Contains(new ProjectChange(ChangeKind.Changed, "项目资金总额", "100,000.00", "120,000.00"), changes);
        Assert.Contains(new ProjectChange(ChangeKind.Changed, "产出指标/数量指标/培训场次 · 指标值", "≥4.00(场)", "≥6.00(场)"), changes);
        Assert.Contains(new ProjectChange(ChangeKind.Removed, "产出指标/数量指标/培训人次", "≥100.00(人次)", null), changes);
        Assert.Contains(new ProjectChange(ChangeKind.Added, "产出指标/数量指标/满意度", null, "≥90.00(%)"), changes);
        Assert.Equal(4, changes.Count);
    }

    [Fact]
    public void Compare_RenamedRowWithSameKey_IsAChangeNotAddRemove()
    {
        var changes = ProjectDiff.Compare(Version(1m, Row(A, "培训场次", "≥4.00(场)")), Version(1m, Row(A, "培训活动场次", "≥4.00(场)")));
        var change = Assert.Single(changes);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal("产出指标/数量指标/培训场次", change.Old);
    }

    [Fact]
    public void Compare_IdenticalVersions_NoChanges() =>
        Assert.Empty(ProjectDiff.Compare(Version(1m, Row(A, "x", "=1.00(次)")), Version(1m, Row(A, "x", "=1.00(次)"))));

    [Fact]
    public void Compare_EveryFieldOfTheFormDefinition_ByItsPrintedValue()
    {
        var form = Jixiao.Domain.Forms.DeclarationForms.Municipal2020;
        var older = form.WriteAll(Version(0m) with { Form = FormKind.MunicipalDeclaration, TemplateId = "SH-MUNI-2020" },
            new Dictionary<string, string?> { ["contactName"] = "王五", ["projectFundsTotal"] = "1392000", ["priorYearBudget"] = "300000" });
        var newer = form.WriteAll(older, new Dictionary<string, string?> { ["contactName"] = "赵六", ["projectFundsTotal"] = "1,392,000.00", ["priorYearBudget"] = "300000" });

        var changes = ProjectDiff.Compare(older, newer);

        // 联系人 and 同名项目上年预算额 were never compared before; the same amount written two ways is no change.
        Assert.Equal([new ProjectChange(ChangeKind.Changed, "联系人", "王五", "赵六")], changes);
        Assert.Contains(new ProjectChange(ChangeKind.Changed, "同名项目上年预算额", "300,000.00", null),
            ProjectDiff.Compare(older, form.Field("priorYearBudget")!.Write(older, null)));
    }

    [Fact]
    public void Compare_SubProjects_ChangedAddedAndRemovedByName()
    {
        var v1 = Version(100_000m) with { SubProjects = [new SubProject("培训场地", 60_000m), new SubProject("讲师费", 40_000m)] };
        var v2 = Version(100_000m) with { SubProjects = [new SubProject("培训场地", 50_000m), new SubProject("资料印刷", 50_000m)] };

        var changes = ProjectDiff.Compare(v1, v2);

        Assert.Equal(
            [
                new ProjectChange(ChangeKind.Changed, "子项目“培训场地”·预算金额", "60,000.00", "50,000.00"),
                new ProjectChange(ChangeKind.Removed, "子项目“讲师费”·预算金额", "40,000.00", null),
                new ProjectChange(ChangeKind.Added, "子项目“资料印刷”·预算金额", null, "50,000.00"),
            ],
            changes);
    }
}
