using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.OpenData;

/// <summary>
/// Writes the version-1 open-data documents as UTF-8 JSON: camelCase names, decimals as JSON numbers, dates as
/// `yyyy-MM-dd`, nulls written (every property of the schema is always present), Chinese left readable.
/// </summary>
public static class OpenDataJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        Converters = { new CleanText() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { PublishedFields.Inline(t => t == typeof(OpenEvaluationV1) ? OpenDataMapper.Evaluations : OpenDataMapper.Targets) },
        },
    };

    // Text older versions stored may hold control characters; the published documents never carry them.
    private sealed class CleanText : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TextHygiene.CleanOrNull(reader.GetString());

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(TextHygiene.Clean(value));
    }

    public static byte[] Targets(IEnumerable<ReleasedTargets> released) =>
        JsonSerializer.SerializeToUtf8Bytes(OpenDataMapper.Targets(released), Options);

    public static byte[] SelfEvaluations(IEnumerable<ReleasedEvaluation> released) =>
        JsonSerializer.SerializeToUtf8Bytes(OpenDataMapper.SelfEvaluations(released), Options);

    public static byte[] Disclosures(IEnumerable<ReleasedDisclosure> released) =>
        JsonSerializer.SerializeToUtf8Bytes(OpenDataMapper.Disclosures(released), Options);
}
