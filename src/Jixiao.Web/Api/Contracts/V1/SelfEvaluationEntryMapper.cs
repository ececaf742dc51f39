using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Refusals;
using Jixiao.Web.Services;

namespace Jixiao.Web.Api.Contracts.V1;

/// <summary>
/// Between the wire (<see cref="SelfEvaluationEntry"/>) and what the self-evaluation service takes
/// (<see cref="SelfEvaluationForm"/>). Fields and 项目资金 cells go by the keys of the form definition and are read and
/// written through it (field bindings, the money grid's rows and columns), so the contract names none of them. A key the
/// form does not have, a field or cell the unit does not fill (copied, computed) or a text not of its kind is refused
/// naming it, and nothing is taken.
/// </summary>
public static class SelfEvaluationEntryMapper
{
    private static FormDefinition Form => SelfEvaluationForms.District2023;

    /// <inheritdoc cref="ToContract(LoadedSelfEvaluation, FormDefinition)"/>
    public static SelfEvaluationEntry ToContract(LoadedSelfEvaluation loaded) => ToContract(loaded, Form);

    private static MoneyGrid Grid => SelfEvaluationForms.Funds;

    /// <summary>The wire form of <paramref name="loaded"/>: each entered field of <paramref name="form"/> as its binding reads it.</summary>
    public static SelfEvaluationEntry ToContract(LoadedSelfEvaluation loaded, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(form);
        var evaluated = loaded.Evaluated;
        var texts = evaluated.Evaluation?.Texts ?? new Dictionary<string, string>();
        return new()
        {
            Fields = FieldEntries.Texts(FieldEntries.Entered(form), f => f.Text(evaluated)),
            Funds = Grid.Rows.ToDictionary(r => r.Key, r => EnteredColumns(r).ToDictionary(c => c.Key, c => Text(texts, r, c))),
            Rows = loaded.Content.Rows.Select(r => new SelfEvaluationEntryRow
            {
                Key = r.Key,
                ActualText = r.Value.ActualText,
                Weight = r.Value.ReadWeight(),
                Score = r.Value.ReadScore(),
                Tier = r.Value.Tier,
                DeviationReason = r.Value.DeviationReason,
            }).ToList(),
            ConcurrencyStamp = loaded.Entity.ConcurrencyStamp,
        };
    }

    /// <inheritdoc cref="Apply(SelfEvaluationEntry, FormDefinition)"/>
    public static (SelfEvaluationForm? Form, ValueRefusal? Refusal) Apply(SelfEvaluationEntry entry) => Apply(entry, Form);

    /// <summary>What the service takes for <paramref name="entry"/> on <paramref name="definition"/>, or the refusal naming each field and cell.</summary>
    public static (SelfEvaluationForm? Form, ValueRefusal? Refusal) Apply(SelfEvaluationEntry entry, FormDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(definition);
        var fields = entry.Fields ?? [];
        var funds = entry.Funds ?? [];
        var problems = FieldEntries.Problems(definition, fields);
        problems.AddRange(FundProblems(funds));
        if (problems.Count > 0) return (null, ValueRefusal.Of(problems, []));

        // The entered fields written through their bindings onto an empty evaluation, then read off it.
        var written = FieldEntries.Entered(definition).Aggregate(Blank, (p, f) => f.Write(p, fields.GetValueOrDefault(f.Key)));
        var form = new SelfEvaluationForm
        {
            ActualOutcome = written.Evaluation!.ActualOutcome,
            // Every field kept by key, a blank one as null (cleared, as a blank 实际完成情况 is).
            Fields = SelfEvaluationForms.KeyedFields(definition).ToDictionary(k => k, k => written.Fields.GetValueOrDefault(k), StringComparer.Ordinal),
            Rows = (entry.Rows ?? []).Select(r => new SelfEvaluationRowInput
            {
                Key = r.Key,
                ActualText = r.ActualText,
                Weight = r.Weight,
                Score = r.Score,
                Tier = r.Tier,
                DeviationReason = r.DeviationReason,
            }).ToList(),
            ConcurrencyStamp = entry.ConcurrencyStamp,
            AcknowledgeWarnings = entry.AcknowledgeWarnings,
        };
        // A cell the body leaves out keeps the service's default (blank amounts, 分值 10), as before the contract had keys.
        foreach (var row in Grid.Rows)
            foreach (var column in EnteredColumns(row))
                if (funds.GetValueOrDefault(row.Key) is { } cells && cells.TryGetValue(column.Key, out var text))
                    Put(form, row, column, EvaluationText.Read(text, column.Value));
        return (form, null);
    }

