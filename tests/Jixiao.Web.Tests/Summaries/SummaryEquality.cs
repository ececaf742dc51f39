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

    /// <summary>Checks every report and library answer of <paramref name="me"/>; returns how many reports were compared.</summary>
    public static async Task<int> AssertSameAsync(JixiaoDbContext db, CurrentUser me, int maxProjects = int.MaxValue)
    {
        var fresh = new AnalysisService(db, me);
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
        var entries = await library.SearchAsync(null, 500, Ct);
        Same(await libraryOracle.SearchAsync(null, 500, Ct), entries, "指标库");
        Assert.Equal(Json(await libraryOracle.SearchAsync("满意", 50, Ct)), Json(await library.SearchAsync("满意", 50, Ct)));
        foreach (var entry in entries.Take(maxProjects))
            Same(await libraryOracle.HistoryAsync(entry.Id, Ct), await library.HistoryAsync(entry.Id, Ct), $"指标 {entry.Name}");
        return compared;
    }

    private static void Same<T>(T? expected, T? actual, string what)
    {
        var (e, a) = (Json(Normalise(expected)), Json(Normalise(actual)));
        if (e != a) Assert.Fail($"{what}: the summaries differ from the per-request computation\nexpected: {e}\nactual:   {a}");
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

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new ValueDecimal() } };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, Options);

    // 94 and 94.00 are the same figure (PostgreSQL keeps a column's scale).
    private sealed class ValueDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue((value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
    }
}
