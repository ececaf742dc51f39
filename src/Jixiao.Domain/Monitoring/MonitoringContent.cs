using System.Globalization;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using K = Jixiao.Domain.Monitoring.MonitoringForm.Keys;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// What is stored of one 运行监控表 (forms.md §7) and what its rules read: the fields the unit enters (money, the budget
/// deviation analysis) as original texts keyed by <see cref="MonitoringForm"/>, and per indicator key of the approved
/// version the progress, the forecast, the tier of a qualitative row, the likelihood and the deviation analysis. Parsed
/// values are derived on read, so a grammar fix applies to stored reports without a data migration.
/// </summary>
public sealed record MonitoringContent
{
    /// <summary>2: entered fields as a key → text map. (1 was one property per field, money as numbers; still read, never written.)</summary>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Entered fields by <see cref="FieldDefinition.Key"/> → original text; blank fields are absent.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<MonitoringRowContent> Rows { get; init; } = [];

    /// <summary>全年预算数, 元.</summary>
    public decimal? AnnualBudget => Value(K.AnnualBudget).Money;

    /// <summary>1–M月执行数, 元.</summary>
    public decimal? ExpenditureToDate => Value(K.ExpenditureToDate).Money;

    /// <summary>预计全年执行数, 元.</summary>
    public decimal? ForecastAnnualExpenditure => Value(K.ForecastAnnualExpenditure).Money;

    public string? BudgetDeviationReason => Text(K.BudgetDeviationReason);

    public string? BudgetCorrectiveAction => Text(K.BudgetCorrectiveAction);

    /// <summary>The original text of an entered field, or null when blank.</summary>
    public string? Text(string key) => Fields.GetValueOrDefault(key);

    /// <summary>The original text of an entered field with what it parses to by the field's kind.</summary>
    public FieldValue Value(string key) =>
        FieldValue.Of(MonitoringForm.Definition.Field(key)?.Kind ?? FieldKind.Text, Text(key));

    /// <summary>The row entered for an indicator key, or null when the unit has not touched it.</summary>
    public MonitoringRowContent? Row(Guid key) => Rows.FirstOrDefault(r => r.Key == key);

    /// <summary>This content with <paramref name="key"/> set to <paramref name="text"/> (blank clears it).</summary>
    public MonitoringContent With(string key, string? text)
    {
        ArgumentNullException.ThrowIfNull(key);
        var fields = new Dictionary<string, string>(Fields, StringComparer.Ordinal);
        if (Blank(text) is { } t) fields[key] = t;
        else fields.Remove(key);
        return this with { Fields = fields };
    }

    /// <summary>An amount as its invariant digits (what an API number or a number input stands for).</summary>
    public static string? MoneyText(decimal? yuan) => yuan?.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The form as stored: texts trimmed and blank ones dropped, only the fields a unit enters, each 偏差原因 category
    /// once, and only rows of <paramref name="keys"/> (the approved version's indicators) when given.
    /// </summary>
    public MonitoringContent Normalised(IReadOnlySet<Guid>? keys = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in MonitoringForm.Entered)
            if (Blank(Text(f.Key)) is { } text) fields[f.Key] = text;
        return new MonitoringContent
        {
            Fields = fields,
            Rows = Rows.Where(r => keys is null || keys.Contains(r.Key)).Select(r => r with
            {
                ProgressText = Blank(r.ProgressText),
                ForecastText = Blank(r.ForecastText),
                DeviationCauses = [.. r.DeviationCauses.Distinct()],
                DeviationReason = Blank(r.DeviationReason),
                CorrectiveAction = Blank(r.CorrectiveAction),
            }).ToList(),
        };
    }

    /// <summary>
    /// A fresh report on <paramref name="declared"/>: 全年预算数 starts as the declaration's 年度资金申请总额 (its original
    /// text), one empty row per indicator.
    /// </summary>
    public static MonitoringContent Prefilled(Project declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var content = new MonitoringContent { Rows = declared.Indicators.Select(i => new MonitoringRowContent { Key = i.Key ?? Guid.Empty }).ToList() };
        foreach (var f in MonitoringForm.Entered.Where(f => f.StartsFrom is not null))
            content = content.With(f.Key, FormDefinitions.DeclaredValue(declared, f.StartsFrom!)?.Text);
        return content;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One indicator row of a 运行监控表 as entered; texts as typed.</summary>
public sealed record MonitoringRowContent
{
    /// <summary>The indicator key in the approved version.</summary>
    public Guid Key { get; init; }

    /// <summary>1–M月实际完成值.</summary>
    public string? ProgressText { get; init; }

    /// <summary>全年预计完成值 (quantitative rows), parsed by the one grammar.</summary>
    public string? ForecastText { get; init; }

    /// <summary>达成情况 (qualitative rows).</summary>
    public Tier? Tier { get; init; }

    /// <summary>完成目标可能性.</summary>
    public Likelihood? Likelihood { get; init; }

    /// <summary>偏差原因分析 categories.</summary>
    public IReadOnlyList<DeviationCause> DeviationCauses { get; init; } = [];

    public string? DeviationReason { get; init; }

    public string? CorrectiveAction { get; init; }
}
