using System.Reflection;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Templates;

/// <summary>
/// Every template the application knows: the Shanghai forms defined in code, the template files shipped inside this
/// assembly (Templates/Data/*.json) and the files of an administrator's templates directory, read by the outer layer
/// and handed over as <see cref="TemplateSource"/>s (ADR-026). <see cref="FormDefinitions"/>, <see cref="TemplateCatalog"/>
/// and <see cref="RuleProfiles"/> look templates up here.
/// </summary>
/// <remarks>
/// State is one immutable <see cref="TemplateSet"/> swapped whole: <see cref="Configure"/> at start-up (every node
/// reading the same directory builds the same set), <see cref="Use"/> for one command or test (an async-local scope
/// that never leaks into other callers).
/// </remarks>
public static class TemplateRegistry
{
    private const string ResourcePrefix = "Jixiao.Domain.Templates.Data.";

    private static readonly Lazy<IReadOnlyList<JurisdictionTemplate>> ShippedTemplates = new(ReadShipped);
    private static readonly Lazy<TemplateSet> Default = new(DefaultSet);
    private static readonly AsyncLocal<TemplateSet?> Scoped = new();
    private static volatile TemplateSet? configured;

    /// <summary>The registry in force for the caller.</summary>
    public static TemplateSet Current => Scoped.Value ?? configured ?? Default.Value;

    /// <summary>The templates shipped with Jixiao (without an administrator's).</summary>
    public static IReadOnlyList<JurisdictionTemplate> Shipped => ShippedTemplates.Value;

    /// <summary>
    /// A registry of the built-in and shipped templates plus <paramref name="sources"/>; null with every file's problems
    /// when one is refused (nothing changes then). An id may be used once: a template is never replaced under its id,
    /// because projects store it.
    /// </summary>
    public static (TemplateSet? Set, IReadOnlyList<TemplateError> Errors) Build(IEnumerable<TemplateSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        List<TemplateError> errors = [];
        List<JurisdictionTemplate> added = [];
        var known = BuiltInTemplates.Concat(Shipped).ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var source in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var result = TemplateParser.Parse(source.Json, source.Name, TemplateOrigin.Directory);
            if (result.Template is not { } t)
            {
                errors.AddRange(result.Errors);
                continue;
            }
            if (known.TryGetValue(t.Id, out var other))
            {
                errors.Add(new TemplateError(source.Name, "$.id", $"模板编号“{t.Id}”已被{(other.SourceName is { } n ? $"模板文件“{n}”" : "系统内置模板")}使用；新的模板请用新的编号。"));
                continue;
            }
            known[t.Id] = t;
            added.Add(t);
        }
        if (errors.Count > 0) return (null, errors);
        return (new TemplateSet([.. BuiltInTemplates, .. Shipped, .. added.OrderBy(t => t.Id, StringComparer.Ordinal)]), []);
    }

    /// <summary>Makes <paramref name="sources"/> (an administrator's directory) part of the registry for the whole process; on any error nothing changes.</summary>
    public static IReadOnlyList<TemplateError> Configure(IEnumerable<TemplateSource> sources)
    {
        var (set, errors) = Build(sources);
        if (set is not null) Configure(set);
        return errors;
    }

    /// <summary>Makes <paramref name="set"/> (from <see cref="Build"/>) the registry of the whole process (a host's start-up).</summary>
    public static void Configure(TemplateSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        configured = set;
    }

    /// <summary>Uses <paramref name="set"/> for the calling flow (a CLI command, a test) until the scope is disposed.</summary>
    public static IDisposable Use(TemplateSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var previous = Scoped.Value;
        Scoped.Value = set;
        return new Restore(previous);
    }

    private sealed class Restore(TemplateSet? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }

    /// <summary>The Shanghai forms, defined in code, listed like any other template.</summary>
    public static IReadOnlyList<JurisdictionTemplate> BuiltInTemplates { get; } =
    [
        BuiltIn(DeclarationForms.District2024, TemplateCatalog.Dist2024, TemplateKind.ProjectDeclaration),
        BuiltIn(DeclarationForms.District2021, TemplateCatalog.Dist2021, TemplateKind.ProjectDeclaration),
        BuiltIn(DeclarationForms.Municipal2020, TemplateCatalog.Muni2020, TemplateKind.ProjectDeclaration, "上海市"),
        BuiltIn(SelfEvaluationForms.District2023, TemplateCatalog.Dist2023, TemplateKind.ProjectSelfEvaluation),
    ];

    private static JurisdictionTemplate BuiltIn(FormDefinition form, IndicatorTemplate tree, TemplateKind kind, string jurisdiction = "上海市区级") => new()
    {
        Id = form.Id,
        Title = form.Title,
        Jurisdiction = jurisdiction,
        Kind = kind,
        Form = form,
        Tree = tree,
        Profile = RuleProfiles.ShDistrict,
        Origin = TemplateOrigin.BuiltIn,
    };

    private static TemplateSet DefaultSet() => new([.. BuiltInTemplates, .. Shipped]);

    private static IReadOnlyList<JurisdictionTemplate> ReadShipped()
    {
        var assembly = typeof(TemplateRegistry).Assembly;
        List<JurisdictionTemplate> templates = [];
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var fileName = name[ResourcePrefix.Length..];
            var result = TemplateParser.Parse(Resource(assembly, name), fileName, TemplateOrigin.Shipped);
            // A shipped file that does not parse is a build defect (a test reads every one), not a user's problem.
            templates.Add(result.Template ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors)));
        }
        var duplicate = templates.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1 || BuiltInTemplates.Any(b => b.Id == g.Key));
        if (duplicate is not null) throw new InvalidOperationException($"Shipped template id {duplicate.Key} is used twice.");
        return [.. templates.OrderBy(t => t.Id, StringComparer.Ordinal)];
    }

    private static string Resource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The template a project's form follows: its data template where its TemplateId names one of that form kind.</summary>
    internal static JurisdictionTemplate? DataTemplateOf(Project project) =>
        Current.FindData(project.TemplateId) is { } t && t.Form.Form == project.Form ? t : null;
}
