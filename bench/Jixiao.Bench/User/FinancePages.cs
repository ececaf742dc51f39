using System.Globalization;
using System.Security.Claims;
using Jixiao.Bench.Data;
using Jixiao.Bench.Micro;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Bench.User;

/// <summary>
/// `user finance`: the pages of the 财政局 reviewer that read the whole district (ADR-051) — the 分析 screen of the district
/// and the 指标库 list — on the generated district (10,000 projects) written into SQLite through the app's context, so
/// the summaries are computed as a real write computes them. Each call is the page's service call on a fresh context.
/// </summary>
public static class FinancePages
{
    private const int Calls = 10;

    public static void Run()
    {
        // JIXIAO_BENCH_FINANCE_DB names a district written before (`gen --provider sqlite`): it is brought up to this
        // build's schema as the app's start does and kept, so profiling runs skip the ten-minute write (ADR-056).
        var existing = Environment.GetEnvironmentVariable("JIXIAO_BENCH_FINANCE_DB");
        var path = existing ?? Path.Combine(Path.GetTempPath(), $"jixiao-bench-finance-{Environment.ProcessId}.db");
        var connection = $"Data Source={path};Pooling=False";
        try
        {
            if (existing is null)
            {
                var stats = DistrictWriter.WriteAsync(Workload.District, DatabaseProvider.Sqlite, connection, CancellationToken.None).GetAwaiter().GetResult();
                Metrics.Emit("user.finance.district_write_s", stats.Projects.TotalSeconds, "s",
                    $"{stats.ProjectRows} projects with their summaries, {stats.Indicators} indicators");
            }
            else
            {
                using var db = new JixiaoDbContext(DistrictWriter.Options(DatabaseProvider.Sqlite, connection));
                db.Database.Migrate();
                Jixiao.Data.Summaries.IndicatorDefinitionKeys.EnsureCurrentAsync(db, CancellationToken.None).GetAwaiter().GetResult();
            }
            var options = DistrictWriter.Options(DatabaseProvider.Sqlite, connection);
            if (Environment.GetEnvironmentVariable("JIXIAO_BENCH_SQL") is "1")
            {
                // Profiling: print each command with its time (EF's own log), to read its plan with EXPLAIN QUERY PLAN.
                var logged = new DbContextOptionsBuilder<JixiaoDbContext>(options);
                logged.LogTo(Console.Error.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
                options = logged.Options;
            }
            Jixiao.Data.Entities.Organization finance;
            using (var db = new JixiaoDbContext(options)) finance = db.Organizations.AsNoTracking().Single(o => o.ParentId == null);
            var me = new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = Finance(finance) } });
            var calls = Enumerable.Range(0, Calls).ToList();

            var analysis = Timing.PerCall(calls, passes: 2, call =>
            {
                using var db = new JixiaoDbContext(options);
                _ = new AnalysisService(db, me, new LintRuleSettings(db, me, new AuditLog(db, me, TimeProvider.System), TimeProvider.System)).BuildAsync(null, null, null, CancellationToken.None).GetAwaiter().GetResult();
            });
            Goal.Info("user.page.analysis_finance_p95_ms", analysis.P95, "ms");
            Metrics.Emit("user.page.analysis_finance_p50_ms", analysis.P50, "ms");

            var library = Timing.PerCall(calls, passes: 2, call =>
            {
                using var db = new JixiaoDbContext(options);
                // The page's first 50 entries, as the 指标库 page reads them (one keyset page in SQL, ADR-056).
                _ = new IndicatorListing(db, me, new IndicatorLibrary(db, me, new AuditLog(db, me, TimeProvider.System)))
                    .PageAsync(new IndicatorListFilter(), Web.Paging.PageRequest.First(), CancellationToken.None).GetAwaiter().GetResult();
            });
            Goal.Info("user.page.indicators_finance_p95_ms", library.P95, "ms");
            Metrics.Emit("user.page.indicators_finance_p50_ms", library.P50, "ms");
        }
        finally
        {
            if (existing is null)
                foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }

    private static ClaimsPrincipal Finance(Jixiao.Data.Entities.Organization org) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, "finance"),
        new Claim(ClaimTypes.Name, "finance"),
        new Claim(ClaimTypes.Role, nameof(Role.FinanceReviewer)),
        new Claim(JixiaoClaims.OrgId, org.Id.ToString(CultureInfo.InvariantCulture)),
        new Claim(JixiaoClaims.OrgPath, org.Path),
        new Claim(JixiaoClaims.OrgName, org.Name),
    ], "bench"));
}
