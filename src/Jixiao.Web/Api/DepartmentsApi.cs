using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

public static class DepartmentsApi
{
    public static void MapDepartmentsApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/departments/{unitId:int}/years/{year:int}", async Task<Results<Ok<DepartmentYear>, ProblemHttpResult>> (
                DepartmentRollUps departments, int unitId, int year, CancellationToken ct) =>
                await departments.YearAsync(unitId, year, ct) is { } answer
                    ? TypedResults.Ok(answer)
                    : TypedResults.Problem(title: "未找到主管部门", detail: "该主管部门不存在，或不在您的数据范围内。", statusCode: StatusCodes.Status404NotFound))
          .WithName("GetDepartmentYear")
          .WithSummary("部门整体：主管部门当年的部门整体支出绩效目标表、年度履职目标，以及所属项目的金额与自评得分汇总和合计核对");
}
