using Jixiao.Domain.Forms;
using Jixiao.Domain.Refusals;

namespace Jixiao.Web.Api.Contracts.V1;

/// <summary>
/// A form's entered fields on the wire: key → original text, the keys and kinds being the form definition's, so a field
/// added to a definition travels with no contract change. What a body may not carry is refused here, naming the field
/// in Chinese: a key the form does not have, a field the unit does not enter (copied from the declaration, computed),
/// a text that does not read as its field's kind.
/// </summary>
public static class FieldEntries
{
    /// <summary>The fields of <paramref name="form"/> a unit enters: neither copied from the declaration nor computed.</summary>
    public static IEnumerable<FieldDefinition> Entered(FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Fields.Where(f => f.CopiedFrom is null && !f.Computed);
    }

    /// <summary>The texts of <paramref name="entered"/> fields as <paramref name="text"/> gives them (a blank one as null).</summary>
    public static Dictionary<string, string?> Texts(IEnumerable<FieldDefinition> entered, Func<FieldDefinition, string?> text)
    {
        ArgumentNullException.ThrowIfNull(entered);
        ArgumentNullException.ThrowIfNull(text);
        return entered.ToDictionary(f => f.Key, f => text(f) is { } t && !string.IsNullOrWhiteSpace(t) ? t : null);
    }

    /// <summary>Why <paramref name="fields"/> cannot be taken as <paramref name="form"/>'s entered fields, each keyed `{prefix}.{key}`.</summary>
    public static List<RefusedField> Problems(FormDefinition form, IReadOnlyDictionary<string, string?> fields, string prefix = "fields") =>
        Problems(form, Entered(form).ToList(), fields, prefix);

    /// <inheritdoc cref="Problems(FormDefinition, IReadOnlyDictionary{string, string?}, string)"/>
    public static List<RefusedField> Problems(FormDefinition form, IReadOnlyCollection<FieldDefinition> entered,
        IReadOnlyDictionary<string, string?> fields, string prefix = "fields")
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(entered);
        ArgumentNullException.ThrowIfNull(fields);
        var problems = new List<RefusedField>();
        foreach (var (key, text) in fields)
        {
            var where = $"{prefix}.{key}";
            if (entered.FirstOrDefault(f => f.Key == key) is { } field)
            {
                if (KindError(field, text) is { } error) problems.Add(new(where, field.Name, error));
            }
            else if (form.Field(key) is { } shown)
            {
                // Sent back unchanged is harmless only when empty: a value here would be silently dropped.
                if (!string.IsNullOrWhiteSpace(text))
                    problems.Add(new(where, shown.Name, shown.Computed
                        ? $"“{shown.Name}”由系统计算，不能填写。"
                        : $"“{shown.Name}”取自批复的申报表，不能在{form.Title}中填写。"));
            }
            else problems.Add(new(where, key, $"{form.Title}没有“{key}”这一项。"));
        }
        return problems;
    }

    /// <summary>Why <paramref name="text"/> cannot be this field's value (money, date, 是/否 or a choice that does not read), or null.</summary>
    public static string? KindError(FieldDefinition field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = FieldValue.Of(field.Kind, text);
        return field.Kind switch
        {
            FieldKind.Money when value.Money is null =>
                $"“{field.Name}”应为金额（元），如 1,392,000.00 或 139.2万元，现为“{text}”{Reason(FieldText.MoneyError(text))}。",
            FieldKind.Date when value.Date is null => $"“{field.Name}”应为日期，如 2024-03-01，现为“{text}”。",
            FieldKind.YesNo when value.YesNo is null => $"“{field.Name}”应填“是”或“否”，现为“{text}”。",
            FieldKind.Choice when field.Choices.Count > 0 && !field.Choices.Contains(text.Trim()) =>
                $"“{field.Name}”应为{string.Join("、", field.Choices.Select(c => $"“{c}”"))}之一，现为“{text}”。",
            _ => null,
        };
    }

    // The grammar's reason without its "金额格式错误：" lead-in, e.g. "（金额不能为负数）" after the refused text.
    private static string Reason(string? error) =>
        error is null ? "" : "（" + error.Replace("金额格式错误：", "", StringComparison.Ordinal).TrimEnd('。') + "）";
}
