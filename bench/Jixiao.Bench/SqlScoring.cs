using System.Diagnostics;
using Jixiao.Bench.Data;
using Jixiao.Bench.Micro;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Npgsql;
using NpgsqlTypes;

namespace Jixiao.Bench;

/// <summary>
/// `sql-score`: the vendor approach side by side with ours. The same 1,000,000 generated rows are loaded into
/// PostgreSQL as parsed columns (kind, comparator, target, actual, units, dates, texts, weight, entered score, tier) and
/// scored by a SQL function of the default SH-DISTRICT profile (SC-10 dispatch, SC-11 direction, SC-12, SC-13
/// TemplateRatio, SC-15, SC-16, SC-17, SC-18, SC-20 tiers with the AV-5 pre-fill, SC-03/SC-05/SC-30 totals, a text trail
/// per row), timed against Scorer.Score on the same rows in this process.
/// What the SQL deliberately does not implement is unit conversion and period matching (AV-3/AV-4 beyond an actual
/// in the target's own unit or without a unit): such rows get no SQL score, are counted in
/// `rows_not_implemented_units`, and are left out of the agreement figures with the totals of their projects.
/// Agreement must be 100 % on everything else.
/// </summary>
public static class SqlScoring
{
    public static async Task<int> RunAsync(string connectionString, int rows)
    {
        var batch = new DistrictGenerator(Workload.Seeds, Workload.Seed).EvaluatedBatch(rows);
        var profile = RuleProfiles.ShDistrict;

        // In memory, the same work as `micro scoring` (ScoringBench.ScoreWithTrail): every project scored with trail
        // and findings, its total read, the result dropped. One warm-up pass (JIT tiers), then the median of three.
        ScoreAndDrop(batch, profile);
        var memory = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            ScoreAndDrop(batch, profile);
            memory.Add(clock.Elapsed.TotalSeconds);
        }
        // Keeping all 1,000,000 row results (trails, findings) alive is what a caller that stores them pays on top:
        // the objects survive into gen 2, so the collector copies them. Measured once, and used for the comparison.
        var retainClock = Stopwatch.StartNew();
        var scores = batch.Select(p => Scorer.Score(p, profile, ScoringMode.Live)).ToList();
        var retained = retainClock.Elapsed.TotalSeconds;

        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var conn = await source.OpenConnectionAsync();
        await Exec(conn, Schema);
        var load = Stopwatch.StartNew();
        await using (var writer = await conn.BeginBinaryImportAsync($"COPY bench_rows ({RowColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            for (var p = 0; p < batch.Count; p++)
            {
                var project = batch[p];
                for (var r = 0; r < project.Indicators.Count; r++)
                    await WriteRow(writer, p, r, project, project.Indicators[r], scores[p].Rows[r]);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await conn.BeginBinaryImportAsync("COPY bench_projects (project, budget, spent, ew, cs_total) FROM STDIN (FORMAT BINARY)"))
        {
            for (var p = 0; p < batch.Count; p++)
            {
                var evaluation = batch[p].Evaluation;
                await writer.StartRowAsync();
                await writer.WriteAsync(p, NpgsqlDbType.Integer);
                await Nullable(writer, evaluation?.Total.AdjustedBudget, NpgsqlDbType.Numeric);
                await Nullable(writer, evaluation?.Total.Expenditure, NpgsqlDbType.Numeric);
                await writer.WriteAsync(evaluation?.ExecutionWeight ?? profile.ExecutionWeight, NpgsqlDbType.Numeric);
                await writer.WriteAsync(scores[p].ComputedTotal, NpgsqlDbType.Numeric);
            }
            await writer.CompleteAsync();
        }
        await Exec(conn, "ANALYZE bench_rows; ANALYZE bench_projects;");
        var loadSeconds = load.Elapsed.TotalSeconds;

        var sql = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            await Exec(conn, "SELECT bench_score_all();");
            sql.Add(clock.Elapsed.TotalSeconds);
        }

        var notImplemented = await Scalar(conn, "SELECT count(*) FROM bench_scored WHERE not_implemented IS NOT NULL");
        var claimed = rows - notImplemented;
        var differing = await Scalar(conn, Differing);
        var projectsExcluded = await Scalar(conn, "SELECT count(DISTINCT project) FROM bench_scored WHERE not_implemented IS NOT NULL");
        var projectsClaimed = batch.Count - projectsExcluded;
        var totalsDiffering = await Scalar(conn, """
            SELECT count(*) FROM bench_totals t JOIN bench_projects p USING (project)
            WHERE t.total IS DISTINCT FROM p.cs_total
              AND NOT EXISTS (SELECT 1 FROM bench_scored s WHERE s.project = t.project AND s.not_implemented IS NOT NULL)
            """);
        if (differing > 0) await PrintDifferences(conn);

        var (m, s) = (Median(memory), Median(sql));
        Metrics.Emit("scoring.inmemory.1m_rows_s", m, "s");
        Metrics.Emit("scoring.inmemory.retained_1m_rows_s", retained, "s");
        Metrics.Emit("scoring.sql_postgres.1m_rows_s", s, "s");
        Metrics.Emit("scoring.sql_to_inmemory_ratio", s / m, "x");
        Metrics.Emit("scoring.sql_postgres.copy_in_s", loadSeconds, "s");
        Metrics.Emit("scoring.sql_postgres.rows_claimed", claimed, "rows");
        Metrics.Emit("scoring.sql_postgres.rows_not_implemented_units", notImplemented, "rows");
        Metrics.Emit("scoring.sql_postgres.rows_agreeing_pct", claimed > 0 ? 100.0 * (claimed - differing) / claimed : 0, "%");
        Metrics.Emit("scoring.sql_postgres.totals_claimed", projectsClaimed, "projects");
        Metrics.Emit("scoring.sql_postgres.totals_agreeing_pct", projectsClaimed > 0 ? 100.0 * (projectsClaimed - totalsDiffering) / projectsClaimed : 0, "%");
        if (Environment.GetEnvironmentVariable("BENCH_KEEP") is null)
            await Exec(conn, "DROP TABLE bench_rows, bench_projects, bench_scored, bench_totals;");
        return 0;
    }

