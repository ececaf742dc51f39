using Jixiao.Bench.Data;
using Jixiao.Bench.Load;
using Jixiao.Web.Tests.Durability;

namespace Jixiao.Web.Tests.Bench;

/// <summary>
/// bench/run's deadline-week mix against the real server (a child process, as bench/run starts it) on a small
/// generated district: every step of every role answers what the app should — no 302 to the login page, no 404, no
/// refused review — and does what it is named for, so the bench can never time error pages or empty work queues.
/// </summary>
public sealed class LoadMixTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadMix_SmallGeneratedDistrict_EveryStepOfEveryRoleSucceedsAndDoesWhatItIsNamedFor()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-loadmix-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path}";
        try
        {
            // 4 units: the first (u001, department d01) has 50 projects, 10 of them submitted — work for both reviewers.
            var district = new DistrictGenerator(SeedTemplates.Load(SeedTemplates.DefaultFolder()), seed: 1).District(units: 4, projects: 200);
            await DistrictWriter.WriteAsync(district, "sqlite", connectionString, Ct);
            await using var app = new ChildApp("sqlite", connectionString, "bench-load-mix");
            await app.StartAsync();
            var url = app.BaseAddress;
            var password = DistrictWriter.Password;
            using var unit = new UnitUser(url, "u001", password, seed: 1);
            using var dept = new ReviewerUser(url, "d01", password, finance: false, seed: 2);
            using var finance = new ReviewerUser(url, "finance", password, finance: true, seed: 3);
            using var reader = new PublicReader(url, seed: 4);
            using var probe = new MeProbe(url, "u002", password, seed: 5);

            var failures = new List<string>();
            var kinds = new HashSet<string>();
            void Check(Session session, string step, IReadOnlyList<Sample> samples)
            {
                kinds.UnionWith(samples.Select(s => s.Kind));
                if (samples.Count == 0) failures.Add($"{session.Role}.{step}: no request");
                // The login's own answer is its redirect (checked by Ok); every other 302 is the login page instead of the page.
                foreach (var bad in samples.Where(s => !s.Ok || (step != "login" && s.Status is 302 or 401 or 403 or 404)))
                    failures.Add($"{session.Role}.{step}: {bad.Kind} answered {bad.Status}");
                // A reviewer's move must go through: a refusal would mean the bench times a form it cannot review.
                foreach (var refused in samples.Where(s => session is ReviewerUser && step != "login" && s.Write && s.Status != 204))
                    failures.Add($"{session.Role}.{step}: {refused.Kind} refused with {refused.Status}");
                var named = step == "me" ? "me" : $"{session.Role}.{step}";
                // Nothing is published in a generated district yet: a reader's 查看 falls back to the list (still checked).
                if (step is not ("view" or "login") && !samples.Any(s => s.Kind == named)) failures.Add($"{session.Role}.{step}: no {named} request ({string.Join(", ", samples.Select(s => s.Kind))})");
            }

            foreach (var session in new Session[] { unit, dept, finance, reader, probe })
            {
                Check(session, "login", [await session.LoginAsync(Ct)]);
                if (session == finance)
                {
                    // 财政局 reviews what 主管部门 passed on: two more forms passed, so approve and return both have one.
                    Check(dept, "pass", await dept.ReviewAsync(returnIt: false, Ct));
                    Check(dept, "pass", await dept.ReviewAsync(returnIt: false, Ct));
                }
                foreach (var step in session.Steps) Check(session, step.Name, await step.Run(Ct));
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
            // The drill-down reaches a project (主管部门: department → unit → project) and 财政局 drills into a department and
            // opens one 指标库 entry. (财政局's own path to a project is not required here: in this small district 21 of the
            // 25 departments have no unit, and a random department row ends the drill-down there.)
            string[] deep = ["dept.analysis_drill", "dept.analysis_project", "finance.analysis_drill", "finance.indicator"];
            Assert.Empty(deep.Except(kinds));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }
}
