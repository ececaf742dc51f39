using Jixiao.Documents.OpenData;

namespace Jixiao.Cli.Contract;

// The `jixiao import --json` contract. Field names and shapes are stable; new fields may be added, none removed.
// A project's named header properties (`nature`, `funds.totalYuan`, `municipal.contactName`…) come from the form definition
// (FieldDefinition.CliJson), written in place of the PublishedFields properties (Json.Options); every header field is in `fields`.

public sealed record ImportOutput(IReadOnlyList<DocumentDto> Documents, IReadOnlyList<FileErrorDto> Errors);

public sealed record FileErrorDto(string File, string Message);

public sealed record DocumentDto(
    string File,
    string Kind,
    string? Unit,
    int? Year,
    SummaryDto? Summary,
    StatedSummaryDto? Stated,
    IReadOnlyList<ProjectDto> Projects,
    object? Disclosure,
    IReadOnlyList<WarningDto> Warnings,
    // Disclosure tables of other layouts (预算 or 决算, as printed, ADR-031); absent when the document has none.
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<Jixiao.Domain.Disclosure.PublishedTable>? Tables = null);

/// <summary>Computed from the imported projects (the stated figures are in <see cref="StatedSummaryDto"/>).</summary>
public sealed record SummaryDto(int ProjectCount, decimal TotalYuan, decimal TotalWanYuan);

/// <summary>The sentence printed in the document: 项目 N 个，涉及项目预算资金 X 万元.</summary>
public sealed record StatedSummaryDto(int ProjectCount, decimal TotalWanYuan, int? SubUnitCount, int? Line);

public sealed record WarningDto(int Line, string Message);

public sealed record ProjectDto(
    string Name,
    string Form,
    string TemplateId,
    int? Year,
    int? FormNumber,
    // The named header properties (PublishedFields.Inline): the header and `funds` here, the `municipal` group (null unless
    // the form is the 2020 municipal 申报表) and the goals block in their own places.
    PublishedFields Published,
    IReadOnlyList<SubProjectDto> SubProjects,
    PublishedFields Municipal,
    PublishedFields Goals,
    IReadOnlyDictionary<string, string> Narrative,
    IReadOnlyList<IndicatorDto> Indicators,
    EvaluationDto? Evaluation,
    int? Line,
    // Every header field of the form definition as printed, by field key (new fields appear only here).
    IReadOnlyDictionary<string, string> Fields);

public sealed record SubProjectDto(string Name, decimal? AmountYuan);

public sealed record IndicatorDto(
    string Level1,
    string Level2,
    string Name,
    ValueDto Target,
    ValueDto? Actual,
    decimal? Weight,
    decimal? Score,
    string? DeviationReason,
    int? Line);

/// <summary>A parsed target or actual: the verbatim text and the normalised model.</summary>
public sealed record ValueDto(
    string Text,
    string Kind,
    string? Comparator,
    decimal? Value,
    string? Unit,
    string Canonical,
    string? Scope,
    IReadOnlyList<string> Notes);

/// <summary>The 自评表 figures as printed (the `score` command recomputes them).</summary>
public sealed record EvaluationDto(
    decimal? InitialBudget,
    decimal? AdjustedBudget,
    decimal? Expenditure,
    decimal? ExecutionRate,
    decimal? ExecutionWeight,
    decimal? PrintedExecutionScore,
    decimal? PrintedWeightTotal,
    decimal? PrintedTotal);
