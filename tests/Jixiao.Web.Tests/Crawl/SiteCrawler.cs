using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Jixiao.Web.Tests.Crawl;

public sealed record CrawledPage(string Account, string Url, string Kind, HttpStatusCode Status, bool IsHtml,
    IReadOnlyList<(string Word, string Context)> EnglishWords, IReadOnlyList<string> Guids, IReadOnlyList<string> TemplateSource);

/// <summary>
/// Breadth-first over same-origin GET links from `/`. Pages of one kind (the path with ids replaced) are visited at most
/// <see cref="PerKind"/> times per account, so the crawl sees every kind of page and stays short; downloads are
/// requested (status checked) but not parsed, each kind once per crawl (a PDF takes seconds to render, and the same
/// renderer serves every account). Logout and links that leave the site are skipped.
/// </summary>
internal static partial class SiteCrawler
{
    private const int PerKind = 3;
    public static readonly System.Collections.Concurrent.ConcurrentBag<(string Url, double Ms)> Timings = [];
    private static readonly HtmlParser Parser = new();

    public static async Task<List<CrawledPage>> CrawlAsync(HttpClient client, string account, ISet<string> downloadKinds,
        CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var pages = new List<CrawledPage>();
        while (queue.TryDequeue(out var url))
        {
            var kind = KindOf(url);
            if (perKind.GetValueOrDefault(kind) >= PerKind || downloadKinds.Contains(kind)) continue;
            perKind[kind] = perKind.GetValueOrDefault(kind) + 1;

            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request, ct);
            Timings.Add((url, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            var status = response.StatusCode;
            if (status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && response.Headers.Location is { } location)
            {
                Enqueue(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
                continue;
            }

            var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
            if (!isHtml)
            {
                downloadKinds.Add(kind);
                pages.Add(new(account, url, kind, status, false, [], [], []));
                continue;
            }

            var html = await response.Content.ReadAsStringAsync(ct);
            var text = VisibleText.Of(html);
            pages.Add(new(account, url, kind, status, true, VisibleText.EnglishWordsInContext(text).ToList(), VisibleText.Guids(text).ToList(), VisibleText.TemplateSource(text).ToList()));
            foreach (var href in Parser.ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                Enqueue(href);
        }

        return pages;

        void Enqueue(string href)
        {
            if (SameOrigin(href) is not { } path || Skip(path) || !seen.Add(path)) return;
            queue.Enqueue(path);
        }
    }

    private static string? SameOrigin(string href)
    {
        href = WebUtility.HtmlDecode(href).Trim();
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) href = href[..hash];
        if (href.StartsWith("http://localhost", StringComparison.OrdinalIgnoreCase)) href = new Uri(href).PathAndQuery;
        return href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) ? href : null;
    }

    private static bool Skip(string path) =>
        path.Contains("logout", StringComparison.OrdinalIgnoreCase) || path.Contains("Logout", StringComparison.Ordinal);

    private static string KindOf(string url)
    {
        var path = url.Split('?')[0];
        return Id().Replace(path, "{id}") + (url.Contains('?', StringComparison.Ordinal) ? "?" + string.Join("&",
            url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').Select(p => p.Split('=')[0]).Order()) : "");
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<=/)\d+(?=/|$)")]
    private static partial Regex Id();
}
