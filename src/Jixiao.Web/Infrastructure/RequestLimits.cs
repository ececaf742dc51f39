using Microsoft.AspNetCore.Http.Features;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// Request bodies beyond what any form needs are refused with 413 before anything reads them: uploads (multipart)
/// up to the importer's 50 MB plus envelope, everything else (JSON, posted forms) up to 4 MB. The declared length is
/// checked up front; a chunked body is capped through the server's limit feature (Kestrel).
/// </summary>
public static class RequestLimits
{
    public const long MaxUploadBytes = 51L * 1024 * 1024;
    public const long MaxBodyBytes = 4L * 1024 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (ctx, next) =>
        {
            var limit = ctx.Request.HasFormContentType && ctx.Request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
                ? MaxUploadBytes
                : MaxBodyBytes;
            if (ctx.Request.ContentLength > limit)
            {
                ctx.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await Results.Problem(title: "请求内容过大", detail: $"请求内容超过 {limit / 1024 / 1024} MB 的上限。",
                    statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(ctx);
                return;
            }

            if (ctx.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
            await next();
        });
}
