namespace Jixiao.Documents.OpenData;

/// <summary>The JSON Schema of the open data (docs/schema/open-data-v1.schema.json, embedded at build time).</summary>
public static class OpenDataSchema
{
    public const string V1FileName = "open-data-v1.schema.json";

    public static byte[] V1()
    {
        using var stream = typeof(OpenDataSchema).Assembly.GetManifestResourceStream(V1FileName)
            ?? throw new InvalidOperationException($"{V1FileName} is not embedded in the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
