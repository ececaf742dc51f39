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
/// PostgreSQL as parsed columns (kind, comparator, target, actual, units, weight) and scored by a SQL function of
/// the default SH-DISTRICT profile (SC-10…SC-18 dispatch, SC-11 direction, SC-12 positive, SC-13 TemplateRatio, SC-15
/// zero targets, with a text trail per row, and per-project totals SC-03 + SC-30), timed against Scorer.Score on the
/// same rows in this process. Rows whose scores differ are counted: the SQL cannot convert units (万元 vs 元) or
/// read free text, which is the limit of scoring inside the database.
/// </summary>
public static class SqlScoring
{
    public static async Task<int> RunAsync(string connectionString, int rows)
    {
        var batch = new DistrictGenerator(Workload.Seeds, Workload.Seed).EvaluatedBatch(rows);
        var profile = RuleProfiles.ShDistrict;

        // In memory: median of three, with the row scores kept for the agreement check.
        var memory = new List<double>();
        IReadOnlyList<ProjectScore> scores = [];
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            scores = batch.Select(p => Scorer.Score(p, profile, ScoringMode.Live)).ToList();
            memory.Add(clock.Elapsed.TotalSeconds);
        }

        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var conn = await source.OpenConnectionAsync();
        await Exec(conn, Schema);
        var load = Stopwatch.StartNew();
        await using (var writer = await conn.BeginBinaryImportAsync(
            "COPY bench_rows (project, row_no, kind, op, t, t_unit, a_kind, a, a_unit, w, level1, name, t_bool, a_bool, t_due, a_done, cs_score) FROM STDIN (FORMAT BINARY)"))
        {
            for (var p = 0; p < batch.Count; p++)
            {
                var project = batch[p];
                for (var r = 0; r < project.Indicators.Count; r++)
                    await WriteRow(writer, p, r, project, project.Indicators[r], scores[p].Rows[r].Score);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await conn.BeginBinaryImportAsync("COPY bench_projects (project, budget, spent, cs_total) FROM STDIN (FORMAT BINARY)"))
        {
            for (var p = 0; p < batch.Count; p++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(p, NpgsqlDbType.Integer);
                await writer.WriteAsync(batch[p].Evaluation!.Total.AdjustedBudget ?? 0m, NpgsqlDbType.Numeric);
                await writer.WriteAsync(batch[p].Evaluation!.Total.Expenditure ?? 0m, NpgsqlDbType.Numeric);
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

        var differing = await Scalar(conn, "SELECT count(*) FROM bench_scored s JOIN bench_rows r USING (project, row_no) WHERE s.score IS DISTINCT FROM r.cs_score");
        var totalsDiffering = await Scalar(conn, "SELECT count(*) FROM bench_totals t JOIN bench_projects p USING (project) WHERE t.total IS DISTINCT FROM p.cs_total");
        var (m, s) = (Median(memory), Median(sql));
        Metrics.Emit("scoring.inmemory.1m_rows_s", m, "s");
        Metrics.Emit("scoring.sql_postgres.1m_rows_s", s, "s");
        Metrics.Emit("scoring.sql_to_inmemory_ratio", s / m, "x");
        Metrics.Emit("scoring.sql_postgres.copy_in_s", loadSeconds, "s");
        Metrics.Emit("scoring.sql_postgres.rows_agreeing_pct", 100.0 * (rows - differing) / rows, "%");
        Metrics.Emit("scoring.sql_postgres.totals_agreeing_pct", 100.0 * (batch.Count - totalsDiffering) / batch.Count, "%");
        await Exec(conn, "DROP TABLE bench_rows, bench_projects, bench_scored, bench_totals;");
        return 0;
    }

    private static async Task WriteRow(NpgsqlBinaryImporter w, int project, int row, Project p, Indicator i, decimal? csScore)
    {
        var t = i.Target;
        var a = i.Actual;
        var (tNumber, tUnit) = t.Kind == TargetKind.Frequency && t.Frequency is { Count: { } c } f ? (c, "次/" + f.Per) : (t.Value, t.Unit?.Text);
        var (aNumber, aUnit) = a?.Kind == TargetKind.Frequency && a.Frequency is { Count: { } ac } af ? (ac, "次/" + af.Per) : (a?.Value, a?.Unit?.Text);
        if (t.Kind == TargetKind.Frequency && t.Frequency is { IsCoverage: true }) tNumber = null;
        await w.StartRowAsync();
        await w.WriteAsync(project, NpgsqlDbType.Integer);
        await w.WriteAsync(row, NpgsqlDbType.Integer);
        await w.WriteAsync(t.Kind.ToString(), NpgsqlDbType.Text);
        await w.WriteAsync(t.Op.ToString(), NpgsqlDbType.Text);
        await Nullable(w, tNumber, NpgsqlDbType.Numeric);
        await Nullable(w, tUnit, NpgsqlDbType.Text);
        await w.WriteAsync(a?.Kind.ToString() ?? "Empty", NpgsqlDbType.Text);
        await Nullable(w, aNumber, NpgsqlDbType.Numeric);
        await Nullable(w, aUnit, NpgsqlDbType.Text);
        await Nullable(w, i.Weight, NpgsqlDbType.Numeric);
        await w.WriteAsync(i.Level1, NpgsqlDbType.Text);
        await w.WriteAsync(i.Name, NpgsqlDbType.Text);
        await Nullable(w, t.Bool, NpgsqlDbType.Boolean);
        await Nullable(w, a?.Bool, NpgsqlDbType.Boolean);
        await Nullable(w, Due(t, p.Year), NpgsqlDbType.Date);
        await Nullable(w, Due(a, p.Year), NpgsqlDbType.Date);
        await Nullable(w, csScore, NpgsqlDbType.Numeric);
    }

    private static DateOnly? Due(TargetValue? v, int? year) =>
        v?.Deadline is { Recurrence: Recurrence.None } d && (d.Year ?? year) is { } y
            ? Deadlines.DueDate(d, y, MonthBeforeMeans.EndOfMonth)
            : null;

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

    // The default profile in SQL, the way vendor systems score inside the database.
    private const string Schema = """
        DROP TABLE IF EXISTS bench_rows, bench_projects, bench_scored, bench_totals;
        CREATE UNLOGGED TABLE bench_rows (project int, row_no int, kind text, op text, t numeric, t_unit text, a_kind text,
            a numeric, a_unit text, w numeric, level1 text, name text, t_bool boolean, a_bool boolean, t_due date, a_done date,
            cs_score numeric, PRIMARY KEY (project, row_no));
        CREATE UNLOGGED TABLE bench_projects (project int PRIMARY KEY, budget numeric, spent numeric, cs_total numeric);
        CREATE OR REPLACE FUNCTION bench_score_all() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
          DROP TABLE IF EXISTS bench_scored, bench_totals;
          CREATE UNLOGGED TABLE bench_scored AS
          WITH d AS (
            SELECT r.*,
              CASE WHEN r.op IN ('Ge','Gt') THEN 'Positive' WHEN r.op IN ('Le','Lt') THEN 'Reverse'
                   WHEN r.level1 LIKE '成本%' OR r.name ~ '(成本|费用|投诉|事故|故障次数|发生率|差错)' THEN 'Reverse' ELSE 'Positive' END AS dir
            FROM bench_rows r),
          s AS (
            SELECT d.project, d.row_no, d.w,
              CASE
                WHEN d.w IS NULL OR d.w <= 0 THEN NULL
                WHEN d.kind IN ('Quantitative','Frequency') AND d.t IS NOT NULL THEN
                  CASE
                    WHEN d.a_kind NOT IN ('Quantitative','Frequency') OR d.a IS NULL THEN NULL
                    WHEN d.a_unit IS NOT NULL AND d.t_unit IS NOT NULL AND d.a_unit <> d.t_unit THEN NULL
                    WHEN d.t = 0 THEN CASE WHEN d.dir = 'Positive' AND d.op <> 'Eq' THEN CASE WHEN d.op <> 'Gt' OR d.a > 0 THEN d.w ELSE 0 END
                                           WHEN (d.op = 'Lt' AND d.a < 0) OR (d.op <> 'Lt' AND d.a <= 0) THEN d.w ELSE 0 END
                    WHEN d.dir = 'Positive' THEN CASE WHEN (d.op = 'Gt' AND d.a > d.t) OR (d.op <> 'Gt' AND d.a >= d.t) THEN d.w
                                                      WHEN d.a <= 0 THEN 0 ELSE least(greatest(round(d.a / d.t * d.w, 2), 0), d.w) END
                    ELSE CASE WHEN (d.op = 'Lt' AND d.a < d.t) OR (d.op <> 'Lt' AND d.a <= d.t) THEN d.w
                              WHEN d.a <= 0 OR d.t < 0 THEN 0 ELSE least(greatest(round(d.t / d.a * d.w, 2), 0), d.w) END
                  END
                WHEN d.kind = 'Boolean' AND d.t_bool IS NOT NULL THEN
                  CASE WHEN d.a_kind <> 'Boolean' OR d.a_bool IS NULL THEN NULL WHEN d.a_bool = d.t_bool THEN d.w ELSE 0 END
                WHEN d.kind = 'Deadline' AND d.t_due IS NOT NULL AND d.a_done IS NOT NULL AND d.a_done <= d.t_due THEN d.w
                ELSE NULL
              END AS score,
              concat_ws(' · ', 'dispatch ' || d.kind, 'direction=' || d.dir,
                CASE WHEN d.t IS NOT NULL AND d.a IS NOT NULL THEN 'a=' || d.a::text || ' t=' || d.t::text || ' w=' || coalesce(d.w::text, '-') END,
                CASE WHEN d.dir = 'Positive' AND d.t > 0 AND d.a >= d.t * 1.3 THEN 'SC-41: over-achievement, 偏差原因 required' END) AS trail
            FROM d)
          SELECT * FROM s;
          CREATE UNLOGGED TABLE bench_totals AS
          SELECT p.project,
                 CASE WHEN p.budget > 0 THEN round(least(p.spent / p.budget, 1) * 10, 2) ELSE 0 END + coalesce(sum(s.score), 0) AS total
          FROM bench_projects p LEFT JOIN bench_scored s USING (project)
          GROUP BY p.project, p.budget, p.spent;
        END $$;
        """;
}
