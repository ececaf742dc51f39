using System.Text.Json;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Data.Content;

/// <summary>The stored form of an <see cref="EvaluationSheet"/> (ExternalEvaluations.Content).</summary>
public static class EvaluationSheetJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(EvaluationSheet sheet) => JsonSerializer.Serialize(sheet, Options);

    public static EvaluationSheet Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? EvaluationSheet.Empty : JsonSerializer.Deserialize<EvaluationSheet>(json, Options) ?? EvaluationSheet.Empty;
}
