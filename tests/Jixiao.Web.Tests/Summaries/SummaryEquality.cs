using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Summaries;

/// <summary>
/// Compares the 分析 report and the 指标库 read from the summaries (ADR-051) with the oracles (the per-request computation
/// they replaced) for one user over every focus and year of the user's scope, every project, and every library entry.
/// </summary>
internal static class SummaryEquality
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A principal as the sign-in makes it: name, role, organization id and path.</summary>
    public static ClaimsPrincipal Principal(string userName, string role, Organization org) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userName),
            new Claim(ClaimTypes.Name, userName),
            new Claim(ClaimTypes.Role, role),
            new Claim(JixiaoClaims.OrgId, org.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(JixiaoClaims.OrgPath, org.Path),
            new Claim(JixiaoClaims.OrgName, org.Name),
        ], "test"));

    /// <summary>The administrator's rule settings as the app reads them (none are set in these districts).</summary>
    public static LintRuleSettings Rules(JixiaoDbContext db, CurrentUser me) =>
        new(db, me, new AuditLog(db, me, TimeProvider.System), TimeProvider.System);

    /// <summary>Checks every report and library answer of <paramref name="me"/>; returns how many reports were compared.</summary>
    public static async Task<int> AssertSameAsync(JixiaoDbContext db, CurrentUser me, int maxProjects = int.MaxValue)
    {
        var fresh = new AnalysisService(db, me, SummaryEquality.Rules(db, me));
        var oracle = new AnalysisOracle(db, me);
        var orgs = await me.ScopeOrgs(db.Organizations.AsNoTracking()).OrderBy(o => o.Path).ToListAsync(Ct);
        var years = await me.Scope(db.Projects.AsNoTracking()).Select(p => p.Year).Distinct().ToListAsync(Ct);
        var compared = 0;
        foreach (var org in orgs.Select(o => (int?)o.Id).Prepend(null))
            foreach (var year in years.Select(y => (int?)y).Prepend(null))
            {
                Same(await oracle.BuildAsync(org, null, year, Ct), await AllPagesAsync(fresh, org, null, year), $"org {org} year {year}");
                compared++;
            }
        var projects = await me.Scope(db.Projects.AsNoTracking()).OrderBy(p => p.Name).Select(p => p.Id).Take(maxProjects).ToListAsync(Ct);
        foreach (var project in projects)
        {
            Same(await oracle.BuildAsync(null, project, null, Ct), await AllPagesAsync(fresh, null, project, null), $"project {project}");
            compared++;
        }

        var library = new IndicatorLibrary(db, me, new AuditLog(db, me, TimeProvider.System));
        var libraryOracle = new LibraryOracle(db, me);
        var latest = await LatestTargetsAsync(db, me);
        var entries = await library.SearchAsync(null, 500, Ct);
        Same(Untied(await libraryOracle.SearchAsync(null, 500, Ct), latest), Untied(entries, latest), "指标库");
        Same(Untied(await libraryOracle.SearchAsync("满意", 50, Ct), latest), Untied(await library.SearchAsync("满意", 50, Ct), latest), "指标库 满意");
        await AssertSamePagesAsync(db, me, libraryOracle, latest, new IndicatorListFilter());
        await AssertSamePagesAsync(db, me, libraryOracle, latest, new IndicatorListFilter(Q: "满意", Sort: "name"));
        if (entries.FirstOrDefault(e => e.Level1.Length > 0) is { } first)
        {
            await AssertSamePagesAsync(db, me, libraryOracle, latest, new IndicatorListFilter(Level1: first.Level1));
            await AssertSamePagesAsync(db, me, libraryOracle, latest, new IndicatorListFilter(Q: "指标", Level1: first.Level1, Sort: "name"));
        }
        foreach (var entry in entries.Take(maxProjects))
            Same(Untied(await libraryOracle.HistoryAsync(entry.Id, Ct), latest), Untied(await library.HistoryAsync(entry.Id, Ct), latest), $"指标 {entry.Name}");
        return compared;
    }

    /// <summary>
    /// The report with its 自评得分 list followed page by page (ADR-056; small pages, so the demo's lists span several):
    /// every page holds what its position says, and the pages together are the list the oracle computes in one piece.
    /// </summary>
    private static async Task<AnalysisReport?> AllPagesAsync(AnalysisService fresh, int? org, Guid? project, int? year)
    {
        var first = await fresh.BuildAsync(org, project, year, Jixiao.Web.Paging.PageRequest.Of(7, null), Ct);
        if (first is null) return null;
        var all = first.Evaluations.ToList();
        for (var next = first.EvaluationsNext; next is not null;)
        {
            var page = (await fresh.BuildAsync(org, project, year, Jixiao.Web.Paging.PageRequest.Of(7, next), Ct))!;
            Assert.Equal(all.Count, page.EvaluationsBefore);
            Assert.Equal(first.EvaluationsTotal, page.EvaluationsTotal);
            Assert.InRange(page.Evaluations.Count, 1, 7);
            Assert.Equal(first with { Evaluations = [], EvaluationsBefore = 0, EvaluationsNext = null }, page with { Evaluations = [], EvaluationsBefore = 0, EvaluationsNext = null }, ReportEquality.Instance);
            all.AddRange(page.Evaluations);
            next = page.EvaluationsNext;
            Assert.True(all.Count <= first.EvaluationsTotal, "the pages hold more rows than the count");
        }
        Assert.Equal(first.EvaluationsTotal, all.Count);
        // The oracle computed the list in one piece; its page fields are the defaults.
        return first with { Evaluations = all, EvaluationsTotal = 0, EvaluationsBefore = 0, EvaluationsNext = null };
    }

    // Two reports are the same when their JSON is (records of lists compare their lists by reference).
    private sealed class ReportEquality : IEqualityComparer<AnalysisReport>
    {
        public static readonly ReportEquality Instance = new();
        public bool Equals(AnalysisReport? x, AnalysisReport? y) => Json(Normalise(x)) == Json(Normalise(y));
        public int GetHashCode(AnalysisReport obj) => 0;
    }

    /// <summary>
    /// The 指标库 list as its pages give it (SQL keyset pages, ADR-056), followed page by page with small pages: every
    /// entry the oracle finds for the filter, once, in the documented order, with the same figures; the same count and
    /// the same 一级指标 choices on every page.
    /// </summary>
    private static async Task AssertSamePagesAsync(JixiaoDbContext db, CurrentUser me, LibraryOracle oracle, Dictionary<Guid, HashSet<string>> latest,
        IndicatorListFilter filter)
    {
        var found = await oracle.AllAsync(filter.Query, Ct);
        var choices = found.Select(e => e.Level1).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var matching = found.Where(e => filter.Level1 is not { Length: > 0 } l1 || e.Level1 == l1);
        var expected = (filter.Sort == "name"
                ? matching.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Level1, StringComparer.Ordinal).ThenBy(e => e.Id)
                : matching.OrderByDescending(e => e.LastTargetYear).ThenByDescending(e => e.Projects).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id))
            .ToList();
        var listing = new IndicatorListing(db, me, new IndicatorLibrary(db, me, new AuditLog(db, me, TimeProvider.System)));
        var shown = new List<IndicatorEntry>();
        string? after = null;
        var what = $"指标库 列表 q={filter.Q} 一级指标={filter.Level1} 排序={filter.Sort}";
        do
        {
            var page = await listing.PageAsync(filter, Jixiao.Web.Paging.PageRequest.Of(7, after), Ct);
            Assert.Equal(expected.Count, page.Page.Total);
            Assert.Equal(shown.Count, page.Page.Before);
            Assert.Equal(choices, page.Level1Choices);
            Assert.True(page.Page.Items.Count <= 7, what);
            shown.AddRange(page.Page.Items);
            after = page.Page.Next;
        }
        while (after is not null && shown.Count <= expected.Count);
        Same(Untied(expected, latest), Untied(shown, latest), what);
    }

    // An entry's latest target is that of the latest project (year, version, then project name); between projects of the
    // same name the old computation took whichever the database returned first. Per entry: the targets that tie.
    private static async Task<Dictionary<Guid, HashSet<string>>> LatestTargetsAsync(JixiaoDbContext db, CurrentUser me)
    {
        var usages = await IndicatorUsages.LoadAsync(db, me.Scope(db.Projects), currentOnly: true, Ct);
        var definitions = await db.IndicatorDefinitions.AsNoTracking().ToListAsync(Ct);
        var byIdentity = usages.GroupBy(u => u.Identity).ToDictionary(g => g.Key, g =>
        {
            var first = g.OrderByDescending(u => u.Year).ThenByDescending(u => u.VersionNumber).ThenBy(u => u.ProjectName, StringComparer.Ordinal).First();
            return g.Where(u => u.Year == first.Year && u.VersionNumber == first.VersionNumber && u.ProjectName == first.ProjectName)
                .Select(u => u.Row.TargetText).ToHashSet();
        });
        return definitions.Select(d => (d.Id, Key: Jixiao.Domain.Projects.IndicatorIdentity.Of(d.NormalizedName, d.Level1, d.Level2)))
            .Where(d => byIdentity.ContainsKey(d.Key)).ToDictionary(d => d.Id, d => byIdentity[d.Key]);
    }

    private static IReadOnlyList<IndicatorEntry> Untied(IReadOnlyList<IndicatorEntry> entries, Dictionary<Guid, HashSet<string>> latest) =>
        entries.Select(e => Untied(e, latest)).ToList();

    private static IndicatorHistory? Untied(IndicatorHistory? history, Dictionary<Guid, HashSet<string>> latest) =>
        history is null ? null : history with { Entry = Untied(history.Entry, latest) };

    private static IndicatorEntry Untied(IndicatorEntry e, Dictionary<Guid, HashSet<string>> latest)
    {
        if (!latest.TryGetValue(e.Id, out var tied) || tied.Count < 2) return e;
        Assert.Contains(e.LastTarget ?? "", tied);
        return e with { LastTarget = "(tied)" };
    }

    private static void Same<T>(T? expected, T? actual, string what)
    {
        var (e, a) = (Json(Normalise(expected)), Json(Normalise(actual)));
        if (e == a) return;
        var at = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        var from = Math.Max(0, at - 400);
        Assert.Fail($"{what}: the summaries differ from the per-request computation at {at}\nexpected: …{e[from..Math.Min(e.Length, at + 300)]}\nactual:   …{a[from..Math.Min(a.Length, at + 300)]}");
    }

    // What the old computation left to the order the database returned rows in: the example message of a rule (one of
    // its findings). Not a figure. (The values of a year are ordered by their projects, then text: ADR-067.)
    private static object? Normalise<T>(T? value) => value switch
    {
        AnalysisReport r => r with
        {
            CommonFindings = r.CommonFindings.Select(f => f with { Example = "", Message = Jixiao.Domain.Review.RuleCatalog.All.Any(x => x.Id == f.RuleId) ? f.Message : "" }).ToList(),
        },
        _ => value,
    };

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new ValueDecimal() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, Options);

    // 94 and 94.00 are the same figure (PostgreSQL keeps a column's scale).
    private sealed class ValueDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue((value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
    }
}
