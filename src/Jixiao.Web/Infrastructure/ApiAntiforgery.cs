using Microsoft.AspNetCore.Antiforgery;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// Cross-site request forgery on the API. JSON bodies are safe by construction (a page on another origin cannot send
/// `application/json` with the user's cookie without a CORS preflight, which the app never grants). Form and
/// multipart bodies can be sent by any page, so every endpoint that binds one (the uploads) requires the antiforgery
/// token: the `RequestVerificationToken` header or the `__RequestVerificationToken` form field, paired with the
/// antiforgery cookie. The Razor pages embed the token in their forms; a script signed in with the cookie reads it
/// from `GET /api/v1/antiforgery` (same-origin only, so another site cannot read it).
/// </summary>
public static class ApiAntiforgery
{
    public sealed record TokenDto(string HeaderName, string FieldName, string Token);

    /// <summary>Validates the token for endpoints that bind a form (ASP.NET adds the requirement to them) and refuses in Chinese.</summary>
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app)
    {
        app.UseAntiforgery();
        return app.Use(async (ctx, next) =>
        {
            if (ctx.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } && ctx.Request.Path.StartsWithSegments("/api"))
            {
                ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
                await Results.Problem(title: "请求无效", statusCode: StatusCodes.Status400BadRequest,
                    detail: "请求缺少有效的防伪令牌，已拒绝，未保存任何内容。请从本系统的页面上传；脚本请先读取 /api/v1/antiforgery 并在请求头中带上令牌。")
                    .ExecuteAsync(ctx);
                return;
            }
            await next();
        });
    }

    public static void MapAntiforgeryApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return new TokenDto(tokens.HeaderName!, tokens.FormFieldName, tokens.RequestToken!);
            })
            .WithTags("账户").WithName("GetAntiforgeryToken").WithSummary("上传文件（表单、multipart）所需的防伪令牌；随响应设置配对的 Cookie");
}
