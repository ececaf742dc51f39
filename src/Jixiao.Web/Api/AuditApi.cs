using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>The audit trail is read-only over HTTP: no endpoint updates or deletes an event.</summary>
public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/audit/{type}/{id:guid}", async Task<Results<Ok<List<AuditEntry>>, ProblemHttpResult>> (string type, Guid id, AuditTrail trail, CancellationToken ct) =>
                await trail.ForFormAsync(type, id, ct) is { } found
                    ? TypedResults.Ok(found.Rows.Select(AuditEntry.From).ToList())
                    : TypedResults.Problem(statusCode: 404, title: "未找到或无权访问", detail: "没有这张表单，或它不在您的数据范围内。"))
            .WithTags("修改记录").WithName("GetFormAudit").WithSummary("一张表单的修改记录（谁、何时、字段原值→新值）");
}
