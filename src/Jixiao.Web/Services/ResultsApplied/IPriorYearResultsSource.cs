using Jixiao.Domain.ResultsApplied;

namespace Jixiao.Web.Services.ResultsApplied;

/// <summary>A rectification item of last year's project not yet 已销号, as the 结果应用 panel lists it (with a link to it).</summary>
public sealed record OpenRectification(Guid Id, string Text, string Requirement, DateOnly DueDate, Domain.Rectification.RectificationState State);

/// <summary>
/// Last year's results of one project: what the rule reads (<see cref="Results"/>) and where the panel links to — the
/// 自评表 whose 复核 was confirmed, the accepted evaluation, the open rectification items.
/// </summary>
public sealed record PriorYearResults(LastYearResults Results, Guid? ReReviewedSelfEvaluationId = null, Guid? EvaluationId = null,
    IReadOnlyList<OpenRectification>? OpenItems = null)
{
    public static PriorYearResults None { get; } = new(LastYearResults.None);

    public IReadOnlyList<OpenRectification> Open => OpenItems ?? [];
}

/// <summary>
/// The seam through which 复核, 重点评价 and 整改 reach 结果应用 (ADR-060): each stage's source adds what it knows of last
/// year's projects to the results read so far, in one query for all of them (a finance list page holds up to 200), so
/// the cost of a page does not grow with its rows. Registered in <see cref="ResultsAppliedSetup"/>.
/// </summary>
public interface IPriorYearResultsSource
{
    /// <param name="soFar">By last year's project id: what earlier sources found (the 自评 score and grade at least).</param>
    /// <returns>The same keys, with this stage's results added.</returns>
    Task<IReadOnlyDictionary<Guid, PriorYearResults>> AddAsync(IReadOnlyDictionary<Guid, PriorYearResults> soFar, CancellationToken ct);
}
