using System.ComponentModel;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Documents.OpenData;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Auth;
using Jixiao.Web.Paging;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// 单位预算公开 under /api/v1/disclosures (scoped like the screens: an id outside the scope is 404) and the anonymous
/// downloads under /api/v1/public/disclosures. A package is answered as the contract records of
/// <see cref="DisclosurePackage"/> (<see cref="DisclosureContractJson.Options"/>), not as the domain package or its stored JSON.
/// </summary>
public static class DisclosureApi
{
    public sealed record DisclosureSummaryDto(Guid Id, int UnitId, string UnitName, int Year, int Version, string State, string StateName,
        string? CorrectionNote, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);

    public sealed record FindingDto(string RuleId, string Severity, string Message, string? Table, int? Row, string? Evidence, bool Blocks);

    public sealed record DisclosureDetailDto(DisclosureSummaryDto Summary, Guid Stamp, IReadOnlyList<string> Actions,
        IReadOnlyList<FindingDto> Findings, IReadOnlyList<DisclosureCellEntry> Cells, DisclosurePackage Package);

    public sealed record PreviewDto(string? UnitName, int Year, IReadOnlyList<FindingDto> Findings, IReadOnlyList<ImportWarningDto> Warnings,
        IReadOnlyList<DisclosureCellEntry> Cells, DisclosurePackage Package);

    public sealed record ImportWarningDto(int Line, string Message);

    public sealed record UpdateRequest(Guid Stamp, Dictionary<string, decimal?> Amounts);

    public sealed record CheckRequest(Dictionary<string, decimal?> Amounts);

    public sealed record MoveRequest(string? Comment, Guid? Stamp);

    public sealed record CorrectRequest(string? Note);

    public sealed record PublicDisclosureDto(int UnitId, string UnitName, int Year, int Version, DateTimeOffset? PublishedAt,
        string? CorrectionNote, IReadOnlyList<DisclosureCellEntry> Cells, DisclosurePackage Package);

    public static void MapDisclosureApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/disclosures").WithTags("单位预算公开");

        g.MapGet("", async (HttpContext http, DisclosureService svc, int? year,
                [Description("状态：Draft、Submitted、Verification、Returned、Approved、Published、Superseded 等")] string? state,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                if (!StateFilter.TryParse(state, out var stateFilter, out var refusal)) return refusal!;
                var page = PageRequest.Of(size, after);
                if (!DisclosureService.Order.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, await svc.PageAsync(year, stateFilter, page, ct), Summary);
            }).Produces<List<DisclosureSummaryDto>>().ProducesProblem(400)
            .WithName("ListDisclosures").WithSummary("可见范围内的预算公开（筛选、分页）").WithDescription(PagedAnswer.Description);

        g.MapGet("/{id:guid}", async Task<Results<JsonHttpResult<DisclosureDetailDto>, ProblemHttpResult>> (Guid id, DisclosureService svc, CurrentUser me, CancellationToken ct) =>
                await svc.LoadAsync(id, ct) is { } d ? Detail(d, me) : NotFound())
            .WithName("GetDisclosure").WithSummary("预算公开：八张表、说明数字与审核问题");

        // Multipart uploads require the antiforgery token (ApiAntiforgery): SameSite=Lax does not stop a page on another
        // port of the same host, which is the same site.
        g.MapPost("/import-preview", async Task<Results<JsonHttpResult<PreviewDto>, ProblemHttpResult>> (IFormFile file, DisclosureService svc, CancellationToken ct) =>
            {
                var preview = await svc.PreviewAsync(file.FileName, await ReadAsync(file, ct), ct);
                if (preview.Package is not { } p) return Problem(422, "无法导入", preview.Error);
                return TypedResults.Json(new PreviewDto(p.UnitName, p.Year, Findings(preview.Findings),
                    preview.Warnings.Select(w => new ImportWarningDto(w.Line, w.Message)).ToList(), DisclosureContractMapper.Cells(DisclosureCells.Of(p)), DisclosureContractMapper.Package(p)), DisclosureContractJson.Options);
            })
            .WithName("PreviewDisclosureImport").WithSummary("导入预览：解析文档并审核，不保存");

        g.MapPost("", async Task<Results<Created<DisclosureSummaryDto>, ProblemHttpResult>> (IFormFile file, DisclosureService svc, CancellationToken ct) =>
            {
                var outcome = await svc.CreateAsync(file.FileName, await ReadAsync(file, ct), ct);
                if (!outcome.Success) return Fail(outcome);
                var loaded = (await svc.LoadAsync(outcome.Entity!.Id, ct))!;
                return TypedResults.Created($"/api/v1/disclosures/{loaded.Entity.Id}", Summary(loaded.Entity));
            })
            .WithName("CreateDisclosure").WithSummary("导入文档，生成本单位的预算公开草稿");

