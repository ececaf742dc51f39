using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Forms;

/// <summary>
/// What is stored of one declared project (a 申报表 / 填报表 version): every header field as its original text keyed by
/// the form definition, then the parts that are not header fields (sub-projects, the 项目经费情况说明 narrative, the
/// indicator rows with their target texts). Parsed values are derived on load, so a grammar fix applies to stored forms
/// without a data migration (target-grammar RT-6).
/// </summary>
public sealed record DeclarationContent
{
    /// <summary>2: header fields as a key → text map. (1 was one property per field; still read, never written.)</summary>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required FormKind Form { get; init; }
    public required string TemplateId { get; init; }
    public int? Year { get; init; }

    /// <summary>Header fields by <see cref="FieldDefinition.Key"/> → original text; blank fields are absent.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<SubProject> SubProjects { get; init; } = [];

    /// <summary>Narrative sections that are not fields of the form (the district 项目经费情况说明 一…七).</summary>
    public IReadOnlyDictionary<NarrativeSection, string> Narrative { get; init; } = new Dictionary<NarrativeSection, string>();

    public string? NarrativeTitle { get; init; }
    public IReadOnlyList<DeclaredIndicator> Indicators { get; init; } = [];

    /// <summary>年度履职目标 of a department-level form; not written when none, so project forms are stored as before.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DepartmentDuty>? Duties { get; init; }

    /// <summary>The stored form of <paramref name="p"/>; rows without a key get a new one (keys are stable from then on).</summary>
    public static DeclarationContent FromProject(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var definition = FormDefinitions.For(p);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        // Texts of fields this form does not print (kept from an import or a change of form) are not dropped.
        foreach (var (key, text) in p.Fields) fields[key] = text;
        foreach (var f in FormDefinitions.DeclarationFields(definition))
            if (f.Text(p) is { } text) fields[f.Key] = text;
            else fields.Remove(f.Key);
        var asFields = definition?.Fields.Select(f => f.Binding.BoundSection).OfType<NarrativeSection>().ToHashSet() ?? [];

        return new DeclarationContent
        {
            Form = p.Form,
            TemplateId = p.TemplateId,
            Year = p.Year,
            Fields = fields,
            SubProjects = [.. p.SubProjects],
            Narrative = p.Narrative.Where(kv => !asFields.Contains(kv.Key)).ToDictionary(),
            NarrativeTitle = p.NarrativeTitle,
            Indicators = p.Indicators.Select(i => new DeclaredIndicator
            {
                Key = i.Key ?? Guid.NewGuid(),
                Level1 = i.Level1,
                Level2 = i.Level2,
                Name = i.Name,
                TargetText = i.Target.OriginalText,
                Direction = i.Direction,
                Columns = i.Columns is { Count: > 0 } c ? c : null,
            }).ToList(),
            Duties = p.Duties.Count > 0 ? [.. p.Duties.Select(d => d with { SourceLine = null })] : null,
        };
    }

    /// <summary>The project, every field written through its definition (so typed properties are parsed from the texts).</summary>
    public Project ToProject(Func<string?, TargetValue> parseTarget)
    {
        ArgumentNullException.ThrowIfNull(parseTarget);
        var p = new Project
        {
            Name = "",
            Form = Form,
            TemplateId = TemplateId,
            Year = Year,
            // Municipal forms always carry their details, as read from a document (FormMapper).
            Municipal = Form == FormKind.MunicipalDeclaration ? new MunicipalDetails { PriorYear = new PriorYearFigures(null, null) } : null,
            SubProjects = SubProjects,
            Narrative = Narrative,
            NarrativeTitle = NarrativeTitle,
            Indicators = Indicators.Select((i, n) => new Indicator
            {
                Key = i.Key,
                Level1 = i.Level1,
                Level2 = i.Level2,
                Name = i.Name,
                Target = parseTarget(i.TargetText),
                Direction = i.Direction,
                Columns = i.Columns is { Count: > 0 } c ? c : null,
                Ordinal = n + 1,
            }).ToList(),
            Duties = Duties ?? [],
        };
        var fields = FormDefinitions.DeclarationFields(FormDefinitions.For(Form)).ToDictionary(f => f.Key);
        foreach (var (key, text) in Fields)
            p = fields.TryGetValue(key, out var f) ? f.Write(p, text) : FieldBinding.Store(p, key, text);
        return p;
    }
}

/// <summary>A stored indicator row: its stable key, categories, name and target as typed or printed.</summary>
public sealed record DeclaredIndicator
{
    public Guid Key { get; init; }
    public required string Level1 { get; init; }
    public required string Level2 { get; init; }
    public required string Name { get; init; }
    public string TargetText { get; init; } = "";
    public Direction? Direction { get; init; }

    /// <summary>Texts of the form's own indicator columns by key; not written when none, so other forms' rows are stored as before.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Columns { get; init; }
}
