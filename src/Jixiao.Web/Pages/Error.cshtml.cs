using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages;

/// <summary>
/// The error page a browser sees instead of problem+json (issue 15): the site navigation, what happened in Chinese and a
/// way back. Reached by re-execution from the status-code and exception middleware (<c>BrowserRequests</c>), with the
/// original method, so it answers any method and needs no antiforgery token.
/// </summary>
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string Heading { get; private set; } = "";
    public string Reason { get; private set; } = "";
    /// <summary>The request's id (its trace id), which its log lines carry: a clerk quotes it to the help desk (ADR-055).</summary>
    public string RequestId { get; private set; } = "";
    /// <summary>The page the user came from, when it is one of ours.</summary>
    public string? Back { get; private set; }

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        // Re-executed: the status is the original response's; a direct visit shows the code it names.
        // A direct post (nothing failed before) is a bad request, like a post to any page without its token.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        Status = reExecuted ? Response.StatusCode
            : !HttpMethods.IsGet(Request.Method) ? StatusCodes.Status400BadRequest
            : code is >= 400 and <= 599 ? code.Value : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        RequestId = Infrastructure.Telemetry.RequestIds.Of(HttpContext);
        (Heading, Reason) = Status switch
        {
            StatusCodes.Status400BadRequest => ("请求无效", "提交的内容无效或页面已过期。请返回上一页，刷新后重新操作。"),
            StatusCodes.Status401Unauthorized => ("请先登录", "登录已过期或尚未登录。请重新登录后再操作。"),
            StatusCodes.Status403Forbidden => ("无权访问", "您无权访问该页面或数据。如确需访问，请联系系统管理员。"),
            StatusCodes.Status404NotFound => ("未找到该页面", "您要访问的页面或数据不存在，或您无权查看。请检查地址，或从导航重新进入。"),
            StatusCodes.Status405MethodNotAllowed => ("无法执行该操作", "该页面不支持此操作。请返回上一页重新操作。"),
            StatusCodes.Status413PayloadTooLarge => ("提交的内容过大", "上传的文件或填写的内容超过了大小限制。请缩小后重试。"),
            StatusCodes.Status429TooManyRequests => ("操作过于频繁", "请稍候一分钟再试。"),
            _ when Status >= 500 => ("系统出错了", "系统处理您的请求时出错，您刚才的操作可能没有完成。请稍后重试；如果问题仍然存在，请联系系统管理员。"),
            _ => ("请求未完成", "请返回上一页重新操作。"),
        };
        var referer = Request.Headers.Referer.ToString();
        Back = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == Request.Host.Host && uri.PathAndQuery != Request.Path
            ? uri.PathAndQuery
            : null;
    }
}
