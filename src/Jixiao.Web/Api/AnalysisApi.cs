using System.ComponentModel;
using Jixiao.Web.Paging;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

public static class AnalysisApi
{
    public static void MapAnalysisApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/analysis", async Task<Results<Ok<AnalysisReport>, ProblemHttpResult>> (
                AnalysisService analysis, int? org, Guid? project, int? year,
                [Description("自评得分列表每页条数（" + PagedAnswer.SizeDescription + "）")] int? size,
                [Description("自评得分列表的下一页游标（上一页回答的 evaluationsNext）")] string? after, CancellationToken ct) =>
            {
                var page = PageRequest.Of(size, after);
                if (!AnalysisService.EvaluationOrder.Accepts(page))
                    return TypedResults.Problem(title: "分页参数无效", detail: "after 参数无效：请使用上一页回答中 evaluationsNext 的值，或去掉 after 从第一页开始。", statusCode: StatusCodes.Status400BadRequest);
                return await analysis.BuildAsync(org, project, year, page, ct) is { } report
                    ? TypedResults.Ok(report)
                    : TypedResults.Problem(title: "未找到分析对象", detail: "该单位或项目不存在，或不在您的数据范围内。", statusCode: StatusCodes.Status404NotFound);
            })
          .WithName("GetAnalysis").WithSummary("绩效分析：得分与等级分布、执行率、常见审核问题、同一指标历年对比（可按部门/单位/项目下钻；自评得分列表分页）");
    }
}
