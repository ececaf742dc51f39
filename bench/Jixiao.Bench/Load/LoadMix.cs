namespace Jixiao.Bench.Load;

/// <summary>
/// Who works in a deadline week, as sessions on the running app: the 填报人 of <c>Counts.Units</c> units (from the
/// users file, spread evenly), one 主管部门 reviewer for each of the first <c>Counts.Departments</c> departments
/// (<c>d01</c>…, as the generator names them), <c>Counts.Finance</c> sessions of the 财政局 reviewer
/// (<c>finance</c>), <c>Counts.Public</c> anonymous readers and <c>Counts.Probes</c> probes of <c>/api/v1/me</c>.
/// </summary>
public static class LoadMix
{
    public sealed record Counts(int Units = 100, int Departments = 10, int Finance = 3, int Public = 20, int Probes = 4);

    public static List<Session> Create(Uri url, IReadOnlyList<string> unitUsers, string password, Counts counts)
    {
        var stride = Math.Max(1, unitUsers.Count / Math.Max(1, counts.Units));
        var mix = new List<Session>();
        mix.AddRange(Enumerable.Range(0, counts.Units).Select(i => new UnitUser(url, unitUsers[i * stride % unitUsers.Count], password, 1000 + i)));
        mix.AddRange(Enumerable.Range(0, counts.Departments).Select(i => new ReviewerUser(url, $"d{i + 1:00}", password, finance: false, 2000 + i)));
        mix.AddRange(Enumerable.Range(0, counts.Finance).Select(i => new ReviewerUser(url, "finance", password, finance: true, 3000 + i, share: i, shares: counts.Finance)));
        mix.AddRange(Enumerable.Range(0, counts.Public).Select(i => new PublicReader(url, 4000 + i)));
        mix.AddRange(Enumerable.Range(0, counts.Probes).Select(i => new MeProbe(url, unitUsers[(i * 7 + 3) % unitUsers.Count], password, 5000 + i)));
        return mix;
    }
}
