using System.ComponentModel;
using Jixiao.Web.Paging;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

public static class IndicatorLibraryApi
{
    public static void MapIndicatorLibraryApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/indicators", async (HttpContext http, IndicatorListing listing,
                [Description("按指标名称或一级/二级指标查找")] string? q, [Description("一级指标，如“产出指标”")] string? level1,
                [Description("排序：recent（最近使用，默认）、name（按名称）")] string? sort,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after,
                [Description("size 的旧名称（仍可用）")] int? limit, CancellationToken ct) =>
            {
                var filter = new IndicatorListFilter(q, level1, sort);
                var page = PageRequest.Of(size ?? limit, after);
                if (!filter.Order.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, (await listing.PageAsync(filter, page, ct)).Page, e => e);
            }).Produces<List<IndicatorEntry>>().ProducesProblem(400)
          .WithName("SearchIndicators").WithSummary("指标库检索（名称、一级/二级指标；可见范围内的最近指标值；筛选、排序、分页）")
          .WithDescription(PagedAnswer.Description);

        v1.MapGet("/indicators/{id:guid}", async Task<Results<Ok<IndicatorHistory>, ProblemHttpResult>> (
                IndicatorLibrary library, Guid id, CancellationToken ct) =>
                await library.HistoryAsync(id, ct) is { } history
                    ? TypedResults.Ok(history)
                    : TypedResults.Problem(title: "未找到指标", detail: "指标库中没有该指标，或它不在您的数据范围内。", statusCode: StatusCodes.Status404NotFound))
          .WithName("GetIndicator").WithSummary("指标库条目及其历年指标值和实际完成值");
    }
}
