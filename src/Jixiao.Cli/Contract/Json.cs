using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Jixiao.Documents.OpenData;

namespace Jixiao.Cli.Contract;

/// <summary>
/// The stable JSON contract's serializer settings: camelCase, decimals as JSON numbers, UTF-8 with Chinese
/// left unescaped, enums as camelCase strings, nulls written (fields are part of the contract even when empty).
/// </summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { PublishedFields.Inline(ProjectMapper.Contract) } },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
