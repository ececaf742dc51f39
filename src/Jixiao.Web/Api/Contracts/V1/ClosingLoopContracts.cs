namespace Jixiao.Web.Api.Contracts.V1;

// 事前绩效评估 and 结果应用 as /api/v1 exchanges them (ADR-060).

/// <summary>A declaration's 事前绩效评估: whether it is needed, what it lacks, its fields by key, and the version's stamp to save with.</summary>
public sealed record ExAnteAssessmentDto(bool Required, decimal ThresholdYuan, bool Complete, IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, string> Fields, decimal? TotalScore, Guid ConcurrencyStamp);

/// <summary>Saves every field of the assessment (a key left out clears its field) on the version read with <see cref="ConcurrencyStamp"/>.</summary>
public sealed record ExAnteAssessmentSave(Guid ConcurrencyStamp, IReadOnlyDictionary<string, string?>? Fields);

/// <summary>
/// Last year's results beside the declaration — 自评, 复核 and 重点绩效评价 score and grade, the grade that counts and the
/// stage it comes from, the rectification items not yet 已销号 — the rule's suggestion and finance's decision; all null
/// (and no items) for a new project.
/// </summary>
public sealed record LastYearResultsDto(Guid? LastYearProjectId, decimal? SelfScore, string? SelfGrade, decimal? ReReviewScore, string? ReReviewGrade,
    decimal? EvaluationScore, string? EvaluationGrade, string? Grade, string? GradeBasis, int? OpenRectifications,
    IReadOnlyList<OpenRectificationDto> OpenRectificationItems, decimal? SuggestedCutPercent, decimal? SuggestedYuan, IReadOnlyList<string> Reasons,
    string? Decision, decimal? FinalYuan, string? DecisionReason);

/// <summary>One of last year's rectification items not yet 已销号: the finding, the requirement, the due date and its state (待整改 / 已答复).</summary>
public sealed record OpenRectificationDto(Guid Id, string Text, string Requirement, DateOnly DueDate, string State, string StateName);

/// <summary>Finance accepts the suggestion, or overrides it with <see cref="OverrideYuan"/> and a <see cref="Reason"/>.</summary>
public sealed record BudgetDecisionRequest(bool Accept, decimal? OverrideYuan, string? Reason, Guid ConcurrencyStamp);
