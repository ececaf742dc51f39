namespace Jixiao.Domain.Projects;

/// <summary>Which printed form a project was declared or evaluated on (forms.md §3–§6).</summary>
public enum FormKind
{
    /// <summary>财政项目支出绩效目标申报表, 2024 district template (§3).</summary>
    DistrictDeclaration,
    /// <summary>财政项目支出绩效目标填报表, 2021 district, attached to the disclosure (§4).</summary>
    DistrictFilingForm,
    /// <summary>财政项目支出绩效目标申报表, 2020 municipal template (§5).</summary>
    MunicipalDeclaration,
    /// <summary>财政项目支出绩效自评表 (§6).</summary>
    SelfEvaluation,
    /// <summary>财政项目支出绩效运行监控表 (§7): a report on an approved project, never a project's own form.</summary>
    MonitoringReport,
}
