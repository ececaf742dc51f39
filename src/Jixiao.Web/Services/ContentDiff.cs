using System.Text.Json;

namespace Jixiao.Web.Services;

/// <summary>
/// Field-level old → new of two JSON form contents (self-evaluation, monitoring), for the audit trail. Objects and
/// arrays are flattened to paths (`Rows[预算执行率].ActualText`); array elements carrying a `key` are matched by it,
/// and a key that names an indicator is shown as the indicator's name. Nothing is lost: a field present on one side
/// only is a change from or to null.
/// </summary>
public static class ContentDiff
{
    public static IReadOnlyList<FieldChange> Compare(string? before, string? after, IReadOnlyDictionary<string, string>? names = null)
    {
        var old = Flatten(before, names);
        var now = Flatten(after, names);
        return old.Keys.Union(now.Keys)
            .Where(k => old.GetValueOrDefault(k) != now.GetValueOrDefault(k))
            .Select(k => new FieldChange(k, old.GetValueOrDefault(k), now.GetValueOrDefault(k)))
            .ToList();
    }

    private static Dictionary<string, string?> Flatten(string? json, IReadOnlyDictionary<string, string>? names)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json)) return fields;
        try
        {
            using var doc = JsonDocument.Parse(json);
            Walk(doc.RootElement, "", fields, names);
        }
        catch (JsonException)
        {
            fields["Content"] = json; // not JSON: the whole text is the one field
        }

        return fields;
    }

    private static void Walk(JsonElement e, string path, Dictionary<string, string?> fields, IReadOnlyDictionary<string, string>? names)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject()) Walk(p.Value, Join(path, Label(p.Name, names)), fields, names);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    var key = item.ValueKind == JsonValueKind.Object && (item.TryGetProperty("key", out var k) || item.TryGetProperty("Key", out k))
                        ? Label(k.ToString(), names)
                        : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    Walk(item, $"{path}[{key}]", fields, names);
                    i++;
                }

                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                fields[path] = null;
                break;
            default:
                fields[path] = e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText();
                break;
        }
    }

    private static string Label(string key, IReadOnlyDictionary<string, string>? names) =>
        names is not null && names.TryGetValue(key, out var name) ? name : key;

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
