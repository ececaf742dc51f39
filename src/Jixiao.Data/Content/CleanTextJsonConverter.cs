using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Text;

namespace Jixiao.Data.Content;

/// <summary>
/// Every JSON string read or written passes through <see cref="TextHygiene.Clean"/>: registered in the stored-content
/// options (so text older versions stored clean comes back clean to pages, exports and the API) and in the web app's
/// request options (so the editor and the API never store a control character). Cleaning, not refusing: the removed
/// characters are invisible, nobody types them on purpose, and they arrive by copy-paste from other programs.
/// </summary>
public sealed class CleanTextJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TextHygiene.CleanOrNull(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(TextHygiene.Clean(value));

    // Dictionary keys with string type are text too (e.g. disclosure cell keys).
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TextHygiene.Clean(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(TextHygiene.Clean(value));
}
