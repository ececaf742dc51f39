using System.Text.Json;

namespace Jixiao.Web.Api;

/// <summary>The JSON shape the browser scripts exchange with the API (web defaults: camelCase).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new Data.Content.CleanTextJsonConverter() } };
}
