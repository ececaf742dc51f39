using Jixiao.Domain.Forms;

namespace Jixiao.Domain.Templates;

/// <summary>
/// The generic template of each form kind (ADR-037, ADR-047): the national standard table an importer falls back on when
/// a form's own evidence fits no jurisdiction's template better, and what a tie between templates goes to. A form on a
/// generic template may print its own level-1 framework (项目完成指标, 项目决策): the template cannot judge it.
/// </summary>
public static class GenericTemplates
{
    /// <summary>The generic 项目支出绩效目标表 (the MoF standard table, unknown columns kept by their headers).</summary>
    public const string DeclarationId = "GENERIC-PROJ-TARGET";

    /// <summary>The MoF 项目支出绩效自评表 (财预〔2020〕10号), which every province's 自评表 derives from.</summary>
    public const string SelfEvaluationId = "MOF-PROJ-SE";

    /// <summary>The MoF 部门整体支出绩效目标表, every province's department-level target table.</summary>
    public const string DepartmentDeclarationId = "DEPT-TARGET";

    /// <summary>The 部门整体绩效自评表 a department's self-evaluation is entered on (ADR-065).</summary>
    public const string DepartmentSelfEvaluationId = "DEPT-SE";

    /// <summary>The generic template of a 自评表 or of a 申报表.</summary>
    public static string For(bool selfEvaluation) => selfEvaluation ? SelfEvaluationId : DeclarationId;

    /// <summary>Whether <paramref name="templateId"/> is a generic template.</summary>
    public static bool IsGeneric(string? templateId) => templateId is DeclarationId or SelfEvaluationId or DepartmentDeclarationId;

    /// <summary>Whether <paramref name="form"/> is a generic template's form.</summary>
    public static bool IsGeneric(FormDefinition form) => IsGeneric(form?.Id);
}
