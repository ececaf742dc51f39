using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Documents.Reading;
using Jixiao.Domain.Text;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DocumentTestSupport;

namespace Jixiao.Web.Tests;

/// <summary>Dirty text and the checks that output holds none of it, for the text-hygiene tests.</summary>
internal static partial class TextHygieneSupport
{
    /// <summary>The characters of the issue: NUL, SOH, VT, US and the two noncharacters of the BMP.</summary>
    public const string Dirt = "\u0000\u0001\u000b\u001f\uFFFE\uFFFF";

    /// <summary>What a text column can have held: PostgreSQL never stores NUL, every other character of <see cref="Dirt"/>.</summary>
    public const string ColumnDirt = "\u0001\u000b\u001f\uFFFE\uFFFF";

    // The department (区科委) zip of every form below it, as its reviewer asks for it.
    public static async Task AssertDepartmentZipAsync(AppFixture app, string format)
    {
        var kewei = await app.LoginAsync("kewei");
        var department = await WithDbAsync(app, db => db.Organizations.Where(o => o.Name == DemoOrganizations.ScienceCommission).Select(o => o.Id).SingleAsync(Ct));
        var accepted = await kewei.PostAsJsonAsync("/api/v1/exports", new { orgId = department, format }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = await WaitForJobAsync(kewei, (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
        Assert.True(job.GetProperty("state").GetString() == "Succeeded", $"{format}: {job}");
        var fileId = JsonDocument.Parse(job.GetProperty("result").GetString()!).RootElement.GetProperty("fileId").GetGuid();
        using var zip = new ZipArchive(new MemoryStream(await kewei.GetByteArrayAsync($"/api/v1/files/{fileId}", Ct)));
        Assert.NotEmpty(zip.Entries);
        Assert.All(zip.Entries, e => AssertClean(e.FullName));
    }

    public static string Soil(string text) => text.Length < 2 ? text + Dirt : text[..1] + Dirt + text[1..];

    // Every string value holding a Chinese character gets the dirt after its first character; JSON escapes it (\u0000).
    public static string SoilJson(string json)
    {
        var root = JsonNode.Parse(json)!;
        Walk(root);
        return root.ToJsonString();

        static void Walk(JsonNode node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        if (value is JsonValue v && v.TryGetValue<string>(out var s) && s.Any(c => c >= '\u4e00' && c <= '\u9fff')) o[key] = Soil(s);
                        else if (value is not null) Walk(value);
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (a[i] is JsonValue v && v.TryGetValue<string>(out var s) && s.Any(c => c >= '\u4e00' && c <= '\u9fff')) a[i] = Soil(s);
                        else if (a[i] is { } child) Walk(child);
                    }
                    break;
            }
        }
    }

    public static string ReadText(string name, byte[] bytes)
    {
        var read = AnyDocumentReader.Read(name, bytes);
        Assert.True(read.Success, read.Error);
        return string.Join("\n", read.Lines!.Select(l => l.Text));
    }

    // Office files escape what XML cannot hold (`_x0001_`); the readers would decode that, so look at the package itself.
    public static void AssertNoEscapedDirt(byte[] bytes, string format)
    {
        if (format is not ("xlsx" or "docx")) return;
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            AssertClean(xml);
            Assert.DoesNotMatch("(?i)_x(000[0-8bcef]|001[0-9a-f]|fff[ef])_", xml);
            Assert.DoesNotMatch(EscapedEntity(), xml);
        }
    }

    public static void AssertClean(string text)
    {
        Assert.True(TextHygiene.IsClean(text), "text holds a control character or noncharacter");
        Assert.DoesNotMatch(@"(?i)\\u(000[0-8bcef]|001[0-9a-f]|fff[ef])", text);
    }

    [GeneratedRegex("(?i)&#(x0*(0|1|b|1f|fffe|ffff)|0*(0|1|11|31|65534|65535));")]
    public static partial Regex EscapedEntity();
}
