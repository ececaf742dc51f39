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

    [Fact]
    public void Lint_OlderFrameworkCostUnderOutputOnTheGenericTemplate_NoCat01AndCostPresent()
    {
        // Dev corpus 01 (武汉青山 2020): 产出指标 / 成本指标 / 建设项目成本, the framework before 财预〔2021〕101号.
        var rows = new[]
        {
            Row(1, "产出指标", "数量指标", "重点建设工程安排数量", TargetParser.Parse("≥3个")),
            Row(2, "产出指标", "成本指标", "建设项目成本", TargetParser.Parse("参照政府采购成本控制")),
            Row(3, "效益指标", "社会效益指标", "基础教育巩固提高情况", TargetParser.Parse("巩固提高")),
            Row(4, "满意度指标", "服务对象满意度指标", "家长满意度", Value),
        };

        var generic = On(GenericTemplates.DeclarationId, rows).Lint();
        var shanghai = On(TemplateCatalog.District2024, rows).Lint();

        LintAssert.Silent(generic, "CAT-01");
        LintAssert.Silent(generic, "CMP-02");
        Assert.Contains(shanghai, f => f.RuleId == "CAT-01" && f.Row == 2);
        Assert.Contains(shanghai, f => f.RuleId == "CMP-02");
    }

    [Fact]
    public void Lint_MofLevelTwoWithDeng_NoCat01()
    {
        // Dev corpus 21 (云南 永德): the MoF table prints 满意度指标 / 服务对象满意度指标等.
        var p = On(GenericTemplates.SelfEvaluationId, Row(1, "满意度指标", "服务对象满意度指标等", "学生满意度", Value)) with { Form = FormKind.SelfEvaluation };

        LintAssert.Silent(p.Lint(), "CAT-01");
        Assert.Contains(On(GenericTemplates.SelfEvaluationId, Row(1, "效益指标", "服务对象满意度指标等", "学生满意度", Value)).Lint(), f => f.RuleId == "CAT-01");
    }

    [Fact]
    public void Lint_GenericAppropriationPrintedAsFiscalFunds_NoCmp01()
    {
        // Dev corpus 08: `(一)财政拨款小计 6.30` is read as 财政资金 (the label's first field); the generic table's
        // required `其中：财政拨款` is that printed value, not missing.
        var printed = Clean with { TemplateId = GenericTemplates.DeclarationId, Funds = Clean.Funds with { CurrentYearAppropriation = null, FiscalFunds = 63_000m } };
        var none = printed with { Funds = printed.Funds with { FiscalFunds = null } };

        Assert.DoesNotContain(printed.Lint(), f => f.RuleId == "CMP-01" && f.Field == "财政拨款");
        LintAssert.Fires(none.Lint(), "CMP-01", Severity.Error, "财政拨款为必填项。");
    }

    [Fact]
    public void Lint_SelfEvaluationOnADataTemplateWithoutOutcome_OneFindingNotTwo()
    {
        // Dev corpus 16/25/30: the blank 实际完成情况 is CMP-07's; the template's required field does not repeat it.
        var p = Clean with { TemplateId = GenericTemplates.SelfEvaluationId, Form = FormKind.SelfEvaluation, Evaluation = new SelfEvaluation { Total = new FundRow(300_000m, 300_000m, 300_000m) } };

        var findings = p.Lint();

        Assert.DoesNotContain(findings, f => f.RuleId == "CMP-01" && f.Field == "实际完成情况");
        Assert.Contains(findings, f => f.RuleId == "CMP-07" && f.Field == "实际完成情况");
    }

    [Theory]
    [InlineData("服务对象满意度指标等", "服务对象满意度")]
    [InlineData("项目决策(10分)", "项目决策")]
    [InlineData("产出(70分)", "产出")]
    [InlineData("成本指标(10.5分)", "成本")]
    [InlineData("(10分)", "(10分)")]
    [InlineData("得分(满分)", "得分(满分)")]
    public void LabelKey_PrintedWeight_Dropped(string label, string key) => Assert.Equal(key, IndicatorTemplate.LabelKey(label));
}