        g.MapPut("/{id:guid}", async Task<Results<JsonHttpResult<DisclosureDetailDto>, ProblemHttpResult>> (Guid id, UpdateRequest body, DisclosureService svc, CurrentUser me, CancellationToken ct) =>
            {
                var outcome = await svc.UpdateAsync(id, body.Amounts ?? [], body.Stamp, ct);
                return outcome.Success ? Detail((await svc.LoadAsync(id, ct))!, me) : Fail(outcome);
            })
            .WithName("UpdateDisclosure").WithSummary("修改草稿中的金额（按单元格键），保存后重新审核");

        g.MapPost("/{id:guid}/check", async Task<Results<Ok<List<FindingDto>>, ProblemHttpResult>> (Guid id, CheckRequest body, DisclosureService svc, CancellationToken ct) =>
            {
                if (await svc.LoadAsync(id, ct) is not { } d) return NotFound();
                var changed = DisclosureCells.Apply(d.Model, body.Amounts ?? [], out var unknown);
                if (unknown.Count > 0) return Problem(422, "未知的单元格", string.Join("、", unknown));
                return TypedResults.Ok(Findings(DisclosureService.Check(changed, d.PriorYear)));
            })
            .WithName("CheckDisclosure").WithSummary("即时审核：按填写的金额重新检查，不保存");

        MapMove(g, "submit", WorkflowAction.Submit, "提交审核（存在错误级问题时拒绝并列出问题）");
        MapMove(g, "approve", WorkflowAction.Approve, "审核通过");
        MapMove(g, "return", WorkflowAction.Return, "退回（须填写审核意见）");
        MapMove(g, "publish", WorkflowAction.Publish, "公开");

        g.MapGet("/{id:guid}/comments", async Task<Results<Ok<List<FormComment>>, ProblemHttpResult>> (Guid id, DisclosureService svc, ReviewCommentAnswers comments, CancellationToken ct) =>
                await svc.LoadAsync(id, ct) is { } d
                    ? TypedResults.Ok((await comments.OnAsync(ReviewForm.Disclosure, d.Entity.Id, ct)).Select(FormComment.From).ToList())
                    : NotFound())
            .WithName("ListDisclosureComments").WithSummary("预算公开的审核意见");

