using System.Text.Json;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using K = Jixiao.Domain.Monitoring.MonitoringForm.Keys;

namespace Jixiao.Data.Content;

/// <summary>
/// The JSON of <c>MonitoringReportEntity.Content</c>: written as <see cref="MonitoringContent"/> (schema 2, entered fields
/// as key → original text); schema 1 (one property per field, money as JSON numbers) is still read, so stored reports
/// need no data migration.
/// </summary>
public static class MonitoringContentJson
{
    public static string Write(MonitoringContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stored = content.Normalised();
        // Only what is stored: the amounts the record derives from its texts are not.
        return JsonSerializer.Serialize(new SchemaTwo(stored.SchemaVersion, stored.Fields, stored.Rows), ContentJson.Options);
    }

    public static MonitoringContent Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var version = ContentJson.SchemaVersion(root);
        if (version >= MonitoringContent.CurrentSchemaVersion)
            return root.Deserialize<MonitoringContent>(ContentJson.Options) ?? throw new JsonException("空的监控内容。");
        var v1 = root.Deserialize<SchemaOne>(ContentJson.Options) ?? throw new JsonException("空的监控内容。");
        // A v1 number's original text is its JSON literal (`120000.50` stays `120000.50`).
        return new MonitoringContent
        {
            Rows = (v1.Rows ?? []).Select(r => new MonitoringRowContent
            {
                Key = r.Key,
                ProgressText = r.ProgressText,
                ForecastText = r.ForecastText,
                Tier = r.Tier,
                Likelihood = r.Likelihood,
                DeviationCauses = r.DeviationCauses ?? [],
                DeviationReason = r.DeviationReason,
                CorrectiveAction = r.CorrectiveAction,
            }).ToList(),
        }
            .With(K.AnnualBudget, Literal(root, "annualBudget"))
            .With(K.ExpenditureToDate, Literal(root, "expenditureToDate"))
            .With(K.ForecastAnnualExpenditure, Literal(root, "forecastAnnualExpenditure"))
            .With(K.BudgetDeviationReason, v1.BudgetDeviationReason)
            .With(K.BudgetCorrectiveAction, v1.BudgetCorrectiveAction);
    }

    private static string? Literal(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number ? e.GetRawText() : null;

    private sealed record SchemaTwo(int SchemaVersion, IReadOnlyDictionary<string, string> Fields, IReadOnlyList<MonitoringRowContent> Rows);

    // Schema 1 as MonitoringContent (Jixiao.Web) wrote it until schema 2.
    private sealed record SchemaOne(string? BudgetDeviationReason, string? BudgetCorrectiveAction, List<SchemaOneRow>? Rows);

    private sealed record SchemaOneRow(Guid Key, string? ProgressText, string? ForecastText, Tier? Tier, Likelihood? Likelihood,
        List<DeviationCause>? DeviationCauses, string? DeviationReason, string? CorrectiveAction);
}
