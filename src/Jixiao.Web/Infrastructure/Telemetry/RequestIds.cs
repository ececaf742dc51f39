using System.Diagnostics;

namespace Jixiao.Web.Infrastructure.Telemetry;

/// <summary>
/// The id of a request (ADR-055): its W3C trace id, which every log line of the request carries (<c>TraceId</c>, logging's
/// activity tracking) and the traces are filed under. Every response carries it as <c>X-Request-Id</c>, and the error
/// page shows it as 请求编号 for a clerk to quote to the help desk.
/// </summary>
public static class RequestIds
{
    public const string Header = "X-Request-Id";

    public static string Of(HttpContext context) =>
        Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : context.TraceIdentifier;

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Added as the response starts: the exception handler clears the headers of a failed response before its page.
        var id = Of(context);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
