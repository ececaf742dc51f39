using Jixiao.Domain.ResultsApplied;

namespace Jixiao.Web.Services.ResultsApplied;

/// <summary>
/// The seam through which 复核 (re-review score, open 整改 items) and 重点评价 (evaluation grade) reach 结果应用 (ADR-060):
/// each stage registers one source that adds what it knows of last year's project to the results read so far. With none
/// registered the page shows “—” for those columns. Register with
/// <c>services.AddScoped&lt;IPriorYearResultsSource, YourSource&gt;()</c>.
/// </summary>
public interface IPriorYearResultsSource
{
    /// <param name="lastYearProjectId">The project of last year the declared one was copied from.</param>
    /// <param name="soFar">What earlier sources found (the 自评 score and grade at least).</param>
    Task<LastYearResults> AddAsync(Guid lastYearProjectId, LastYearResults soFar, CancellationToken ct);
}
