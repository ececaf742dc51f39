using Jixiao.Domain.Review;

namespace Jixiao.Domain.Templates;

/// <summary>
/// The indicator-tree templates of forms.md §8. Data, not code paths: a new year's tree is a new entry here
/// or a template file (<see cref="TemplateRegistry"/>) and nothing else changes.
/// </summary>
public static class TemplateCatalog
{
    public const string District2024 = "SH-DIST-2024";
    public const string District2023 = "SH-DIST-2023";
    public const string District2021 = "SH-DIST-2021";
    public const string Municipal2020 = "SH-MUNI-2020";

    private static Level1Category L1(string name, string code, Severity? missing, params (string Name, string Code)[] children) =>
        new(name, code, children.Select(c => new Level2Category(c.Name, c.Code)).ToList(), missing);

    public static IndicatorTemplate Dist2024 { get; } = new(District2024, "上海市区级 2024 年绩效目标申报表", [
        L1("成本指标", "Cost", Severity.Warning, ("经济成本指标", "EconomicCost"), ("社会成本指标", "SocialCost"), ("生态环境成本指标", "EcologicalCost")),
        L1("产出指标", "Output", Severity.Error, ("数量指标", "Quantity"), ("质量指标", "Quality"), ("时效指标", "Timeliness")),
        L1("效益指标", "Benefit", Severity.Error, ("经济效益指标", "Economic"), ("社会效益指标", "Social"), ("可持续影响指标", "Sustainability"), ("生态效益指标", "Ecological")),
        L1("满意度指标", "Satisfaction", Severity.Error, ("服务对象满意度指标", "BeneficiarySatisfaction")),
    ]);

    public static IndicatorTemplate Dist2023 { get; } = new(District2023, "上海市区级 2023 年绩效目标及自评表", [
        L1("产出指标", "Output", Severity.Error, ("数量指标", "Quantity"), ("质量指标", "Quality"), ("时效指标", "Timeliness"), ("成本指标", "Cost")),
        L1("效益指标", "Benefit", Severity.Error, ("经济效益指标", "Economic"), ("社会效益指标", "Social"), ("可持续影响指标", "Sustainability"), ("生态效益指标", "Ecological")),
        L1("满意度指标", "Satisfaction", Severity.Error, ("服务对象满意度指标", "BeneficiarySatisfaction")),
    ]);

    public static IndicatorTemplate Dist2021 { get; } = new(District2021, "上海市区级 2021 年绩效目标填报表", [
        L1("产出指标", "Output", Severity.Error, ("数量指标", "Quantity"), ("质量指标", "Quality"), ("时效指标", "Timeliness"), ("成本指标", "Cost")),
        L1("效益指标", "Benefit", Severity.Error, ("社会效益指标", "Social"), ("可持续影响指标", "Sustainability"), ("经济效益指标", "Economic"), ("生态效益指标", "Ecological")),
        L1("满意度指标", "Satisfaction", Severity.Error, ("服务对象满意度指标", "BeneficiarySatisfaction")),
    ]);

    public static IndicatorTemplate Muni2020 { get; } = new(Municipal2020, "上海市市级 2020 年绩效目标申报表", [
        L1("投入与管理", "InputManagement", Severity.Error, ("投入管理", "Input"), ("财务管理", "Finance"), ("实施管理", "Implementation"), ("资产管理", "Assets")),
        L1("产出目标", "OutputGoal", Severity.Error, ("数量", "Quantity"), ("质量", "Quality"), ("时效", "Timeliness"), ("成本", "Cost")),
        L1("效果目标", "OutcomeGoal", Severity.Error, ("经济效益", "Economic"), ("社会效益", "Social"), ("环境效益", "Environmental"), ("满意度", "Satisfaction")),
        L1("影响力目标", "ImpactGoal", Severity.Error, ("长效管理", "LongTermManagement"), ("人力资源", "HumanResources"), ("部门协助", "DepartmentCooperation")),
    ]);

    /// <summary>The trees defined in code.</summary>
    public static IReadOnlyList<IndicatorTemplate> BuiltIn { get; } = [Dist2024, Dist2023, Dist2021, Muni2020];

    /// <summary>Every tree: the built-in ones, then every data template's (<see cref="TemplateRegistry"/>).</summary>
    public static IReadOnlyList<IndicatorTemplate> All => TemplateRegistry.Current.Trees;

    public static IndicatorTemplate Get(string id) =>
        All.FirstOrDefault(t => t.Id == id) ?? throw new KeyNotFoundException($"未知的指标模板“{id}”。");

    /// <summary>
    /// Default year → district template mapping (FinanceAdmin may override): 2024 on → 2024 tree (成本 at level 1);
    /// 2022–2023 → 2023 tree; up to 2021 → 2021 tree.
    /// </summary>
    public static IndicatorTemplate ForDistrictYear(int year) =>
        year >= 2024 ? Dist2024 : year >= 2022 ? Dist2023 : Dist2021;
}
