using System.ComponentModel;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Paging;
using Jixiao.Web.Services;

namespace Jixiao.Web.Api;

/// <summary>The audit trail is read-only over HTTP: no endpoint updates or deletes an event.</summary>
public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/audit/{type}/{id:guid}", async (HttpContext http, string type, Guid id, AuditTrail trail,
                [Description(PagedAnswer.SizeDescription)] int? size, [Description(PagedAnswer.AfterDescription)] string? after, CancellationToken ct) =>
            {
                var page = PageRequest.Of(size, after);
                if (!AuditTrail.FormOrder.Accepts(page)) return PagedAnswer.BadCursor();
                return await trail.PageForFormAsync(type, id, page, ct) is { } found
                    ? PagedAnswer.Ok(http, found, AuditEntry.From)
                    : TypedResults.Problem(statusCode: 404, title: "未找到或无权访问", detail: "没有这张表单，或它不在您的数据范围内。");
            }).Produces<List<AuditEntry>>().ProducesProblem(400).ProducesProblem(404)
            .WithTags("修改记录").WithName("GetFormAudit").WithSummary("一张表单的修改记录（谁、何时、字段原值→新值；旧的在前，分页）")
            .WithDescription(PagedAnswer.Description);
}
