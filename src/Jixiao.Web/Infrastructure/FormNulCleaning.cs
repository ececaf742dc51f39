namespace Jixiao.Web.Infrastructure;

/// <summary>
/// A posted form (application/x-www-form-urlencoded) loses its encoded NULs (`%00`) before anything reads it. The
/// framework's form reader refuses a NUL by throwing: antiforgery then answers a bare 400, and where the token came
/// in a header the page handler ran on an empty form ("项目名称为必填项" for a name that was typed, or an empty save).
/// Removing the NUL is what every other boundary does with control characters (<see cref="TextHygieneSetup"/>): it
/// is invisible, arrives by copy-paste, and the rest of the text is what the user meant. The binder then cleans the
/// other control characters. Bodies are at most <see cref="RequestLimits.MaxBodyBytes"/> (checked before this runs).
/// </summary>
public static class FormNulCleaning
{
    private static readonly byte[] EncodedNul = "%00"u8.ToArray();

    public static IApplicationBuilder UseFormNulCleaning(this IApplicationBuilder app) =>
        app.Use(async (ctx, next) =>
        {
            if (ctx.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var buffer = new MemoryStream();
                await ctx.Request.Body.CopyToAsync(buffer, ctx.RequestAborted);
                var bytes = buffer.ToArray();
                // `%00` is a NUL and nothing else: a typed "%" is sent as `%25`, so `%2500` (the text "%00") never matches.
                if (bytes.AsSpan().IndexOf(EncodedNul) >= 0) bytes = Without(bytes, EncodedNul);
                ctx.Request.Body = new MemoryStream(bytes, writable: false);
                ctx.Request.ContentLength = bytes.Length;
            }
            await next();
        });

    private static byte[] Without(byte[] bytes, byte[] part)
    {
        using var result = new MemoryStream(bytes.Length);
        var rest = bytes.AsSpan();
        for (var at = rest.IndexOf(part); at >= 0; at = rest.IndexOf(part))
        {
            result.Write(rest[..at]);
            rest = rest[(at + part.Length)..];
        }
        result.Write(rest);
        return result.ToArray();
    }
}
