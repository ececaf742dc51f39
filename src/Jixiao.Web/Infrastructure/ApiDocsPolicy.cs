using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// The interactive API reference (Scalar, /api/docs) under the app's own Content-Security-Policy plus exactly one
/// thing it needs: the hash of the inline module script that boots it (`initialize(…)` with the document's address).
/// Everything else Scalar uses the app policy already allows — its bundle from this origin (script-src 'self'), the
/// style elements and attributes it injects (style-src 'unsafe-inline', as the app), data: icons, and requests to
/// this origin (connect-src 'self'). Its web fonts are turned off (they would come from fonts.scalar.com), and no
/// 'unsafe-inline' or 'unsafe-eval' script is allowed.
/// </summary>
public static partial class ApiDocsPolicy
{
    public static IApplicationBuilder UseApiDocsPolicy(this IApplicationBuilder app) =>
        app.UseWhen(ctx => ctx.Request.Path.Value is "/api/docs" or "/api/docs/", docs => docs.Use(async (ctx, next) =>
        {
            // The page is small; it is buffered so the header can name the hash of what is actually sent.
            var original = ctx.Response.Body;
            using var buffer = new MemoryStream();
            ctx.Response.Body = buffer;
            try { await next(); }
            finally { ctx.Response.Body = original; }
            if (ctx.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                ctx.Response.Headers.ContentSecurityPolicy = For(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            buffer.Position = 0;
            await buffer.CopyToAsync(original, ctx.RequestAborted);
        }));

    /// <summary>The app policy with the hashes of the page's inline scripts added to script-src.</summary>
    public static string For(string html)
    {
        var hashes = InlineScript().Matches(html)
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'")
            .Distinct();
        return SecurityHeaders.ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self' " + string.Join(' ', hashes), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
