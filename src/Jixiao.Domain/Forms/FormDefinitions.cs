using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Forms;

/// <summary>Every form definition, and the one a project was declared on.</summary>
public static class FormDefinitions
{
    /// <summary>The built-in (Shanghai) declaration forms, one per <see cref="FormKind"/>.</summary>
    public static IReadOnlyList<FormDefinition> Declarations { get; } =
        [DeclarationForms.District2024, DeclarationForms.District2021, DeclarationForms.Municipal2020];

    /// <summary>The forms defined in code.</summary>
    public static IReadOnlyList<FormDefinition> BuiltIn { get; } =
    [
        .. Declarations,
        SelfEvaluationForms.District2023,
        Monitoring.MonitoringForm.Definition,
    ];

    /// <summary>
    /// Every form: the built-in ones, then every data template's (<see cref="TemplateRegistry"/>): shipped and from the
    /// configured templates directory. Readers that look for labels, synonyms and indicator columns enumerate this.
    /// </summary>
    public static IReadOnlyList<FormDefinition> All => TemplateRegistry.Current.Forms;

    /// <summary>The built-in form printed for <paramref name="form"/>, or null when none is defined (yet).</summary>
    public static FormDefinition? For(FormKind form) => All.FirstOrDefault(d => d.Form == form);

    /// <summary>
    /// The form of a project: the data template its TemplateId names when that template is of the project's form kind
    /// (a Sichuan 自评表), else its <see cref="FormKind"/> decides (a 申报表 read on the 2023 tree is still the 2024 申报表).
    /// </summary>
    public static FormDefinition? For(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return TemplateRegistry.DataTemplateOf(project)?.Form ?? For(project.Form);
    }

    /// <summary>
    /// Every declaration field once by key: the fields of <paramref name="first"/>, then those only other declaration
    /// forms print (a value read from a form that printed an extra label still has a home). Another form's narrative
    /// sections are left out: on this form the same section is 项目经费情况说明 text, not a header field.
    /// </summary>
    public static IEnumerable<FieldDefinition> DeclarationFields(FormDefinition? first) =>
        (first?.Fields ?? []).Concat(Declarations.Where(d => d != first).SelectMany(d => d.Fields).Where(f => f.Binding.BoundSection is null))
            .DistinctBy(f => f.Key);

    /// <summary>
    /// The header fields of <paramref name="project"/> as original texts by key (blank ones left out), in the order of its
    /// form; a form without a definition yet (the 自评表) gives the declaration fields it holds. What the CLI contract and
    /// open data publish, so a field added to a definition reaches them with no other change.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Texts(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (For(project) is { } form) return form.Texts(project);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in DeclarationFields(null))
            if (f.Text(project) is { } t) texts[f.Key] = t;
        return texts;
    }

    /// <summary>
    /// The value of the declaration field <paramref name="key"/> on <paramref name="declared"/> (its original text and
    /// amount), read through the declaration's definition: what a 自评表 or 运行监控表 starts from
    /// (<see cref="MoneyGridRow.StartsFrom"/>, <see cref="FieldDefinition.StartsFrom"/>). Null when no declaration form has the field.
    /// </summary>
    public static FieldValue? DeclaredValue(Project declared, string key)
    {
        ArgumentNullException.ThrowIfNull(declared);
        return DeclarationFields(For(declared)).FirstOrDefault(f => f.Key == key)?.Read(declared);
    }

    /// <summary>By template id (`SH-DIST-2024`, a data template's id), or null.</summary>
    public static FormDefinition? ForTemplate(string templateId) => All.FirstOrDefault(d => d.Id == templateId);
}
