using Jixiao.Web.Paging;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Jixiao.Web.Api;

/// <summary>
/// How a list endpoint answers one page (ADR-040): the body stays the JSON array of the rows, as every v1 list has
/// always answered, and the paging travels in headers — <c>X-Total-Count</c> (rows matching the filters),
/// <c>X-Next-Cursor</c> and an RFC 8288 <c>Link: &lt;…&amp;after=…&gt;; rel="next"</c> (both absent on the last page).
/// </summary>
public static class PagedAnswer
{
    public const string TotalHeader = "X-Total-Count";
    public const string NextHeader = "X-Next-Cursor";

    /// <summary>The OpenAPI description shared by every paged list endpoint.</summary>
    public const string Description =
        "分页：每页默认 50 条，最多 200 条（size 超过 200 按 200 计）。按固定顺序分页（最后以编号区分并列），" +
        "响应头 X-Total-Count 为符合筛选条件的总条数；还有下一页时，响应头 X-Next-Cursor 给出下一页的 after 参数，" +
        "Link 头（rel=\"next\"）给出下一页的完整地址。after 须原样使用，不能自行构造；无效的 after 返回 400。";

    public const string SizeDescription = "每页条数，默认 50，最多 200。";
    public const string AfterDescription = "上一页响应头 X-Next-Cursor 的值；不填为第一页。";

    public static IResult BadCursor() =>
        TypedResults.Problem(title: "分页参数无效", detail: "after 参数无效：请使用上一页响应头 X-Next-Cursor 的值，或去掉 after 从第一页开始。", statusCode: 400);

    public static IResult Ok<T, TOut>(HttpContext http, PageResult<T> page, Func<T, TOut> map)
    {
        Headers(http, page);
        return TypedResults.Ok(page.Items.Select(map).ToList());
    }

    /// <summary>The paging headers of <paramref name="page"/> (a file answer, such as open data, sends them too).</summary>
    public static void Headers<T>(HttpContext http, PageResult<T> page)
    {
        http.Response.Headers[TotalHeader] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (page.Next is { } next)
        {
            http.Response.Headers[NextHeader] = next;
            var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
            query["after"] = next;
            var url = http.Request.PathBase + http.Request.Path + QueryString.Create(query);
            http.Response.Headers.Link = $"<{url}>; rel=\"next\"";
        }
    }
}
