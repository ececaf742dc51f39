using System.ComponentModel;
using Jixiao.Documents.OpenData;
using Jixiao.Web.Paging;
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
        g.MapGet("/targets.json", (HttpContext http, int? year, [Description(PagedAnswer.SizeDescription)] int? size,
                [Description(PagedAnswer.AfterDescription)] string? after, OpenDataService data, CancellationToken ct) =>
                Paged(http, OpenDataService.TargetsOrder, size, after, p => data.TargetsAsync(year, p, ct),
                    rows => OpenDataJson.Targets([.. rows]), Json, FileName("targets", year, "json")))
            .ProducesProblem(400)
            .WithName("OpenDataTargetsJson").WithSummary("绩效目标开放数据（JSON，v1）：可见范围内已批复或历史导入的申报表；按项目分页")
            .WithDescription(FileDescription);
        g.MapGet("/targets.csv", (HttpContext http, int? year, [Description(PagedAnswer.SizeDescription)] int? size,
                [Description(PagedAnswer.AfterDescription)] string? after, OpenDataService data, CancellationToken ct) =>
                Paged(http, OpenDataService.TargetsOrder, size, after, p => data.TargetsAsync(year, p, ct),
                    rows => OpenDataCsv.Targets([.. rows]), Csv, FileName("targets", year, "csv")))
            .ProducesProblem(400)
            .WithName("OpenDataTargetsCsv").WithSummary("绩效目标开放数据（CSV，每条指标一行，UTF-8 带 BOM）；按项目分页")
            .WithDescription(FileDescription);
        g.MapGet("/self-evaluations.json", (HttpContext http, int? year, [Description(PagedAnswer.SizeDescription)] int? size,
                [Description(PagedAnswer.AfterDescription)] string? after, OpenDataService data, CancellationToken ct) =>
                Paged(http, OpenDataService.EvaluationsOrder, size, after, p => data.SelfEvaluationsAsync(year, p, ct),
                    rows => OpenDataJson.SelfEvaluations([.. rows]), Json, FileName("self-evaluations", year, "json")))
            .ProducesProblem(400)
            .WithName("OpenDataSelfEvaluationsJson").WithSummary("绩效自评开放数据（JSON，v1）：可见范围内已确认或历史导入的自评；按自评表分页")
            .WithDescription(FileDescription);
        g.MapGet("/self-evaluations.csv", (HttpContext http, int? year, [Description(PagedAnswer.SizeDescription)] int? size,
                [Description(PagedAnswer.AfterDescription)] string? after, OpenDataService data, CancellationToken ct) =>
                Paged(http, OpenDataService.EvaluationsOrder, size, after, p => data.SelfEvaluationsAsync(year, p, ct),
                    rows => OpenDataCsv.SelfEvaluations([.. rows]), Csv, FileName("self-evaluations", year, "csv")))
            .ProducesProblem(400)
            .WithName("OpenDataSelfEvaluationsCsv").WithSummary("绩效自评开放数据（CSV，每条指标一行，UTF-8 带 BOM）；按自评表分页")
            .WithDescription(FileDescription);

        var pub = v1.MapGroup("/public/open-data").WithTags("开放数据").AllowAnonymous();
        pub.MapGet("/schema/v1.json", () => TypedResults.File(OpenDataSchema.V1(), "application/schema+json", OpenDataSchema.V1FileName))
            .AllowAnonymous().WithName("OpenDataSchemaV1").WithSummary("开放数据格式说明（JSON Schema 2020-12，v1）");
        pub.MapGet("/disclosures.json", (HttpContext http, [Description(PagedAnswer.SizeDescription)] int? size,
                [Description(PagedAnswer.AfterDescription)] string? after, OpenDataService data, CancellationToken ct) =>
                Paged(http, DisclosureService.PublishedOrder, size, after, p => data.PublishedDisclosuresAsync(p, ct),
                    rows => OpenDataJson.Disclosures([.. rows]), Json, "disclosures-v1.json"))
            .ProducesProblem(400)
            .AllowAnonymous().WithName("OpenDataDisclosuresJson").WithSummary("已公开的单位预算公开（JSON，v1，无需登录）；按份分页")
            .WithDescription(FileDescription);
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

    /// <summary>
    /// Each file holds one page of forms (ADR-049), and at most <see cref="MaxFileBytes"/> of them: a page of large forms
    /// (a unit's eight budget tables) is cut to the forms that fit, in the same order, the next page starting after the
    /// last one sent; a single form larger than that still comes alone. So no file grows with the forms' size either.
    /// </summary>
    private const string FileDescription = "文件按表单分页：" + PagedAnswer.Description +
        "每个文件不超过 400 KB：表单较大时本页少给几份，其余从下一页（X-Next-Cursor）继续；单份超过 400 KB 时该文件只含这一份。";

    /// <summary>The default byte budget of one file (<c>OpenData:MaxFileBytes</c>), under the 512 KB a response may reach.</summary>
    public const int MaxFileBytes = 400 * 1024;

    private static async Task<IResult> Paged<TKey, TRow>(HttpContext http, KeysetOrder<TKey> order, int? size, string? after,
        Func<PageRequest, Task<PageResult<TRow>>> read, Func<IReadOnlyList<TRow>, byte[]> write, string contentType, string fileName)
    {
        var page = PageRequest.Of(size, after);
        if (!order.Accepts(page)) return PagedAnswer.BadCursor();
        var budget = http.RequestServices.GetRequiredService<IConfiguration>().GetValue("OpenData:MaxFileBytes", MaxFileBytes);
        var rows = await read(page);
        var bytes = write(rows.Items);
        while (bytes.Length > budget && rows.Items.Count > 1)
        {
            // Forms of one file are alike in size, so the share that fits is a good guess; it shrinks until one fits.
            var fits = (int)Math.Min(rows.Items.Count - 1L, Math.Max(1L, rows.Items.Count * (long)budget * 9 / 10 / bytes.Length));
            rows = await read(PageRequest.Of(fits, after));
            bytes = write(rows.Items);
        }
        PagedAnswer.Headers(http, rows);
        return TypedResults.File(bytes, contentType, fileName);
    }

    private static string FileName(string set, int? year, string extension) => year is { } y ? $"{set}-{y}-v1.{extension}" : $"{set}-v1.{extension}";

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: 404, title: "未找到", detail: "未找到已公开的预算公开。");
}
