using Jixiao.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// The last line behind the services: a write the store refused — a locked form (the context's guard or the
/// database triggers), a concurrent change, or a record created twice at once (a unique index) — answers 409 with
/// the Chinese reason instead of a server error, on the API. Pages keep the generic error page. The services catch
/// the create races they know and name the record (<see cref="UniqueViolation.TrySaveAsync"/>); this covers the rest.
/// </summary>
public sealed class StoreRefusalHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!http.Request.Path.StartsWithSegments("/api")) return false;
        var detail = exception switch
        {
            ImmutableRecordException e => e.Message,
            _ when ImmutabilityTriggerSql.IsRefusal(exception) => ImmutabilityTriggerSql.LockedMessage,
            DbUpdateConcurrencyException => "保存冲突：数据刚被他人修改，您的修改未保存。请刷新后重试。",
            _ when UniqueViolation.Is(exception) => "保存冲突：同一记录刚被他人同时创建，您的请求未执行。请刷新后查看。",
            _ => null,
        };
        if (detail is null) return false;
        http.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status409Conflict, Title = "数据已锁定或已被修改", Detail = detail },
        });
    }
}
