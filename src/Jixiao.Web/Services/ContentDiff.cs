using System.Text.Json;
using Jixiao.Domain.Forms;

namespace Jixiao.Web.Services;

/// <summary>
/// Field-level differences between two stored JSON contents of a form (自评表, 运行监控表), for the audit trail and
/// conflict messages: leaves compared by path, indicator rows (a dictionary by key, or a list of objects with a
/// <c>key</c>) named by the indicator, property names in Chinese where the form prints one (the form definition's names
/// first, when the caller gives them). A <c>fields</c> object (key → text, as a form definition stores its fields) is read
/// as if its members stood at its level, so a report stored before and after that shape compares field by field.
/// </summary>
public static class ContentDiff
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["actualText"] = "实际完成值",
        ["weight"] = "分值",
        ["score"] = "得分",
        ["tier"] = "完成档次",
        ["deviationReason"] = "偏差原因",
        ["executionWeight"] = "预算执行率分值",
        ["expectedGoal"] = "预期目标",
        ["actualOutcome"] = "实际完成情况",
    };

    // The 自评表 项目资金 rows and money columns by their keys in the grid (a row key → its printed name, 当年财政拨款).
    private static readonly Dictionary<string, string> GridLabels = SelfEvaluationForms.Funds.Rows.Select(r => (r.Key, r.Name))
        .Concat(SelfEvaluationForms.Funds.Columns.Where(c => !c.TotalOnly).Select(c => (c.Key, c.Label)))
        .ToDictionary(x => x.Key, x => x.Item2, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<FieldChange> Compare(string? oldJson, string newJson, IReadOnlyDictionary<Guid, string> indicatorNames,
        Func<string, string?>? names = null)
    {
        var labels = new Naming(indicatorNames, names ?? (_ => null));
        var before = Flatten(oldJson, labels);
        var after = Flatten(newJson, labels);
        var changes = new List<FieldChange>();
        foreach (var (path, value) in after)
            if (!before.TryGetValue(path, out var old) || old != value) changes.Add(new FieldChange(path, old, value));
        foreach (var (path, old) in before)
            if (!after.ContainsKey(path)) changes.Add(new FieldChange(path, old, null));
        return changes;
    }

    private sealed record Naming(IReadOnlyDictionary<Guid, string> Indicators, Func<string, string?> Form);

    private static Dictionary<string, string?> Flatten(string? json, Naming names)
    {
        var leaves = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json)) return leaves;
        using var doc = JsonDocument.Parse(json);
        Walk(doc.RootElement, "", leaves, names);
        return leaves;
    }

    private static void Walk(JsonElement e, string path, Dictionary<string, string?> leaves, Naming names)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (p.NameEquals("schemaVersion") || p.NameEquals("key") || p.NameEquals("concurrencyStamp")) continue;
                    if ((p.NameEquals("fields") || p.NameEquals("funds")) && p.Value.ValueKind == JsonValueKind.Object)
                    {
                        Walk(p.Value, path, leaves, names);
                        continue;
                    }
                    Walk(p.Value, Join(path, Segment(p.Name, names)), leaves, names);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    var segment = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("key", out var k) && k.TryGetGuid(out var key)
                        ? Segment(key.ToString(), names)
                        : $"第{++i}项";
                    Walk(item, Join(path, segment), leaves, names);
                }
                break;
            case JsonValueKind.Null:
                break; // absent and null are the same for a form field
            default:
                leaves[path] = e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText();
                break;
        }
    }

    private static string Segment(string name, Naming names) =>
        Guid.TryParse(name, out var key) ? $"指标“{(names.Indicators.TryGetValue(key, out var n) ? n : name)}”"
        : names.Form(name) is { } named ? named
        : Labels.TryGetValue(name, out var label) ? label
        : GridLabels.TryGetValue(name, out var row) ? row
        : name;

    private static string Join(string path, string segment) => path.Length == 0 ? segment : $"{path} · {segment}";
}
