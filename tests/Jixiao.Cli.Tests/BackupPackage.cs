using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Data.Backup;

namespace Jixiao.Cli.Tests;

/// <summary>Edits a backup package the way an older version or a damaged disk would have written it.</summary>
internal static class BackupPackage
{
    public static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    public static void Write(ZipArchive zip, string name, string text)
    {
        zip.GetEntry(name)?.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    /// <summary>Replaces (or adds) a table file and makes the manifest agree with it (checksum and row count), so the package verifies.</summary>
    public static void SetTable(string package, string table, string entity, string jsonLines)
    {
        using var zip = ZipFile.Open(package, ZipArchiveMode.Update);
        var file = $"tables/{table}.jsonl";
        Write(zip, file, jsonLines);
        var manifest = JsonNode.Parse(Read(zip, BackupManifest.FileName))!;
        var tables = manifest["tables"]!.AsArray();
        if (tables.FirstOrDefault(t => (string?)t!["table"] == table) is not { } entry)
            tables.Add(entry = new JsonObject { ["table"] = table, ["entity"] = entity, ["file"] = file });
        entry["rows"] = jsonLines.Count(c => c == '\n');
        entry["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(jsonLines)));
        Write(zip, BackupManifest.FileName, manifest.ToJsonString());
    }
}
