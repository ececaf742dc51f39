using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Jixiao.Web.Paging;

/// <summary>
/// What the shared <c>_Pager</c> partial shows under a list: the count of matches, which rows this page holds, and
/// links to the next and the first page that keep every filter of the current query string (a link can be shared;
/// the browser's back button returns to the previous page).
/// </summary>
public sealed record Pager(int Total, int FirstShown, int LastShown, string? NextUrl, string? FirstUrl, string Noun)
{
    public static Pager For<T>(HttpRequest request, PageResult<T> page, string noun = "项")
    {
        string Url(string? after)
        {
            var query = QueryHelpers.ParseQuery(request.QueryString.Value);
            query.Remove("after");
            query.Remove("handler");
            if (after is not null) query["after"] = after;
            return request.PathBase + request.Path + QueryString.Create(query);
        }
        return new Pager(page.Total, page.FirstShown, page.LastShown, page.Next is { } next ? Url(next) : null,
            page.Before > 0 ? Url(null) : null, noun);
    }
}