    /// <summary>The columns a unit fills on <paramref name="row"/>: the amounts, and 分值 on the total row (执行率 and 得分 are worked out).</summary>
    public static IEnumerable<MoneyGridColumn> EnteredColumns(MoneyGridRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Grid.Columns.Where(c => c.Value == MoneyGridValue.Money || (row.IsTotal && c.Value == MoneyGridValue.Weight));
    }

    private static List<RefusedField> FundProblems(Dictionary<string, Dictionary<string, string?>> funds)
    {
        var problems = new List<RefusedField>();
        var block = Form.Block(Grid.Block)?.Label ?? "";
        foreach (var (rowKey, cells) in funds)
        {
            if (Grid.Row(rowKey) is not { } row)
            {
                problems.Add(new($"funds.{rowKey}", rowKey, $"{block}没有“{rowKey}”这一行。"));
                continue;
            }
            foreach (var (columnKey, text) in cells ?? [])
            {
                var where = $"funds.{rowKey}.{columnKey}";
                if (Grid.Column(columnKey) is not { } column)
                    problems.Add(new(where, $"{row.Name}·{columnKey}", $"{block}没有“{columnKey}”这一列。"));
                else if (string.IsNullOrWhiteSpace(text)) continue;
                else if (!EnteredColumns(row).Contains(column))
                    problems.Add(new(where, Name(row, column), $"“{Name(row, column)}”由系统计算或不填写，不能填写。"));
                else if (EvaluationText.Read(text, column.Value) is null)
                    problems.Add(new(where, Name(row, column), column.Value == MoneyGridValue.Money
                        ? $"“{Name(row, column)}”应为金额（元），如 350,000.00，现为“{text}”。"
                        : $"“{Name(row, column)}”应为数字，如 10，现为“{text}”。"));
            }
        }
        return problems;
    }

    private static string Name(MoneyGridRow row, MoneyGridColumn column) => $"{row.Name}·{column.Label}";

    // The stored cell's original text: amounts under `{row}.{column}`, the total's 分值 under its own key.
    private static string? Text(IReadOnlyDictionary<string, string> texts, MoneyGridRow row, MoneyGridColumn column) =>
        texts.GetValueOrDefault(column.Value == MoneyGridValue.Weight ? EvaluationTextKeys.ExecutionWeight : EvaluationTextKeys.Fund(row.Key, column.Key));

    // The service's input holds the grid as typed cells; this is the one place that knows which is which.
    private static void Put(SelfEvaluationForm form, MoneyGridRow row, MoneyGridColumn column, decimal? value)
    {
        if (column.Value == MoneyGridValue.Weight)
        {
            form.ExecutionWeight = value;
            return;
        }
        var cells = form.Fund(row.Key);
        switch (column.Key)
        {
            case "initialBudget": cells.InitialBudget = value; break;
            case "adjustedBudget": cells.AdjustedBudget = value; break;
            case "expenditure": cells.Expenditure = value; break;
        }
    }

    private static Project Blank => new()
    {
        Name = "",
        Form = FormKind.SelfEvaluation,
        TemplateId = Form.Id,
        Evaluation = new SelfEvaluation { Total = new(null, null, null) },
    };
}
