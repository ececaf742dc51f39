namespace Jixiao.Bench.Load;

/// <summary>
/// The yardstick: a signed-in 填报人 asking only for <c>GET /api/v1/me</c> (cookie and claims, no database) at the
/// same pace as everyone else, so each page's p95 is read beside the trivial request's p95 of the same minutes.
/// </summary>
public sealed class MeProbe(Uri baseUri, string userName, string password, int seed) : Session(baseUri, "probe", seed)
{
    public override Task<Sample> LoginAsync(CancellationToken ct) => SignInAsync(userName, password, ct);

    public override IReadOnlyList<Step> Steps => [new("me", 1, async ct => [await TrivialAsync(ct)])];
}
