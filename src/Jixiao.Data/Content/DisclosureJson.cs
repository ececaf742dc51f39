using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Data.Content;

/// <summary>
/// Serializer of stored disclosure content: <see cref="ContentJson.Options"/> plus a converter for
/// <see cref="SubjectCode"/>, whose value has no setter and would otherwise read back empty.
/// </summary>
public static class DisclosureJson
{
    public static JsonSerializerOptions Options { get; } = new(ContentJson.Options) { Converters = { new SubjectCodeConverter() } };

    public static string Serialize(BudgetDisclosure package) => JsonSerializer.Serialize(package, Options);

    public static BudgetDisclosure Deserialize(string json) =>
        JsonSerializer.Deserialize<BudgetDisclosure>(json, Options) ?? throw new JsonException("空的预算公开内容。");

    /// <summary>Writes `"2080505"`; reads that or the object form `{"value":"2080505",…}` of older rows.</summary>
    private sealed class SubjectCodeConverter : JsonConverter<SubjectCode>
    {
        public override SubjectCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text;
            if (reader.TokenType == JsonTokenType.String)
            {
                text = reader.GetString();
            }
            else
            {
                using var doc = JsonDocument.ParseValue(ref reader);
                text = doc.RootElement.ValueKind == JsonValueKind.Object
                    && doc.RootElement.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String
                    ? v.GetString()
                    : null;
            }

            return SubjectCode.TryParse(text, out var code) ? code : throw new JsonException($"无效的科目编码“{text}”。");
        }

        public override void Write(Utf8JsonWriter writer, SubjectCode value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
