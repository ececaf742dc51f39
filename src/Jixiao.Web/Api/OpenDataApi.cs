using Jixiao.Documents.OpenData;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// Open data, schema v1 (docs/schema/README.md). Targets and self-evaluations under /api/v1/open-data need a sign-in
/// and follow the data scope; the published disclosure and the schema are anonymous under /api/v1/public/open-data
/// (everything else under /api/v1 answers 401 to anonymous callers).
/// </summary>
public static class OpenDataApi
{
    private const string Json = "application/json; charset=utf-8";
    private const string Csv = "text/csv; charset=utf-8";

    public static void MapOpenDataApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/open-data").WithTags("开放数据");
        g.MapGet("/targets.json", async (int? year, OpenDataService data, CancellationToken ct) =>
                TypedResults.File(OpenDataJson.Targets(await data.TargetsAsync(year, ct)), Json, FileName("targets", year, "json")))
            .WithName("OpenDataTargetsJson").WithSummary("绩效目标开放数据（JSON，v1）：可见范围内已批复或历史导入的申报表");
        g.MapGet("/targets.csv", async (int? year, OpenDataService data, CancellationToken ct) =>
                TypedResults.File(OpenDataCsv.Targets(await data.TargetsAsync(year, ct)), Csv, FileName("targets", year, "csv")))
            .WithName("OpenDataTargetsCsv").WithSummary("绩效目标开放数据（CSV，每条指标一行，UTF-8 带 BOM）");
        g.MapGet("/self-evaluations.json", async (int? year, OpenDataService data, CancellationToken ct) =>
                TypedResults.File(OpenDataJson.SelfEvaluations(await data.SelfEvaluationsAsync(year, ct)), Json, FileName("self-evaluations", year, "json")))
            .WithName("OpenDataSelfEvaluationsJson").WithSummary("绩效自评开放数据（JSON，v1）：可见范围内已确认或历史导入的自评");
        g.MapGet("/self-evaluations.csv", async (int? year, OpenDataService data, CancellationToken ct) =>
                TypedResults.File(OpenDataCsv.SelfEvaluations(await data.SelfEvaluationsAsync(year, ct)), Csv, FileName("self-evaluations", year, "csv")))
            .WithName("OpenDataSelfEvaluationsCsv").WithSummary("绩效自评开放数据（CSV，每条指标一行，UTF-8 带 BOM）");

        var pub = v1.MapGroup("/public/open-data").WithTags("开放数据").AllowAnonymous();
        pub.MapGet("/schema/v1.json", () => TypedResults.File(OpenDataSchema.V1(), "application/schema+json", OpenDataSchema.V1FileName))
            .AllowAnonymous().WithName("OpenDataSchemaV1").WithSummary("开放数据格式说明（JSON Schema 2020-12，v1）");
        pub.MapGet("/disclosures.json", async (OpenDataService data, CancellationToken ct) =>
                TypedResults.File(OpenDataJson.Disclosures(await data.PublishedDisclosuresAsync(ct)), Json, "disclosures-v1.json"))
            .AllowAnonymous().WithName("OpenDataDisclosuresJson").WithSummary("全部已公开的单位预算公开（JSON，v1，无需登录）");
        pub.MapGet("/disclosures/{unitId:int}/{year:int}.json", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int unitId, int year, int? version, OpenDataService data, CancellationToken ct) =>
                await data.PublishedDisclosureAsync(unitId, year, version, ct) is { } d
                    ? TypedResults.File(OpenDataJson.Disclosures([d]), Json, $"disclosure-{unitId}-{year}-v{d.Version}.json")
                    : NotFound())
            .AllowAnonymous().WithName("OpenDataDisclosureJson").WithSummary("一个单位一个年度已公开的预算公开（JSON，v1，无需登录）");
        pub.MapGet("/disclosures/{unitId:int}/{year:int}.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int unitId, int year, int? version, OpenDataService data, CancellationToken ct) =>
                await data.PublishedDisclosureAsync(unitId, year, version, ct) is { } d
                    ? TypedResults.File(DisclosureCsv.Write(d.Disclosure), Csv, $"disclosure-{unitId}-{year}-v{d.Version}.csv")
                    : NotFound())
            .AllowAnonymous().WithName("OpenDataDisclosureCsv").WithSummary("一个单位一个年度已公开的预算公开（CSV，每行一条表格行，无需登录）");
    }

    private static string FileName(string set, int? year, string extension) => year is { } y ? $"{set}-{y}-v1.{extension}" : $"{set}-v1.{extension}";

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: 404, title: "未找到", detail: "未找到已公开的预算公开。");
}
