using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Templates;

/// <summary>What a jurisdiction's template is a form of (the `kind` of a template file).</summary>
public enum TemplateKind
{
    /// <summary>项目支出绩效目标表 / 申报表.</summary>
    ProjectDeclaration,

    /// <summary>项目支出绩效自评表.</summary>
    ProjectSelfEvaluation,

    /// <summary>部门整体支出绩效目标表.</summary>
    DepartmentDeclaration,

    /// <summary>部门整体支出绩效自评表.</summary>
    DepartmentSelfEvaluation,
}

public static class TemplateKinds
{
    /// <summary>The token a template file writes (`projectSelfEvaluation`).</summary>
    public static string Token(this TemplateKind kind) => kind switch
    {
        TemplateKind.ProjectDeclaration => "projectDeclaration",
        TemplateKind.ProjectSelfEvaluation => "projectSelfEvaluation",
        TemplateKind.DepartmentDeclaration => "departmentDeclaration",
        _ => "departmentSelfEvaluation",
    };

    public static string DisplayName(this TemplateKind kind) => kind switch
    {
        TemplateKind.ProjectDeclaration => "项目绩效目标表",
        TemplateKind.ProjectSelfEvaluation => "项目绩效自评表",
        TemplateKind.DepartmentDeclaration => "部门整体绩效目标表",
        _ => "部门整体绩效自评表",
    };

    /// <summary>
    /// The <see cref="FormKind"/> a form of this kind is held as: a target table is a declaration, a self-evaluation a
    /// 自评表 (a department's forms carry the same blocks; the template, not the enum, tells them apart — ADR-026).
    /// </summary>
    public static FormKind Form(this TemplateKind kind) =>
        kind is TemplateKind.ProjectSelfEvaluation or TemplateKind.DepartmentSelfEvaluation ? FormKind.SelfEvaluation : FormKind.DistrictDeclaration;

    public static bool IsSelfEvaluation(this TemplateKind kind) => kind.Form() == FormKind.SelfEvaluation;

    public static TemplateKind? Parse(string? token) =>
        Enum.GetValues<TemplateKind>().Cast<TemplateKind?>().FirstOrDefault(k => k!.Value.Token() == token);
}
