using System.Globalization;
using System.Text.Json;

namespace Jixiao.Documents.Tests.OpenData;

/// <summary>
/// A validator for the subset of JSON Schema 2020-12 the open-data schema uses (no validator package is served
/// here): `$ref` to `#/$defs/…`, `oneOf`, `type` (one or a list), `required`, `properties`, `additionalProperties`
/// (false or a schema), `items`, `enum`, `const`, `minimum`/`maximum`, `format` date/date-time/uuid. A keyword it
/// does not know fails the validation, so the schema cannot silently outgrow the check.
/// </summary>
internal sealed class SchemaSubsetValidator(JsonElement root)
{
    private static readonly HashSet<string> Known =
        ["$schema", "$id", "$defs", "$ref", "title", "description", "oneOf", "type", "required", "properties", "additionalProperties", "items", "enum", "const", "minimum", "maximum", "format"];

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
            if (!Known.Contains(keyword.Name)) errors.Add($"{path}: schema keyword {keyword.Name} is outside the checked subset");

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
            return;
        }
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matches = oneOf.EnumerateArray().Count(s =>
            {
                var e = new List<string>();
                Check(s, value, path, e);
                return e.Count == 0;
            });
            if (matches != 1) errors.Add($"{path}: matches {matches} of the oneOf schemas");
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: {value.ValueKind} is not {type}");
            return;
        }
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
            errors.Add($"{path}: {value} is not the constant {constant}");
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
            errors.Add($"{path}: {value} is not one of {options}");
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDecimal() < min.GetDecimal()) errors.Add($"{path}: below {min}");
            if (schema.TryGetProperty("maximum", out var max) && value.GetDecimal() > max.GetDecimal()) errors.Add($"{path}: above {max}");
        }
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var format) && !FormatMatches(format.GetString()!, value.GetString()!))
            errors.Add($"{path}: “{value.GetString()}” is not a {format}");
        if (value.ValueKind == JsonValueKind.Object) CheckObject(schema, value, path, errors);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(items, item, $"{path}[{i++}]", errors);
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray())
                if (!value.TryGetProperty(name.GetString()!, out _)) errors.Add($"{path}: missing required {name}");
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False) errors.Add($"{path}: unexpected property {property.Name}");
                else if (additional.ValueKind == JsonValueKind.Object) Check(additional, property.Value, $"{path}.{property.Name}", errors);
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal)) throw new InvalidOperationException($"Unsupported $ref {reference}");
        return root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(t.GetString()!, value))
        : TypeMatches(type.GetString()!, value);

    private static bool TypeMatches(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"Unknown type {type}"),
    };

    private static bool FormatMatches(string format, string text) => format switch
    {
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && text.Contains('T', StringComparison.Ordinal),
        "uuid" => Guid.TryParseExact(text, "D", out _),
        _ => throw new InvalidOperationException($"Unknown format {format}"),
    };
}
