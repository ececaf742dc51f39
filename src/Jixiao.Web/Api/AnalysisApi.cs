using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

public static class AnalysisApi
{
    public static void MapAnalysisApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/analysis", async Task<Results<Ok<AnalysisReport>, ProblemHttpResult>> (
                AnalysisService analysis, int? org, Guid? project, int? year, CancellationToken ct) =>
                await analysis.BuildAsync(org, project, year, ct) is { } report
                    ? TypedResults.Ok(report)
                    : TypedResults.Problem(title: "未找到分析对象", detail: "该单位或项目不存在，或不在您的数据范围内。", statusCode: StatusCodes.Status404NotFound))
          .WithName("GetAnalysis").WithSummary("绩效分析：得分与等级分布、执行率、常见审核问题、同一指标历年对比（可按部门/单位/项目下钻）");
    }
}
