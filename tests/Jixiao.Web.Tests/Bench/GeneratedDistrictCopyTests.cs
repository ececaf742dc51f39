using System.Globalization;
using Jixiao.Bench.Data;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Web.Tests.Bench;

/// <summary>
/// The PostgreSQL bulk load (binary COPY, ADR-053) writes exactly the rows the insert path writes for the same seed
/// number: every generated table and the summary tables of ADR-051 (computed on insert by the context's SaveChanges, on
/// COPY by the same calculator from the copied records) and the 指标库 built after either.
/// </summary>
public sealed class GeneratedDistrictCopyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Tables a load writes, and the columns that differ by nature between two loads (fresh stamps, the audit log's identity).
    private static readonly string[] Tables =
    [
        "Projects", "DeclarationVersions", "MonitoringReports", "SelfEvaluations", "Disclosures", "ReviewComments", "AuditEvents",
        "ProjectFigures", "ProjectRuleCounts", "IndicatorFacts", "IndicatorDefinitions",
    ];

    private static readonly HashSet<string> Volatile = ["ConcurrencyStamp"];

    [Fact]
    public async Task CopyLoad_SameSeed_WritesTheSameRowsAsTheInsertLoad()
    {
        var server = Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") ?? PostgresApp.StartLocalServer();
        var names = new[] { $"jixiao_insert_{Guid.NewGuid():N}", $"jixiao_copy_{Guid.NewGuid():N}" };
        try
        {
            var generator = new DistrictGenerator(SeedTemplates.Load(SeedTemplates.DefaultFolder()), seed: 7);
            var shape = generator.Shape(units: 12);
            var inserted = await DistrictWriter.WriteAsync(shape, generator.Stream(12, 80), DatabaseProvider.Postgres, $"{server};Database={names[0]}",
                WriteMode.Insert, seed: 7, Ct);
            var copied = await DistrictWriter.WriteAsync(shape, generator.Stream(12, 80), DatabaseProvider.Postgres, $"{server};Database={names[1]}",
                WriteMode.Copy, seed: 7, Ct);
            Assert.Equal(inserted.Rows, copied.Rows);
            Assert.True(inserted.Rows["self_evaluations"] > 0 && inserted.Rows["monitoring"] > 0 && inserted.Rows["comments"] > 0);

            foreach (var table in Tables)
            {
                var a = await RowsAsync($"{server};Database={names[0]}", table);
                var b = await RowsAsync($"{server};Database={names[1]}", table);
                Assert.True(a.Count > 0, $"{table} is empty");
                Assert.Equal(a.Count, b.Count);
                var missing = a.Except(b).Take(3).ToList();
                Assert.True(missing.Count == 0, $"{table}: rows of the insert load not in the COPY load:\n{string.Join("\n", missing)}\nCOPY has e.g.:\n{string.Join("\n", b.Except(a).Take(3))}");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(server + ";Database=postgres");
            await conn.OpenAsync(Ct);
            foreach (var name in names)
            {
                await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
                await cmd.ExecuteNonQueryAsync(Ct);
            }
        }
    }

    /// <summary>Every row of <paramref name="table"/> as text, without the volatile columns (and the audit log's identity), sorted.</summary>
    private static async Task<List<string>> RowsAsync(string connectionString, string table)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand($"SELECT * FROM \"{table}\"", conn);
        await using var reader = await cmd.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            var cells = new List<string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var column = reader.GetName(i);
                if (Volatile.Contains(column) || (table == "AuditEvents" && column == "Id") || (table == "IndicatorDefinitions" && column == "Id")) continue;
                cells.Add(column + "=" + Convert.ToString(reader.IsDBNull(i) ? "∅" : reader.GetValue(i), CultureInfo.InvariantCulture));
            }
            var row = string.Join("|", cells);
            // The 指标库 sync's own event carries the wall-clock time of the sync.
            if (table == "AuditEvents" && row.Contains("|Action=Sync|", StringComparison.Ordinal)) continue;
            rows.Add(row);
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
