using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Data.Content;

/// <summary>
/// A declared project as the editor sends it, one property per field, and the shape of stored content schema 1.
/// Stored content is <see cref="Jixiao.Domain.Forms.DeclarationContent"/> (schema 2, see
/// <see cref="DeclarationContentJson"/>); <see cref="ToJson"/>/<see cref="FromJson"/> go through it, so both schemas load.
/// Targets are kept as their original text and re-parsed on load (target-grammar RT-6).
/// </summary>
public sealed record ProjectContent
{
    public int SchemaVersion { get; init; } = 1;
    public required string Name { get; init; }
    public FormKind Form { get; init; }
    public required string TemplateId { get; init; }
    public int? Year { get; init; }
    public string? Nature { get; init; }
    public string? Category { get; init; }
    public string? SupervisingDepartment { get; init; }
    public string? ImplementingUnit { get; init; }
    public DateOnly? PlannedStart { get; init; }
    public DateOnly? PlannedEnd { get; init; }
    public ProjectFunds Funds { get; init; } = ProjectFunds.None;
    public MunicipalDetails? Municipal { get; init; }
    public List<SubProject> SubProjects { get; init; } = [];
    public string? OverallGoal { get; init; }
    public string? AnnualGoal { get; init; }
    public Dictionary<NarrativeSection, string> Narrative { get; init; } = [];
    public string? NarrativeTitle { get; init; }
    public List<IndicatorContent> Indicators { get; init; } = [];
    /// <summary><see cref="Project.Fields"/>: original texts and fields without a property of their own, by field key.</summary>
    public Dictionary<string, string> Fields { get; init; } = [];

    public static ProjectContent FromDomain(Project p) => new()
    {
        Name = p.Name,
        Form = p.Form,
        TemplateId = p.TemplateId,
        Year = p.Year,
        Nature = p.Nature,
        Category = p.Category,
        SupervisingDepartment = p.SupervisingDepartment,
        ImplementingUnit = p.ImplementingUnit,
        PlannedStart = p.PlannedStart,
        PlannedEnd = p.PlannedEnd,
        Funds = p.Funds,
        Municipal = p.Municipal,
        SubProjects = [.. p.SubProjects],
        OverallGoal = p.OverallGoal,
        AnnualGoal = p.AnnualGoal,
        Narrative = p.Narrative.ToDictionary(),
        NarrativeTitle = p.NarrativeTitle,
        Fields = p.Fields.ToDictionary(),
        Indicators = p.Indicators.Select(i => new IndicatorContent
        {
            Key = i.Key ?? Guid.NewGuid(),
            Level1 = i.Level1,
            Level2 = i.Level2,
            Name = i.Name,
            TargetText = i.Target.OriginalText,
            Direction = i.Direction,
        }).ToList(),
    };

    public Project ToDomain(Func<string?, TargetValue> parseTarget) => new()
    {
        Name = Name,
        Form = Form,
        TemplateId = TemplateId,
        Year = Year,
        Nature = Nature,
        Category = Category,
        SupervisingDepartment = SupervisingDepartment,
        ImplementingUnit = ImplementingUnit,
        PlannedStart = PlannedStart,
        PlannedEnd = PlannedEnd,
        Funds = Funds,
        Municipal = Municipal,
        SubProjects = SubProjects,
        OverallGoal = OverallGoal,
        AnnualGoal = AnnualGoal,
        Narrative = Narrative,
        NarrativeTitle = NarrativeTitle,
        Fields = Fields,
        Indicators = Indicators.Select((i, n) => new Indicator
        {
            Key = i.Key,
            Level1 = i.Level1,
            Level2 = i.Level2,
            Name = i.Name,
            Target = parseTarget(i.TargetText),
            Direction = i.Direction,
            Ordinal = n + 1,
        }).ToList(),
    };

    /// <summary>The stored JSON (schema 2).</summary>
    public string ToJson() => DeclarationContentJson.Write(DeclarationContent.FromProject(ToDomain(t => TargetParser.Parse(t))));

    /// <summary>Stored JSON of either schema.</summary>
    public static ProjectContent FromJson(string json) => FromDomain(DeclarationContentJson.Read(json).ToProject(t => TargetParser.Parse(t)));
}

public sealed record IndicatorContent
{
    public Guid Key { get; init; }
    public required string Level1 { get; init; }
    public required string Level2 { get; init; }
    public required string Name { get; init; }
    public string TargetText { get; init; } = "";
    public Direction? Direction { get; init; }
}

public static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new CleanTextJsonConverter() },
    };
}
