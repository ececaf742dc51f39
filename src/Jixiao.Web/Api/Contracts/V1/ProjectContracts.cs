using System.Text.Json.Serialization;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;

namespace Jixiao.Web.Api.Contracts.V1;

// The declaration as /api/v1 exchanges it. These records are the wire contract: the stored form
// (Jixiao.Data.Content) and the domain model may change without the browser or a script noticing.

public sealed record ProjectSummary(Guid Id, string Name, int Year, int UnitId, string UnitName, decimal FundsTotalYuan, string State, string StateName, int Version);

/// <summary>A review finding; <see cref="Dismissal"/> is set when a reviewer has set the same fact aside (issue 18).</summary>
public sealed record ProjectFinding(string RuleId, string Severity, string Message, string? Indicator, string? Field, int? Row, bool Blocks,
    FindingDismissal? Dismissal = null)
{
    public static ProjectFinding From(Finding f) =>
        new(f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Message, f.Indicator, f.Field, f.Row, f.Blocks);

    /// <summary>The finding with the reviewer's dismissal of its fact, if any.</summary>
    public static ProjectFinding From(Finding f, Data.Entities.FindingResponse? dismissal) =>
        From(f) with { Dismissal = dismissal is { Reason: { } why } ? new(why.ToString(), FindingDismissals.Chinese(why), dismissal.Text, dismissal.AuthorName, dismissal.CreatedAt) : null };
}

/// <summary>Who set a finding aside, when and why (reason: FalsePositive / NotApplicable / Explained; reasonName in Chinese).</summary>
public sealed record FindingDismissal(string Reason, string ReasonName, string? Note, string By, DateTimeOffset At);

public sealed record ProjectComment(Guid Id, string Anchor, string Text, string Author, string? Role, DateTimeOffset CreatedAt, string Status, string? Reply);

public sealed record ProjectDetail(
    Guid Id, int UnitId, string UnitName, int Year, int Version, string State, string StateName, Guid ConcurrencyStamp,
    IReadOnlyList<string> Actions, DeclarationEntry Content, IReadOnlyList<ProjectFinding> Findings, IReadOnlyList<ProjectComment> Comments);

/// <summary>
/// What a unit enters on a declaration. <see cref="Fields"/> holds every field of the project's form definition by its
/// key (header, 项目资金 cells, goals), each as its original text (money `1,392,000.00` or `1392000`, dates
/// `2024-03-01`, 是/否); <see cref="Narrative"/> the sections of 项目经费情况说明 by their key (Overview…TargetsRef). A save
/// replaces all of them.
/// </summary>
public sealed record DeclarationEntry
{
    [JsonConverter(typeof(FieldTextsJsonConverter))]
    public Dictionary<string, string?> Fields { get; init; } = [];
    public List<SubProjectItem> SubProjects { get; init; } = [];
    public Dictionary<string, string?> Narrative { get; init; } = [];
    public List<IndicatorItem> Indicators { get; init; } = [];

    /// <summary>
    /// 年度履职目标 of a 部门整体 form (ADR-064): present on a department-level form only; on a save, null keeps the stored
    /// rows and a list replaces them.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DutyItem>? Duties { get; init; }
}

public sealed record SubProjectItem(string? Name, decimal? AmountYuan);

/// <summary>One row of 年度履职目标: 部门职能, 年度目标任务, 支出项目名称 and 预算金额 as typed, in 万元 (`12.50`).</summary>
public sealed record DutyItem(string? Function, string? Task, string? ProjectName, string? AmountWanYuan);

/// <summary>One 三级 row; a row without <see cref="Key"/> (or with the empty key) is new and gets one on save.</summary>
public sealed record IndicatorItem
{
    public Guid? Key { get; init; }
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public string? Name { get; init; }
    public string? TargetText { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<Direction>))]
    public Direction? Direction { get; init; }

    /// <summary>Texts of the form's own indicator columns by key (绩效标准, a template's new column); absent on forms without such columns.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string?>? Columns { get; init; }
}

public sealed record SaveProjectRequest(DeclarationEntry? Content, Guid ConcurrencyStamp);
public sealed record ProjectTransitionRequest(string Action, string? Comment, string? Acknowledgement, string? Reason);
public sealed record ProjectCommentRequest(string Anchor, string Text);
public sealed record TextRequest(string? Text);
public sealed record ProjectVersion(int Number, string State, string StateName, string Origin, string? Reason, DateTimeOffset CreatedAt, DateTimeOffset? ApprovedAt);

/// <summary>One difference between two versions: `kind` is Added, Removed or Changed; `where` names the field or row in Chinese.</summary>
public sealed record VersionChange(string Kind, string Where, string? Old, string? New)
{
    public static VersionChange From(ProjectChange c) => new(c.Kind.ToString(), c.Where, c.Old, c.New);
}
