using System.Text.Json.Serialization;
using Jixiao.Data.Content;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Web.Services;

/// <summary>
/// What the unit enters on the 自评表 (forms.md §6): the fund cells, 实际完成情况 and, per indicator key, 实际完成值,
/// 分值, 得分, tier and 偏差原因. Mutable so that both the JSON API and Razor form binding can fill it; the first four
/// indicator columns are never part of it (they come from the approved declaration). The 项目资金 rows are read by their key
/// in the form definition (<see cref="SelfEvaluationForms.Funds"/>): a page posts <c>Form.Funds[total].InitialBudget</c>;
/// /api/v1 maps its own contract onto it (<c>SelfEvaluationEntryMapper</c>), so this type is never a wire body.
/// </summary>
public sealed class SelfEvaluationForm
{
    /// <summary>The 项目资金 rows by grid key; every row of the grid is present.</summary>
    public Dictionary<string, FundInput> Funds { get; set; } = SelfEvaluationForms.Funds.Rows.ToDictionary(r => r.Key, _ => new FundInput());

    public decimal? ExecutionWeight { get; set; } = 10m;
    public string? ActualOutcome { get; set; }

    /// <summary>
    /// The form's fields bound by key (<see cref="FieldBinding.Stored"/>) as entered: a blank one is cleared, a key left out
    /// keeps its stored text (a page that does not show the field does not clear it), a key the form does not bind so is ignored.
    /// </summary>
    public Dictionary<string, string?> Fields { get; set; } = [];

    public List<SelfEvaluationRowInput> Rows { get; set; } = [];
    /// <summary>The stamp the form was read with; a stale one is refused on save.</summary>
    public Guid? ConcurrencyStamp { get; set; }
    /// <summary>Submit only: the unit has read every warning.</summary>
    public bool AcknowledgeWarnings { get; set; }

    public static SelfEvaluationForm From(EvaluationContent content, Guid stamp) => new()
    {
        Funds = SelfEvaluationForms.Funds.Rows.ToDictionary(r => r.Key, r => FundInput.From(content.Row(r.Key)?.ToFundRow())),
        ExecutionWeight = EvaluationText.Number(content.ExecutionWeight),
        ActualOutcome = content.ActualOutcome,
        Fields = content.Fields.ToDictionary(kv => kv.Key, kv => (string?)kv.Value, StringComparer.Ordinal),
        Rows = content.Rows.Select(r => new SelfEvaluationRowInput
        {
            Key = r.Key,
            ActualText = r.Value.ActualText,
            Weight = r.Value.ReadWeight(),
            Score = r.Value.ReadScore(),
            Tier = r.Value.Tier,
            DeviationReason = r.Value.DeviationReason,
        }).ToList(),
        ConcurrencyStamp = stamp,
    };

    /// <summary>The fund inputs of a 项目资金 row by its key in the form definition (<see cref="SelfEvaluationForms.Funds"/>).</summary>
    public FundInput Fund(string row) => Funds.TryGetValue(row, out var input) ? input : Funds[row] = new FundInput();

    /// <summary>
    /// The stored content with this form laid over it. Printed values and the expected goal stay as stored; rows
    /// whose key is not an indicator of the evaluated version are ignored. 年度资金总额 is Σ of the other rows per
    /// column whenever any of them is filled (forms.md §6), else the entered total. A stored text that still reads as
    /// the entered value is kept as it was (`1,000.00` stays `1,000.00` when 1000 comes back).
    /// </summary>
    public EvaluationContent ApplyTo(EvaluationContent stored, IReadOnlyCollection<Guid> keys) =>
        ApplyTo(stored, keys, SelfEvaluationForms.District2023);

    /// <inheritdoc cref="ApplyTo(EvaluationContent, IReadOnlyCollection{Guid})"/>
    public EvaluationContent ApplyTo(EvaluationContent stored, IReadOnlyCollection<Guid> keys, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(form);
        var grid = SelfEvaluationForms.Funds;
        var entered = grid.Rows.ToDictionary(r => r.Key, r => Fund(r.Key).ToRow());
        var parts = grid.Rows.Where(r => !r.IsTotal).Select(r => entered[r.Key]).ToList();
        var typedTotal = Fund(grid.TotalRow.Key);
        entered[grid.TotalRow.Key] = new FundRow(
            SumOr(parts.Select(p => p?.InitialBudget), typedTotal.InitialBudget),
            SumOr(parts.Select(p => p?.AdjustedBudget), typedTotal.AdjustedBudget),
            SumOr(parts.Select(p => p?.Expenditure), typedTotal.Expenditure));
        var rows = new Dictionary<Guid, EvaluationRow>(stored.Rows);
        foreach (var row in Rows.Where(r => keys.Contains(r.Key)))
        {
            var kept = stored.Rows.GetValueOrDefault(row.Key);
            rows[row.Key] = new EvaluationRow
            {
                ActualText = Blank(row.ActualText),
                Weight = EvaluationText.Keep(kept?.Weight, row.Weight, MoneyGridValue.Weight),
                Score = EvaluationText.Keep(kept?.Score, row.Score, MoneyGridValue.Score),
                Tier = row.Tier,
                DeviationReason = Blank(row.DeviationReason),
            };
        }
        return stored with
        {
            Funds = entered.Select(kv => (kv.Key, Texts: FundTexts.Of(kv.Value, stored.Row(kv.Key))))
                .Where(x => x.Texts is not null).ToDictionary(x => x.Key, x => x.Texts!),
            ExecutionWeight = EvaluationText.Keep(stored.ExecutionWeight, ExecutionWeight, MoneyGridValue.Weight),
            ActualOutcome = Blank(ActualOutcome),
            Fields = StoredFields(stored.Fields, SelfEvaluationForms.KeyedFields(form)),
            Rows = rows,
        };
    }

    private Dictionary<string, string> StoredFields(IReadOnlyDictionary<string, string> stored, IReadOnlyList<string> keyed)
    {
        var fields = new Dictionary<string, string>(stored, StringComparer.Ordinal);
        foreach (var (key, text) in Fields.Where(kv => keyed.Contains(kv.Key)))
            if (Blank(text) is { } t) fields[key] = t;
            else fields.Remove(key);
        return fields;
    }

    private static decimal? SumOr(IEnumerable<decimal?> parts, decimal? entered)
    {
        var filled = parts.Where(p => p is not null).Select(p => p!.Value).ToList();
        // Saturates instead of overflowing: an absurd entry is then refused by the range check with its field named.
        return filled.Count > 0 ? Domain.Bounds.SafeMath.Sum(filled) : entered;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class FundInput
{
    public decimal? InitialBudget { get; set; }
    public decimal? AdjustedBudget { get; set; }
    public decimal? Expenditure { get; set; }

    public static FundInput From(FundRow? row) => new()
    {
        InitialBudget = row?.InitialBudget,
        AdjustedBudget = row?.AdjustedBudget,
        Expenditure = row?.Expenditure,
    };

    /// <summary>The three cells as a row (blank cells null).</summary>
    public FundRow AsRow() => new(InitialBudget, AdjustedBudget, Expenditure);

    public FundRow? ToRow() => InitialBudget is null && AdjustedBudget is null && Expenditure is null
        ? null
        : new FundRow(InitialBudget, AdjustedBudget, Expenditure);
}

public sealed class SelfEvaluationRowInput
{
    public Guid Key { get; set; }
    public string? ActualText { get; set; }
    public decimal? Weight { get; set; }
    public decimal? Score { get; set; }
    [JsonConverter(typeof(JsonStringEnumConverter))]
    public Tier? Tier { get; set; }
    public string? DeviationReason { get; set; }
}
