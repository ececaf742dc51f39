using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Data.Content;

/// <summary>The JSON options of every stored content column: camelCase, enums by name, text cleaned on read.</summary>
public static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new CleanTextJsonConverter() },
    };

    /// <summary>The stored <c>schemaVersion</c> of a content document; rows written before versions existed are schema 1.</summary>
    public static int SchemaVersion(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schemaVersion", out var v) && v.TryGetInt32(out var n) ? n : 1;
}
