namespace Jixiao.Documents.OpenData;

// Open data, schema version 1 (docs/schema/open-data-v1.schema.json). Property names are the schema's (camelCase);
// money in 元 and scores as JSON numbers; changing a name or meaning here means a new schema version. `fields` holds every
// header field of the form definition as its original text, so a field added to the definition is published without a change here.
// The named header properties of schema 1.0 (`nature`, `funds`, `overallGoal`…) come from the definition too
// (FieldDefinition.OpenData, written in place of the PublishedFields property by PublishedFields.Inline).

public sealed record OpenTargetsV1(string SchemaVersion, string Kind, IReadOnlyList<OpenProjectV1> Projects);

public sealed record OpenProjectV1(
    Guid? Id, string? Unit, int? Year, string State, int? Version,
    string Name, string TemplateId, PublishedFields Published,
    IReadOnlyDictionary<string, string> Fields, IReadOnlyList<OpenIndicatorV1> Indicators);

public sealed record OpenIndicatorV1(
    Guid? Key, int Ordinal, string Level1, string Level2, string Name,
    string Target, string TargetCanonical, string TargetKind, string? Comparator, decimal? Value, string? Unit);

public sealed record OpenSelfEvaluationsV1(string SchemaVersion, string Kind, IReadOnlyList<OpenEvaluationV1> Evaluations);

public sealed record OpenEvaluationV1(
    Guid? Id, string? Unit, int? Year, string State, string ProjectName, PublishedFields Published, string Profile,
    OpenFundRowV1 Funds, decimal? ExecutionRate, decimal ExecutionWeight, decimal? ExecutionScore,
    decimal TotalScore, string Grade, decimal? PrintedTotal, string? ExpectedGoal, string? ActualOutcome,
    IReadOnlyList<OpenScoredIndicatorV1> Indicators);

public sealed record OpenFundRowV1(decimal? InitialBudget, decimal? AdjustedBudget, decimal? Expenditure);

public sealed record OpenScoredIndicatorV1(
    Guid? Key, int Ordinal, string Level1, string Level2, string Name, string Target, string? Actual,
    decimal? Weight, decimal? Score, decimal? ComputedScore, string Rule, bool? Met, string? DeviationReason);

public sealed record OpenDisclosureV1(string SchemaVersion, string Kind, IReadOnlyList<OpenPackageV1> Disclosures);

public sealed record OpenPackageV1(string Unit, int Year, int? Version, DateTimeOffset? PublishedAt, string? CorrectionNote, IReadOnlyList<OpenTableV1> Tables);

public sealed record OpenTableV1(int Number, string Title, IReadOnlyList<OpenColumnV1> Columns, IReadOnlyList<OpenRowV1> Rows);

public sealed record OpenColumnV1(string Key, string Label);

public sealed record OpenRowV1(string RowKey, string? Code, string Name, IReadOnlyDictionary<string, decimal?> Amounts);
