using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Text;

namespace Jixiao.Web.Api.Contracts.V1;

/// <summary>
/// A body's `fields` (key → original text). A JSON number is taken as its literal (`120000.50` → "120000.50"), so a
/// script that sends amounts as numbers, as the monitoring contract once asked, is read rather than refused; texts are
/// cleaned like every request text (<see cref="TextHygiene"/>). Anything else (true, an object) is not a field's text.
/// </summary>
public sealed class FieldTextsJsonConverter : JsonConverter<Dictionary<string, string?>>
{
    public override Dictionary<string, string?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("fields 应为对象（字段 → 文本）。");
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = TextHygiene.Clean(reader.GetString()!);
            reader.Read();
            texts[key] = reader.TokenType switch
            {
                JsonTokenType.String => TextHygiene.CleanOrNull(reader.GetString()),
                JsonTokenType.Number => reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray()) : Encoding.UTF8.GetString(reader.ValueSpan),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"“{key}”应为文本或数字。"),
            };
        }
        return texts;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, string?> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (key, text) in value)
        {
            writer.WritePropertyName(TextHygiene.Clean(key));
            if (text is null) writer.WriteNullValue();
            else writer.WriteStringValue(TextHygiene.Clean(text));
        }
        writer.WriteEndObject();
    }
}

/// <summary>The 项目资金 cells of a body (row key → column key → original text), each row read as <see cref="FieldTextsJsonConverter"/>.</summary>
public sealed class CellTextsJsonConverter : JsonConverter<Dictionary<string, Dictionary<string, string?>>>
{
    private static readonly FieldTextsJsonConverter Row = new();

    public override Dictionary<string, Dictionary<string, string?>>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("funds 应为对象（行 → 列 → 文本）。");
        var rows = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = TextHygiene.Clean(reader.GetString()!);
            reader.Read();
            if (Row.Read(ref reader, typeof(Dictionary<string, string?>), options) is { } cells) rows[key] = cells;
        }
        return rows;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, Dictionary<string, string?>> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (key, cells) in value)
        {
            writer.WritePropertyName(TextHygiene.Clean(key));
            Row.Write(writer, cells, options);
        }
        writer.WriteEndObject();
    }
}
