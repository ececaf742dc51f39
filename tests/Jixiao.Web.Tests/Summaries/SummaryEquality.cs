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
                Same(await oracle.BuildAsync(org, null, year, Ct), await fresh.BuildAsync(org, null, year, Ct), $"org {org} year {year}");
                compared++;
            }
        var projects = await me.Scope(db.Projects.AsNoTracking()).OrderBy(p => p.Name).Select(p => p.Id).Take(maxProjects).ToListAsync(Ct);
        foreach (var project in projects)
        {
            Same(await oracle.BuildAsync(null, project, null, Ct), await fresh.BuildAsync(null, project, null, Ct), $"project {project}");
            compared++;
        }

        var library = new IndicatorLibrary(db, me, new AuditLog(db, me, TimeProvider.System));
        var libraryOracle = new LibraryOracle(db, me);
        var latest = await LatestTargetsAsync(db, me);
        var entries = await library.SearchAsync(null, 500, Ct);
        Same(Untied(await libraryOracle.SearchAsync(null, 500, Ct), latest), Untied(entries, latest), "指标库");
        Same(Untied(await libraryOracle.SearchAsync("满意", 50, Ct), latest), Untied(await library.SearchAsync("满意", 50, Ct), latest), "指标库 满意");
        foreach (var entry in entries.Take(maxProjects))
            Same(Untied(await libraryOracle.HistoryAsync(entry.Id, Ct), latest), Untied(await library.HistoryAsync(entry.Id, Ct), latest), $"指标 {entry.Name}");
        return compared;
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
    // its findings) and the order of the distinct targets and actuals of a year. Neither is a figure.
    private static object? Normalise<T>(T? value) => value switch
    {
        AnalysisReport r => r with
        {
            CommonFindings = r.CommonFindings.Select(f => f with { Example = "", Message = Jixiao.Domain.Review.RuleCatalog.All.Any(x => x.Id == f.RuleId) ? f.Message : "" }).ToList(),
            YearOverYear = r.YearOverYear.Select(t => t with
            {
                Years = t.Years.Select(y => y with { Targets = y.Targets.Order(StringComparer.Ordinal).ToList(), Actuals = y.Actuals.Order(StringComparer.Ordinal).ToList() }).ToList(),
            }).ToList(),
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
