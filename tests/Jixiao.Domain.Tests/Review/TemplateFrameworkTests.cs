using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// Issue 18 item 4 (ADR-047): rules that encode a form's framework (CAT-01, CMP-02) judge a form by its own template.
/// Rows are copied from tests/fixtures/devcorpus; each mechanism has a case it no longer flags and one it still flags.
/// </summary>
public class TemplateFrameworkTests
{
    private static readonly TargetValue Value = TargetParser.Parse("≥95%");

    // Dev corpus 08 (四川 昭化): the Sichuan 2021 framework, 项目完成指标 / 项目效益指标 above the usual level-2s.
    private static readonly Indicator[] Zhaohua =
    [
        Row(1, "项目完成指标", "数量指标", "对符合政策法规的独生子伤残、死亡家庭进行扶助", TargetParser.Parse("≥30户")),
        Row(2, "项目完成指标", "时效指标", "资金拨付", TargetParser.Parse("12月底到位")),
        Row(3, "项目效益指标", "社会效益指标", "促进人口与经济、社会、资源、环境协调发展", TargetParser.Parse("有效促进")),
        Row(4, "满意度指标", "满意度指标", "受益群众满意度", Value),
    ];

    private static Project On(string templateId, params Indicator[] rows) => Clean with { TemplateId = templateId, Indicators = rows };

    [Fact]
    public void Lint_OwnFrameworkOnTheGenericTemplate_NoCat01NorCmp02()
    {
        var findings = On(GenericTemplates.DeclarationId, Zhaohua).Lint();

        LintAssert.Silent(findings, "CAT-01");
        LintAssert.Silent(findings, "CMP-02");
    }

    [Fact]
    public void Lint_OwnFrameworkOnAShanghaiForm_StillCat01()
    {
        // On the Shanghai form 项目完成指标 is no level-1 of its own: a misplaced row there (PrecisionTests keeps the case).
        var findings = On(TemplateCatalog.District2024, Zhaohua).Lint();

        Assert.Contains(findings, f => f.RuleId == "CAT-01" && f.Row == 1);
    }

    [Fact]
    public void Lint_GenericFrameworkOnTheGenericTemplate_StillCmp02()
    {
        // Dev corpus 09 (安徽 蒙城): the MoF framework, only 产出指标 visible: its missing level-1s are the generic one's to judge.
        var findings = On(GenericTemplates.DeclarationId, Row(1, "产出指标", "数量指标", "0-6 岁儿童眼保健和视力检查覆盖率", TargetParser.Parse("≧90%"))).Lint();

        LintAssert.Fires(findings, "CMP-02", Severity.Error, "缺少一级指标“满意度指标”。");
    }

    [Fact]
    public void Lint_LevelTwoRepeatingItsLevelOne_NoCat01()
    {
        // Dev corpus 08: 满意度指标 printed in both category cells (one merged cell) places the row nowhere wrong.
        var findings = On(TemplateCatalog.District2024, Row(1, "满意度指标", "满意度指标", "受益群众满意度", Value)).Lint();

        LintAssert.Silent(findings, "CAT-01");
    }

    [Theory]
    [InlineData("项目决策(10分)", "项目立项", false, "dev corpus 19 (宁夏): the printed weight is not part of the level-1")]
    [InlineData("项目决策（10分）", "项目目标", false, "full-width brackets")]
    [InlineData("项目决策(10分)", "数量指标", true, "a level-2 of 项目产出 under 项目决策 is still misplaced")]
    public void Lint_NingxiaLevelOneWithItsWeight_JudgedByItsName(string level1, string level2, bool fires, string reason)
    {
        var p = On("NX-PROJ-SE", Row(1, level1, level2, "相关性", Value)) with { Form = FormKind.SelfEvaluation };

        Assert.True(fires == p.Lint().Any(f => f.RuleId == "CAT-01"), reason);
    }

    [Theory]
    [InlineData("项目决策(10分)", "项目决策")]
    [InlineData("产出(70分)", "产出")]
    [InlineData("成本指标(10.5分)", "成本")]
    [InlineData("(10分)", "(10分)")]
    [InlineData("得分(满分)", "得分(满分)")]
    public void LabelKey_PrintedWeight_Dropped(string label, string key) => Assert.Equal(key, IndicatorTemplate.LabelKey(label));
}
