using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>A model as JSON for equality: source line numbers removed, decimals normalised (0 ≡ 0.00, 5 ≡ 5.00).</summary>
internal static class ModelJson
{
    public static string Of(object? value)
    {
        var node = JsonSerializer.SerializeToNode(value);
        Normalise(node);
        return node?.ToJsonString() ?? "null";
    }

    private static void Normalise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("Line");
                o.Remove("Parent");
                // A light's rule id (MON-B …) is not printed on the official 监控表 (issue 15 item 7): it cannot come back.
                if (o.ContainsKey("Light") && o.ContainsKey("Explanation")) o.Remove("Rule");
                foreach (var (_, child) in o.ToList()) Normalise(child);
                foreach (var key in o.Where(kv => kv.Value is JsonValue v && v.GetValueKind() == JsonValueKind.Number).Select(kv => kv.Key).ToList())
                    o[key] = JsonValue.Create(o[key]!.GetValue<decimal>() / 1.0000000000000000000000000000m);
                break;
            case JsonArray a:
                foreach (var child in a) Normalise(child);
                break;
        }
    }
}
