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
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-bench-finance-{Environment.ProcessId}.db");
        var connection = $"Data Source={path};Pooling=False";
        try
        {
            var stats = DistrictWriter.WriteAsync(Workload.District, DatabaseProvider.Sqlite, connection, CancellationToken.None).GetAwaiter().GetResult();
            Metrics.Emit("user.finance.district_write_s", stats.Projects.TotalSeconds, "s",
                $"{stats.ProjectRows} projects with their summaries, {stats.Indicators} indicators");
            var options = DistrictWriter.Options(DatabaseProvider.Sqlite, connection);
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
                // The page's first 50 entries, cut from the scope's whole list as the 指标库 page does.
                _ = new IndicatorListing(new IndicatorLibrary(db, me, new AuditLog(db, me, TimeProvider.System)))
                    .PageAsync(new IndicatorListFilter(), Web.Paging.PageRequest.First(), CancellationToken.None).GetAwaiter().GetResult();
            });
            Goal.Info("user.page.indicators_finance_p95_ms", library.P95, "ms");
            Metrics.Emit("user.page.indicators_finance_p50_ms", library.P50, "ms");
        }
        finally
        {
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
