using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

public static class IndicatorLibraryApi
{
    public static void MapIndicatorLibraryApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/indicators", async (IndicatorLibrary library, string? q, int? limit, CancellationToken ct) =>
                TypedResults.Ok(await library.SearchAsync(q, limit ?? 50, ct)))
          .WithName("SearchIndicators").WithSummary("指标库检索（名称、一级/二级指标；可见范围内的最近指标值）");

        v1.MapGet("/indicators/{id:guid}", async Task<Results<Ok<IndicatorHistory>, ProblemHttpResult>> (
                IndicatorLibrary library, Guid id, CancellationToken ct) =>
                await library.HistoryAsync(id, ct) is { } history
                    ? TypedResults.Ok(history)
                    : TypedResults.Problem(title: "未找到指标", detail: "指标库中没有该指标，或它不在您的数据范围内。", statusCode: StatusCodes.Status404NotFound))
          .WithName("GetIndicator").WithSummary("指标库条目及其历年指标值和实际完成值");
    }
}