    private static decimal ScoreAndDrop(IReadOnlyList<Project> batch, RuleProfile profile)
    {
        var sum = 0m;
        foreach (var project in batch) sum += Scorer.Score(project, profile, ScoringMode.Live).ComputedTotal;
        return sum;
    }

    private const string Differing = """
        SELECT count(*) FROM bench_scored s JOIN bench_rows r USING (project, row_no)
        WHERE s.not_implemented IS NULL AND s.score IS DISTINCT FROM r.cs_score
        """;

    private static async Task PrintDifferences(NpgsqlConnection conn)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT r.cs_rule, r.kind, r.a_kind, r.t_text, r.a_text, r.w::text, r.cs_score::text, s.score::text, s.trail
            FROM bench_scored s JOIN bench_rows r USING (project, row_no)
            WHERE s.not_implemented IS NULL AND s.score IS DISTINCT FROM r.cs_score LIMIT 20
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            Console.Error.WriteLine("differs: " + string.Join(" | ", values));
        }
    }

    private const string RowColumns = "project, row_no, kind, op, t, t_unit, a_kind, a, a_unit, a_scope, w, level1, level2, name, direction, "
        + "entered, tier, t_bool, a_bool, t_has_deadline, t_monthly, t_day, t_due, a_has_deadline, a_monthly, a_day, a_done, "
        + "t_cov_days, t_cov_hours, a_cov_days, a_cov_hours, t_canonical, t_text, a_canonical, a_text, cs_score, cs_rule";

    // The parsed columns a vendor table holds; numbers and units exactly as the scorer reads them (frequency counts in
    // `次` or `次/{per}`, as IndicatorScorer.FrequencyUnit writes them).
    private static async Task WriteRow(NpgsqlBinaryImporter w, int project, int row, Project p, Indicator i, IndicatorScore cs)
    {
        var t = i.Target;
        var a = i.Actual;
        var (tNumber, tUnit) = t.Kind switch
        {
            TargetKind.Quantitative => (t.Value, t.Unit?.Text),
            TargetKind.Frequency when t.Frequency is { IsCoverage: false, Count: { } c } f => (c, CountUnit(f)),
            _ => (null, t.Unit?.Text),
        };
        var (aNumber, aUnit) = a?.Kind switch
        {
            TargetKind.Quantitative => (a.Value, a.Unit?.Text),
            TargetKind.Frequency when a.Frequency is { Count: { } ac } af => (ac, CountUnit(af)),
            _ => (null, a?.Unit?.Text),
        };
        var tCoverage = t.Kind == TargetKind.Frequency && t.Frequency is { IsCoverage: true } ? t.Frequency : null;
        var aCoverage = a?.Frequency is { IsCoverage: true } ? a.Frequency : null;
        await w.StartRowAsync();
        await w.WriteAsync(project, NpgsqlDbType.Integer);
        await w.WriteAsync(row, NpgsqlDbType.Integer);
        await w.WriteAsync(t.Kind.ToString(), NpgsqlDbType.Text);
        await w.WriteAsync(t.Op.ToString(), NpgsqlDbType.Text);
        await Nullable(w, tNumber, NpgsqlDbType.Numeric);
        await Nullable(w, tUnit, NpgsqlDbType.Text);
        await w.WriteAsync(a is null ? nameof(TargetKind.Empty) : a.Kind.ToString(), NpgsqlDbType.Text);
        await Nullable(w, aNumber, NpgsqlDbType.Numeric);
        await Nullable(w, aUnit, NpgsqlDbType.Text);
        await Nullable(w, a?.Scope, NpgsqlDbType.Text);
        await Nullable(w, i.Weight, NpgsqlDbType.Numeric);
        await w.WriteAsync(i.Level1, NpgsqlDbType.Text);
        await w.WriteAsync(i.Level2, NpgsqlDbType.Text);
        await w.WriteAsync(i.Name, NpgsqlDbType.Text);
        await Nullable(w, i.Direction?.ToString(), NpgsqlDbType.Text);
        await Nullable(w, i.Score, NpgsqlDbType.Numeric);
        await Nullable(w, i.Tier?.ToString(), NpgsqlDbType.Text);
        await Nullable(w, t.Bool, NpgsqlDbType.Boolean);
        await Nullable(w, a?.Bool, NpgsqlDbType.Boolean);
        await WriteDeadline(w, t.Deadline, p.Year);
        await WriteDeadline(w, a?.Deadline, p.Year);
        await Nullable(w, tCoverage?.DaysPerWeek, NpgsqlDbType.Integer);
        await Nullable(w, tCoverage?.HoursPerDay, NpgsqlDbType.Integer);
        await Nullable(w, aCoverage?.DaysPerWeek, NpgsqlDbType.Integer);
        await Nullable(w, aCoverage?.HoursPerDay, NpgsqlDbType.Integer);
        await w.WriteAsync(t.Canonical, NpgsqlDbType.Text);
        await w.WriteAsync(t.OriginalText, NpgsqlDbType.Text);
        await Nullable(w, a?.Canonical, NpgsqlDbType.Text);
        await Nullable(w, a?.OriginalText, NpgsqlDbType.Text);
        await Nullable(w, cs.Score, NpgsqlDbType.Numeric);
        await w.WriteAsync(cs.Rule, NpgsqlDbType.Text);
    }

    private static string CountUnit(FrequencySpec f) => f.Per is null ? "次" : $"次/{f.Per}";

    /// <summary>has_deadline, monthly, day of a monthly deadline, single due date (SC-16).</summary>
    private static async Task WriteDeadline(NpgsqlBinaryImporter w, DeadlineSpec? d, int? year)
    {
        await w.WriteAsync(d is not null, NpgsqlDbType.Boolean);
        await w.WriteAsync(d?.Recurrence == Recurrence.Monthly, NpgsqlDbType.Boolean);
        await Nullable(w, d?.Recurrence == Recurrence.Monthly ? d.Day : null, NpgsqlDbType.Integer);
        DateOnly? due = d is { Recurrence: Recurrence.None } && (d.Year ?? year) is { } y
            ? Deadlines.DueDate(d, y, MonthBeforeMeans.EndOfMonth)
            : null;
        await Nullable(w, due, NpgsqlDbType.Date);
    }

    private static async Task Nullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type)
    {
        if (value is null) await w.WriteNullAsync();
        else await w.WriteAsync(value, type);
    }

    private static async Task Exec(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    // The default profile in SQL, the way vendor systems score inside the database. Ratios are taken as a × w ÷ t
    // (one division) like the scorer, so exact midpoints round away from zero in both (SC-50).
    // bench_norm is IndicatorScorer.Normalise (AV-5): .NET's whitespace set and the comparator characters removed.
    private const string Schema = """
        DROP TABLE IF EXISTS bench_rows, bench_projects, bench_scored, bench_totals;
        CREATE UNLOGGED TABLE bench_rows (project int, row_no int, kind text, op text, t numeric, t_unit text, a_kind text,
            a numeric, a_unit text, a_scope text, w numeric, level1 text, level2 text, name text, direction text,
            entered numeric, tier text, t_bool boolean, a_bool boolean,
            t_has_deadline boolean, t_monthly boolean, t_day int, t_due date, a_has_deadline boolean, a_monthly boolean, a_day int, a_done date,
            t_cov_days int, t_cov_hours int, a_cov_days int, a_cov_hours int,
            t_canonical text, t_text text, a_canonical text, a_text text, cs_score numeric, cs_rule text, PRIMARY KEY (project, row_no));
        CREATE UNLOGGED TABLE bench_projects (project int PRIMARY KEY, budget numeric, spent numeric, ew numeric, cs_total numeric);
        CREATE OR REPLACE FUNCTION bench_nows(s text) RETURNS text IMMUTABLE STRICT LANGUAGE sql AS $f$
          SELECT regexp_replace(s, '[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]', '', 'g') $f$;
        CREATE OR REPLACE FUNCTION bench_norm(s text) RETURNS text IMMUTABLE STRICT LANGUAGE sql AS $f$
          SELECT replace(replace(regexp_replace(bench_nows(s), '[=＝≥≤<>＜＞$]', '', 'g'), '\geq', ''), '\leq', '') $f$;
        CREATE OR REPLACE FUNCTION bench_score_all() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
          DROP TABLE IF EXISTS bench_scored, bench_totals;
          CREATE UNLOGGED TABLE bench_scored AS
          WITH d AS (
            SELECT r.*,
              CASE WHEN r.direction IS NOT NULL THEN r.direction
                   WHEN r.op IN ('Ge','Gt') THEN 'Positive' WHEN r.op IN ('Le','Lt') THEN 'Reverse'
                   WHEN position('成本' in bench_nows(r.level1)) > 0 OR position('成本' in bench_nows(r.level2)) > 0 THEN 'Reverse'
                   WHEN r.name ~ '(成本|费用|投诉|事故|故障次数|发生率|差错)' THEN 'Reverse' ELSE 'Positive' END AS dir,
              CASE WHEN r.direction IS NOT NULL THEN r.direction = 'Positive' ELSE r.op IN ('Ge','Gt') END AS zero_positive,
              (r.a_unit IS NULL AND r.a_scope IS NULL) OR r.a_unit = r.t_unit AS same_unit,
              r.kind IN ('Qualitative','Conditional') AND r.a_kind <> 'Empty'
                AND length(bench_norm(CASE WHEN r.t_canonical <> '' THEN r.t_canonical ELSE r.t_text END)) > 0
                AND bench_norm(CASE WHEN r.t_canonical <> '' THEN r.t_canonical ELSE r.t_text END) IN (bench_norm(r.a_canonical), bench_norm(r.a_text)) AS repeats
            FROM bench_rows r),
          m AS (
            SELECT d.*,
              d.kind IN ('Quantitative','Frequency') AND d.t IS NOT NULL AS numeric_row,
              -- SC-20: the entered score, else w for 达成 (entered or pre-filled by AV-5).
              coalesce(d.entered, CASE WHEN coalesce(d.tier, CASE WHEN d.repeats THEN 'Achieved' END) = 'Achieved' THEN d.w END) AS manual
            FROM d),
          s AS (
            SELECT m.project, m.row_no, m.w,
              CASE WHEN m.w IS NOT NULL AND m.w > 0 AND m.numeric_row AND m.a_kind IN ('Quantitative','Frequency') AND m.a IS NOT NULL
                        AND NOT m.same_unit THEN 'units (AV-3/AV-4 conversion or period)' END AS not_implemented,
              CASE
                WHEN m.w IS NULL OR m.w <= 0 THEN NULL
                WHEN m.numeric_row THEN
                  CASE
                    WHEN m.a_kind NOT IN ('Quantitative','Frequency') OR m.a IS NULL OR NOT m.same_unit THEN NULL
                    WHEN m.t = 0 THEN
                      CASE WHEN m.zero_positive THEN CASE WHEN m.op <> 'Gt' OR m.a > 0 THEN m.w ELSE 0 END
                           WHEN (m.op = 'Lt' AND m.a < 0) OR (m.op <> 'Lt' AND m.a <= 0) THEN m.w ELSE 0 END
                    WHEN m.dir = 'Positive' THEN
                      CASE WHEN (m.op = 'Gt' AND m.a > m.t) OR (m.op <> 'Gt' AND m.a >= m.t) THEN m.w
                           WHEN m.a <= 0 THEN 0 ELSE least(greatest(round(m.a * m.w / m.t, 2), 0), m.w) END
                    ELSE
                      CASE WHEN (m.op = 'Lt' AND m.a < m.t) OR (m.op <> 'Lt' AND m.a <= m.t) THEN m.w
                           WHEN m.a <= 0 OR m.t < 0 THEN 0 ELSE least(greatest(round(m.t * m.w / m.a, 2), 0), m.w) END
                  END
                WHEN m.kind = 'Frequency' AND m.t_cov_days IS NOT NULL THEN
                  CASE WHEN m.a_kind IN ('Empty','Comparison') THEN NULL
                       WHEN m.a_cov_days >= m.t_cov_days AND coalesce(m.a_cov_hours, 24) >= coalesce(m.t_cov_hours, 24) THEN m.w
                       ELSE m.manual END
                WHEN m.kind = 'Deadline' AND m.t_has_deadline THEN
                  CASE WHEN m.a_kind <> 'Deadline' OR NOT m.a_has_deadline THEN NULL
                       WHEN (m.t_monthly AND m.a_monthly AND m.a_day <= m.t_day) OR (NOT m.t_monthly AND m.a_done <= m.t_due) THEN m.w
                       ELSE m.manual END
                WHEN m.kind = 'Boolean' AND m.t_bool IS NOT NULL THEN
                  CASE WHEN m.a_kind <> 'Boolean' OR m.a_bool IS NULL THEN NULL WHEN m.a_bool = m.t_bool THEN m.w ELSE 0 END
                ELSE m.manual
              END AS score,
              concat_ws(' · ', 'dispatch ' || m.kind, CASE WHEN m.numeric_row THEN 'direction=' || m.dir END,
                CASE WHEN m.numeric_row AND m.a IS NOT NULL THEN 'a=' || m.a::text || ' t=' || m.t::text || ' w=' || coalesce(m.w::text, '-') END,
                CASE WHEN m.repeats THEN 'actual repeats the target → 达成 (AV-5)' END,
                CASE WHEN m.numeric_row AND m.dir = 'Positive' AND m.t > 0 AND m.a >= m.t * 1.3 THEN 'SC-41: over-achievement, 偏差原因 required' END) AS trail
            FROM m)
          SELECT * FROM s;
          CREATE UNLOGGED TABLE bench_totals AS
          SELECT p.project,
                 CASE WHEN p.budget = 0 THEN -- SC-05: execution 不适用, indicators renormalised
                        CASE WHEN sum(coalesce(s.w, 0)) > 0 THEN round(coalesce(sum(s.score), 0) * 100 / sum(coalesce(s.w, 0)), 2) ELSE 0 END
                      ELSE coalesce(round(least(p.spent / p.budget, 1) * p.ew, 2), 0) + coalesce(sum(s.score), 0) END AS total
          FROM bench_projects p LEFT JOIN bench_scored s USING (project)
          GROUP BY p.project, p.budget, p.spent, p.ew;
        END $$;
        """;
}
