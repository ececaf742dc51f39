using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Data.Content;

/// <summary>
/// Stored declaration content of schema 1 (one property per field), written before issue 13; read only, by
/// <see cref="DeclarationContentJson.Read"/>, so stored versions need no data migration.
/// </summary>
internal sealed record SchemaOneContent
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
    public List<SchemaOneIndicator> Indicators { get; init; } = [];
    /// <summary><see cref="Project.Fields"/>: original texts and fields without a property of their own, by field key.</summary>
    public Dictionary<string, string> Fields { get; init; } = [];

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
}

internal sealed record SchemaOneIndicator
{
    public Guid Key { get; init; }
    public required string Level1 { get; init; }
    public required string Level2 { get; init; }
    public required string Name { get; init; }
    public string TargetText { get; init; } = "";
    public Direction? Direction { get; init; }
}

