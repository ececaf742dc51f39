using Jixiao.Domain.Forms;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Templates;

/// <summary>A template file's name and text, read by the caller (the domain does no file I/O).</summary>
public sealed record TemplateSource(string Name, string Json);

/// <summary>
/// One immutable registry state: the built-in templates, then the shipped ones, then an administrator's, each group
/// ordered by id, so the same files give the same registry on every node whatever order a directory lists them in.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, JurisdictionTemplate> byId;

    internal TemplateSet(IReadOnlyList<JurisdictionTemplate> templates)
    {
        Templates = templates;
        byId = templates.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var data = templates.Where(t => t.Origin != TemplateOrigin.BuiltIn).ToList();
        Forms = [.. FormDefinitions.BuiltIn, .. data.Select(t => t.Form)];
        Trees = [.. TemplateCatalog.BuiltIn, .. data.Select(t => t.Tree)];
        Profiles = [.. RuleProfiles.BuiltInProfiles, .. data.Select(t => t.Profile)];
    }

    public IReadOnlyList<JurisdictionTemplate> Templates { get; }

    /// <summary>Every form definition: the built-in ones first (so a lookup by form kind finds them as before), then the data templates'.</summary>
    public IReadOnlyList<FormDefinition> Forms { get; }

    public IReadOnlyList<IndicatorTemplate> Trees { get; }

    public IReadOnlyList<RuleProfile> Profiles { get; }

    public JurisdictionTemplate? Find(string? id) => id is null ? null : byId.GetValueOrDefault(id);

    /// <summary>The data template (shipped or an administrator's) of <paramref name="id"/>; null for a built-in or unknown id.</summary>
    public JurisdictionTemplate? FindData(string? id) => Find(id) is { Origin: not TemplateOrigin.BuiltIn } t ? t : null;
}
