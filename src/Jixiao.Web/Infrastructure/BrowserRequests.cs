namespace Jixiao.Web.Infrastructure;

/// <summary>
/// Who gets an HTML error page (issue 15): a browser asking for a page — Accept names text/html and the path is not the
/// API. API clients and scripts keep problem+json. The API reference (/api/docs) is a page.
/// </summary>
public static class BrowserRequests
{
    public static bool WantsHtml(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var path = http.Request.Path;
        if (path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/docs")) return false;
        return http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
    }

    /// <summary>
    /// Pages answer errors with <c>/Error/{status}</c> (navigation, a Chinese reason, a way back); everything else as before:
    /// problem details from the status-code and exception middleware.
    /// </summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app, bool handleExceptions)
    {
        if (handleExceptions)
        {
            app.UseWhen(WantsHtml, b => b.UseExceptionHandler("/Error/500"));
            app.UseWhen(h => !WantsHtml(h), b => b.UseExceptionHandler());
        }
        app.UseWhen(WantsHtml, b => b.UseStatusCodePagesWithReExecute("/Error/{0}"));
        app.UseWhen(h => !WantsHtml(h), b => b.UseStatusCodePages());
        return app;
    }
}
