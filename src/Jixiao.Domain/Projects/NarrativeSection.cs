namespace Jixiao.Domain.Projects;

/// <summary>
/// Narrative sections: 项目经费情况说明 一…七 (2024 district) and the 2020 municipal text fields.
/// </summary>
public enum NarrativeSection
{
    Overview,            // 一、项目概述 / 项目概况
    Basis,               // 二、立项依据
    ImplementingEntity,  // 三、实施主体
    Plan,                // 四、实施方案
    Period,              // 五、实施周期
    AnnualBudgetPlan,    // 六、年度预算安排
    TargetsRef,          // 七、绩效目标
    Necessity,           // 项目设立的必要性 (2020)
    Safeguards,          // 保证项目实施的制度、措施 (2020)
    ImplementationPlan,  // 项目实施计划 (2020)
}

public static class NarrativeSectionNames
{
    public static string Chinese(NarrativeSection section) => section switch
    {
        NarrativeSection.Overview => "一、项目概述",
        NarrativeSection.Basis => "二、立项依据",
        NarrativeSection.ImplementingEntity => "三、实施主体",
        NarrativeSection.Plan => "四、实施方案",
        NarrativeSection.Period => "五、实施周期",
        NarrativeSection.AnnualBudgetPlan => "六、年度预算安排",
        NarrativeSection.TargetsRef => "七、绩效目标",
        NarrativeSection.Necessity => "项目设立的必要性",
        NarrativeSection.Safeguards => "保证项目实施的制度、措施",
        NarrativeSection.ImplementationPlan => "项目实施计划",
        _ => section.ToString(),
    };
}