        g.MapPost("/{id:guid}/comments/{commentId:guid}/reply", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid commentId, TextRequest body, DisclosureService svc, CancellationToken ct) =>
                await svc.ReplyAsync(id, commentId, body.Text, ct) is var o && o.Success ? TypedResults.NoContent() : Fail(o))
            .WithName("ReplyDisclosureComment").WithSummary("单位答复审核意见；审核人调用则关闭该意见");

        g.MapPost("/{id:guid}/comments/{commentId:guid}/resolve", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Guid commentId, DisclosureService svc, CancellationToken ct) =>
                await svc.ReplyAsync(id, commentId, null, ct, CommentAnswer.Resolve) is var o && o.Success ? TypedResults.NoContent() : Fail(o))
            .WithName("ResolveDisclosureComment").WithSummary("审核人将审核意见标记为已解决");

        g.MapPost("/{id:guid}/correct", async Task<Results<Created<DisclosureSummaryDto>, ProblemHttpResult>> (Guid id, CorrectRequest body, DisclosureService svc, CancellationToken ct) =>
            {
                var outcome = await svc.CorrectAsync(id, body.Note, ct);
                return outcome.Success
                    ? TypedResults.Created($"/api/v1/disclosures/{outcome.Entity!.Id}", Summary((await svc.LoadAsync(outcome.Entity.Id, ct))!.Entity))
                    : Fail(outcome);
            })
            .WithName("CorrectDisclosure").WithSummary("更正已公开的预算公开：生成新版本草稿（附更正说明）");

        var pub = v1.MapGroup("/public/disclosures").WithTags("公开数据").AllowAnonymous();
        pub.MapGet("", async (HttpContext http, DisclosureService svc, int? year, [Description("按单位名称查找")] string? q,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                var page = PageRequest.Of(size, after);
                if (!DisclosureService.PublishedOrder.Accepts(page)) return PagedAnswer.BadCursor();
                return PagedAnswer.Ok(http, await svc.PagePublishedAsync(year, q, page, ct), Summary);
            }).Produces<List<DisclosureSummaryDto>>().ProducesProblem(400)
            .AllowAnonymous().WithName("ListPublicDisclosures").WithSummary("已公开的预算公开（无需登录；筛选、分页）").WithDescription(PagedAnswer.Description);
        pub.MapGet("/{unitId:int}/{year:int}.json", async Task<Results<JsonHttpResult<PublicDisclosureDto>, ProblemHttpResult>> (int unitId, int year, int? version, DisclosureService svc, CancellationToken ct) =>
            {
                if (await svc.PublicAsync(unitId, year, version, ct) is not { } e) return NotFound();
                var p = DisclosureService.ToDomain(e);
                return TypedResults.Json(new PublicDisclosureDto(e.UnitId, e.Unit!.Name, e.Year, e.Version, e.PublishedAt, e.CorrectionNote,
                    DisclosureContractMapper.Cells(DisclosureCells.Of(p)), DisclosureContractMapper.Package(p)), DisclosureContractJson.Options);
            })
            .AllowAnonymous().WithName("DownloadDisclosureJson").WithSummary("下载已公开的预算公开（JSON，无需登录）");
        pub.MapGet("/{unitId:int}/{year:int}.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int unitId, int year, int? version, DisclosureService svc, CancellationToken ct) =>
            {
                if (await svc.PublicAsync(unitId, year, version, ct) is not { } e) return NotFound();
                var csv = DisclosureCsv.Write(DisclosureService.ToDomain(e));
                return TypedResults.File(csv, "text/csv; charset=utf-8", $"disclosure-{unitId}-{year}-v{e.Version}.csv");
            })
            .AllowAnonymous().WithName("DownloadDisclosureCsv").WithSummary("下载已公开的预算公开（CSV，UTF-8 带 BOM，无需登录）");
        foreach (var (extension, name) in new[] { ("pdf", "Pdf"), ("xlsx", "Xlsx") })
            pub.MapGet($"/{{unitId:int}}/{{year:int}}.{extension}", (int unitId, int year, int? version, DisclosureService svc,
                    Services.Documents.FormExportService export, CancellationToken ct) => PublicDocumentAsync(unitId, year, version, extension, svc, export, ct))
                .AllowAnonymous().WithName($"DownloadDisclosure{name}")
                .WithSummary($"下载已公开的预算公开（{(extension == "pdf" ? "PDF" : "Excel")}，正式版式：编制说明、八张表与其他相关情况说明，无需登录）");
    }

    // The official layout of the published package, drawn by the same renderers as the signed-in export, with the
    // figures of the public page (no target forms: those are not part of what the public page shows).
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PublicDocumentAsync(int unitId, int year, int? version,
        string extension, DisclosureService svc, Services.Documents.FormExportService export, CancellationToken ct)
    {
        if (await svc.PublicAsync(unitId, year, version, ct) is not { } e) return NotFound();
        Jixiao.Documents.Export.ExportFormats.TryParse(extension, out var format);
        if (!export.Formats.Contains(format))
            return TypedResults.Problem(title: "暂不能生成该格式", detail: "服务器暂不能生成 PDF 文件，请下载 Excel 或直接打印网页。", statusCode: 503);
        var file = export.Render(Jixiao.Documents.Export.FormLayouts.Disclosure(DisclosureService.ToDomain(e)), format)!;
        var name = e.State == FormState.Superseded ? file.FileName.Replace($".{extension}", $"-第{e.Version}版.{extension}", StringComparison.Ordinal) : file.FileName;
        return TypedResults.File(file.Bytes, file.ContentType, name);
    }

    private static void MapMove(RouteGroupBuilder g, string verb, WorkflowAction action, string summary) =>
        g.MapPost($"/{{id:guid}}/{verb}", async Task<Results<JsonHttpResult<DisclosureDetailDto>, ProblemHttpResult>> (Guid id, MoveRequest? body, DisclosureService svc, CurrentUser me, CancellationToken ct) =>
            {
                var outcome = await svc.MoveAsync(id, action, body?.Comment, body?.Stamp, ct);
                return outcome.Success ? Detail((await svc.LoadAsync(id, ct))!, me) : Fail(outcome);
            })
            .WithName($"{char.ToUpperInvariant(verb[0])}{verb[1..]}Disclosure").WithSummary(summary);

    public static DisclosureSummaryDto Summary(DisclosureEntity e) =>
        new(e.Id, e.UnitId, e.Unit?.Name ?? "", e.Year, e.Version, e.State.ToString(), FormStateNames.Chinese(e.State), e.CorrectionNote, e.PublishedAt, e.UpdatedAt);

    public static List<FindingDto> Findings(IEnumerable<Finding> findings) =>
        findings.Select(f => new FindingDto(f.RuleId, f.Severity.ToString(), f.Message, f.Field, f.Row, f.Evidence, f.Blocks)).ToList();

    private static JsonHttpResult<DisclosureDetailDto> Detail(LoadedDisclosure d, CurrentUser me) =>
        TypedResults.Json(new DisclosureDetailDto(Summary(d.Entity), d.Entity.ConcurrencyStamp,
            me.Role is { } r ? FormWorkflow.Disclosure.ActionsFor(d.Entity.State, r).Select(a => a.ToString()).ToList() : [],
            Findings(d.Findings), DisclosureContractMapper.Cells(DisclosureCells.Of(d.Model)), DisclosureContractMapper.Package(d.Model)), DisclosureContractJson.Options);

    private static ProblemHttpResult Fail(DisclosureOutcome o)
    {
        if (o.Refusal is { } refusal) return RefusalProblems.AsProblem(refusal);
        var problem = TypedResults.Problem(statusCode: o.Status, title: Title(o.Status), detail: o.Error);
        if (o.Blocking.Count > 0) problem.ProblemDetails.Extensions["findings"] = Findings(o.Blocking);
        return problem;
    }

    private static string Title(int status) => status switch
    {
        404 => "未找到",
        403 => "无权操作",
        409 => "操作被拒绝",
        _ => "无法处理",
    };

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: 404, title: "未找到", detail: "未找到该预算公开。");

    private static ProblemHttpResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
