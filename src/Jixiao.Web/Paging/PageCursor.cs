using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Jixiao.Web.Paging;

/// <summary>
/// The opaque "after" token of a keyset page: the order's name, how many rows came before, and the sort-key values
/// of the last row shown, as base64url JSON. Reading never throws: anything this order did not write reads as null.
/// </summary>
internal sealed record PageCursor(int Before, IReadOnlyList<object?> Keys)
{
    private const int MaxLength = 2048;

    public static string Write(string order, int before, IReadOnlyList<object?> keys) =>
        WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(new Wire(order, before, keys.ToArray())));

    public static PageCursor? Read(string text, string order, IReadOnlyList<Type> keyTypes)
    {
        if (text.Length > MaxLength) return null;
        try
        {
            var wire = JsonSerializer.Deserialize<JsonWire>(WebEncoders.Base64UrlDecode(text));
            if (wire is null || wire.O != order || wire.N < 0 || wire.K is not { } k || k.Length != keyTypes.Count) return null;
            var keys = new object?[k.Length];
            for (var i = 0; i < k.Length; i++)
            {
                keys[i] = k[i].Deserialize(keyTypes[i]);
                if (keys[i] is null) return null; // keys are non-null columns
            }
            return new PageCursor(wire.N, keys);
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private sealed record Wire(string O, int N, object?[] K);
    private sealed record JsonWire(string? O, int N, JsonElement[]? K);
}
