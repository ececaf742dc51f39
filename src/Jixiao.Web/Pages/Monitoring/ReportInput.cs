using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;

namespace Jixiao.Web.Pages.Monitoring;

/// <summary>
/// What the 运行监控表 page posts (<c>Form.Fields[annualBudget]</c>, <c>Form.Rows[0].ForecastText</c> …): the entered fields
/// by the definition's keys and one row per indicator, mapped to and from the stored <see cref="MonitoringContent"/> here.
/// Mutable because Razor binds it; the stored record is not.
/// </summary>
public sealed class ReportInput
{
    /// <summary>The stamp the report was read with.</summary>
    public Guid? ConcurrencyStamp { get; set; }

    /// <summary>Entered fields by <see cref="MonitoringForm"/> key → text as typed.</summary>
    public Dictionary<string, string?> Fields { get; set; } = [];

    public List<ReportInputRow> Rows { get; set; } = [];

    public static ReportInput From(MonitoringContent content, Guid? stamp)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new()
        {
            ConcurrencyStamp = stamp,
            Fields = content.Fields.ToDictionary(kv => kv.Key, kv => (string?)kv.Value),
            Rows = content.Rows.Select(r => new ReportInputRow
            {
                Key = r.Key,
                ProgressText = r.ProgressText,
                ForecastText = r.ForecastText,
                Tier = r.Tier,
                Likelihood = r.Likelihood,
                DeviationCauses = [.. r.DeviationCauses],
                DeviationReason = r.DeviationReason,
                CorrectiveAction = r.CorrectiveAction,
            }).ToList(),
        };
    }

    public MonitoringContent ToContent()
    {
        var content = new MonitoringContent
        {
            Rows = Rows.Select(r => new MonitoringRowContent
            {
                Key = r.Key,
                ProgressText = r.ProgressText,
                ForecastText = r.ForecastText,
                Tier = r.Tier,
                Likelihood = r.Likelihood,
                DeviationCauses = [.. r.DeviationCauses],
                DeviationReason = r.DeviationReason,
                CorrectiveAction = r.CorrectiveAction,
            }).ToList(),
        };
        foreach (var f in MonitoringForm.Entered)
            content = content.With(f.Key, Fields.GetValueOrDefault(f.Key));
        return content;
    }

    /// <summary>The text of a field as the input shows it.</summary>
    public string? Text(string key) => Fields.GetValueOrDefault(key);

    public ReportInputRow Row(Guid? key) => Rows.FirstOrDefault(r => r.Key == key) ?? new ReportInputRow { Key = key ?? Guid.Empty };
}

public sealed class ReportInputRow
{
    public Guid Key { get; set; }
    public string? ProgressText { get; set; }
    public string? ForecastText { get; set; }
    public Tier? Tier { get; set; }
    public Likelihood? Likelihood { get; set; }
    public List<DeviationCause> DeviationCauses { get; set; } = [];
    public string? DeviationReason { get; set; }
    public string? CorrectiveAction { get; set; }
}
