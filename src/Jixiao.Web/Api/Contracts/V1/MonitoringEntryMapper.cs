using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Refusals;

namespace Jixiao.Web.Api.Contracts.V1;

/// <summary>
/// Between the wire (<see cref="MonitoringEntry"/>) and the stored report (<see cref="MonitoringContent"/>). The fields
/// are whatever the form definition lists as entered (<see cref="FieldEntries.Entered"/>), each as its original text, so
/// a field added to <see cref="MonitoringForm.Definition"/> travels with no change here. A key the form does not have, a
/// field copied or computed, or a text not of the field's kind is refused naming the field, and nothing is taken.
/// </summary>
public static class MonitoringEntryMapper
{
    public static MonitoringEntry ToContract(MonitoringContent content, Guid? stamp) => ToContract(content, stamp, MonitoringForm.Definition);

    /// <summary>The entry of <paramref name="content"/> on <paramref name="form"/> (the definition, or a test's longer one).</summary>
    public static MonitoringEntry ToContract(MonitoringContent content, Guid? stamp, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new()
        {
            Fields = FieldEntries.Texts(FieldEntries.Entered(form), f => content.Text(f.Key)),
            Rows = content.Rows.Select(r => new MonitoringEntryRow
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
            ConcurrencyStamp = stamp,
        };
    }

    public static (MonitoringContent? Content, ValueRefusal? Refusal) Apply(MonitoringEntry entry) => Apply(entry, MonitoringForm.Definition);

    /// <summary>The report <paramref name="entry"/> stands for on <paramref name="form"/>, or the refusal naming each field.</summary>
    public static (MonitoringContent? Content, ValueRefusal? Refusal) Apply(MonitoringEntry entry, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var fields = entry.Fields ?? [];
        var problems = FieldEntries.Problems(form, fields);
        if (problems.Count > 0) return (null, ValueRefusal.Of(problems, []));

        var content = new MonitoringContent
        {
            Rows = (entry.Rows ?? []).Select(r => new MonitoringRowContent
            {
                Key = r.Key,
                ProgressText = r.ProgressText,
                ForecastText = r.ForecastText,
                Tier = r.Tier,
                Likelihood = r.Likelihood,
                DeviationCauses = [.. r.DeviationCauses ?? []],
                DeviationReason = r.DeviationReason,
                CorrectiveAction = r.CorrectiveAction,
            }).ToList(),
        };
        foreach (var field in FieldEntries.Entered(form))
            content = content.With(field.Key, fields.GetValueOrDefault(field.Key));
        return (content, null);
    }
}
