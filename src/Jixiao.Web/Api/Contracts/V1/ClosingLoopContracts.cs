namespace Jixiao.Web.Api.Contracts.V1;

// 事前绩效评估 and 结果应用 as /api/v1 exchanges them (ADR-060).

/// <summary>A declaration's 事前绩效评估: whether it is needed, what it lacks, its fields by key, and the version's stamp to save with.</summary>
public sealed record ExAnteAssessmentDto(bool Required, decimal ThresholdYuan, bool Complete, IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, string> Fields, decimal? TotalScore, Guid ConcurrencyStamp);

/// <summary>Saves every field of the assessment (a key left out clears its field) on the version read with <see cref="ConcurrencyStamp"/>.</summary>
public sealed record ExAnteAssessmentSave(Guid ConcurrencyStamp, IReadOnlyDictionary<string, string?>? Fields);

/// <summary>Last year's results beside the declaration, the rule's suggestion and finance's decision; all null for a new project.</summary>
public sealed record LastYearResultsDto(Guid? LastYearProjectId, decimal? SelfScore, string? SelfGrade, decimal? ReReviewScore, string? EvaluationGrade,
    int? OpenRectifications, decimal? SuggestedCutPercent, decimal? SuggestedYuan, IReadOnlyList<string> Reasons, string? Decision, decimal? FinalYuan,
    string? DecisionReason);

/// <summary>Finance accepts the suggestion, or overrides it with <see cref="OverrideYuan"/> and a <see cref="Reason"/>.</summary>
public sealed record BudgetDecisionRequest(bool Accept, decimal? OverrideYuan, string? Reason, Guid ConcurrencyStamp);
