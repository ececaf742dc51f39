namespace Jixiao.Domain.Templates;

/// <summary>
/// What an administrator may choose as a district's template for a budget year and form kind (ADR-032), and what a
/// new form is then created on. No choice means today's Shanghai forms (the district 申报表 whose tree follows the
/// year, the district 自评表), so a district that never chooses sees no change.
/// </summary>
public static class TemplateChoice
{
    /// <summary>The form kinds a unit creates in the web application (department forms are not entered there yet).</summary>
    public static IReadOnlyList<TemplateKind> Kinds { get; } = [TemplateKind.ProjectDeclaration, TemplateKind.ProjectSelfEvaluation];

    /// <summary>What the page shows for "no choice".</summary>
    public const string DefaultName = "上海市区级（默认）";

    /// <summary>The data templates (shipped and the administrator's directory) a district may use for <paramref name="kind"/>.</summary>
    public static IReadOnlyList<JurisdictionTemplate> Candidates(TemplateKind kind) =>
        [.. TemplateRegistry.Current.Templates.Where(t => t.Origin != TemplateOrigin.BuiltIn && t.Kind == kind)];

    /// <summary>How a template is named to a user: its jurisdiction and printed title, never its id.</summary>
    public static string DisplayName(JurisdictionTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Title.StartsWith(template.Jurisdiction, StringComparison.Ordinal) ? template.Title : $"{template.Jurisdiction} {template.Title}";
    }

    /// <summary>
    /// The template a new form of <paramref name="kind"/> is created on when <paramref name="assignedId"/> is chosen:
    /// that data template while the registry still has it with that kind, else null (the Shanghai default).
    /// </summary>
    public static JurisdictionTemplate? Resolve(TemplateKind kind, string? assignedId) =>
        TemplateRegistry.Current.FindData(assignedId) is { } t && t.Kind == kind ? t : null;

    /// <summary>Why <paramref name="templateId"/> cannot be chosen for <paramref name="kind"/> in <paramref name="year"/> (Chinese), or null.</summary>
    public static string? Refusal(TemplateKind kind, int year, string templateId)
    {
        if (year is < 2000 or > 2100) return "年度应在 2000 至 2100 之间。";
        if (TemplateRegistry.Current.FindData(templateId) is not { } t) return "所选表单模板不存在（模板文件可能已被移出模板目录），请刷新页面后重新选择。";
        if (t.Kind != kind) return $"“{DisplayName(t)}”是{t.Kind.DisplayName()}，不能用作{kind.DisplayName()}。";
        return null;
    }
}
