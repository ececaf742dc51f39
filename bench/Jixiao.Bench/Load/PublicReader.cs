namespace Jixiao.Bench.Load;

/// <summary>
/// An anonymous reader of the public disclosure (no sign-in): the list of published 单位预算, a search, one unit's
/// published budget, and the open data beside it.
/// </summary>
public sealed class PublicReader(Uri baseUri, int seed) : Session(baseUri, "public", seed)
{
    private static readonly string[] Searches = ["?year=2024", "?q=教育", "?q=卫生&year=2024", "?q=中心"];
    private List<string> published = [];

    /// <summary>A reader does not sign in: the first page they open stands for the login.</summary>
    public override async Task<Sample> LoginAsync(CancellationToken ct) => await IndexAsync(ct);

    public override IReadOnlyList<Step> Steps =>
    [
        new("index", 30, async ct => [await IndexAsync(ct)]),
        new("search", 20, async ct => [await GetAsync("search", "/Public/Disclosure" + Searches[Rng.Next(Searches.Length)], ct)]),
        new("view", 30, ViewAsync),
        new("data_api", 10, async ct => [await GetAsync("data_api", "/api/v1/public/disclosures?size=50", ct)]),
        new("open_data", 10, async ct => [await GetAsync("open_data", "/api/v1/public/open-data/disclosures.json?size=50", ct)]),
    ];

    private Task<Sample> IndexAsync(CancellationToken ct) =>
        GetAsync("index", "/Public/Disclosure", ct, html => published = Links.Starting(html, "/Public/Disclosure/"));

    /// <summary>One published 单位预算 from the list (the list again when nothing is published yet).</summary>
    private async Task<IReadOnlyList<Sample>> ViewAsync(CancellationToken ct) =>
        published.Count == 0 ? [await IndexAsync(ct)] : [await GetAsync("view", published[Rng.Next(published.Count)], ct)];
}
