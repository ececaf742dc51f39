namespace Jixiao.Web.Auth;

/// <summary>
/// A user holding an administrator-issued password does nothing else until they set their own: pages redirect to
/// 修改密码, the API answers 403 with the reason. The account pages (change password, logout) stay reachable.
/// </summary>
public static class PasswordChangeGate
{
    public const string PagePath = "/Account/ChangePassword";
    public const string Reason = "管理员设置的临时密码须先修改：请在“修改密码”页面设置您自己的密码后再继续。";

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.User.HasClaim(c => c.Type == JixiaoClaims.TemporaryCredential) || context.Request.Path.StartsWithSegments("/Account"))
        {
            await next();
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: "请先修改密码", detail: Reason, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }
        var here = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{PagePath}?ReturnUrl={Uri.EscapeDataString(here)}");
    });
}
