using System.IO.Compression;
using System.Text;

namespace Jixiao.Domain.Tests.Scoring.Golden;

/// <summary>
/// A gzip'd text fixture under tests/fixtures/scoring, copied next to the test assembly. With
/// JIXIAO_UPDATE_GOLDEN=1 the test writes the current output to the source tree instead of comparing (used once,
/// before an optimisation, to record what the scorer did).
/// </summary>
internal static class GoldenFile
{
    public static void Check(string name, string actual)
    {
        if (Environment.GetEnvironmentVariable("JIXIAO_UPDATE_GOLDEN") == "1")
        {
            Write(Path.Combine(SourceFolder(), name), actual);
            return;
        }
        var expected = Read(Path.Combine(AppContext.BaseDirectory, "scoring", name));
        var (e, a) = (expected.Split('\n'), actual.Split('\n'));
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
            Assert.True(e[i] == a[i], $"{name} line {i + 1} differs:\n expected: {e[i]}\n actual:   {a[i]}");
        Assert.Equal(e.Length, a.Length);
    }

    private static string Read(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Write(string path, string text)
    {
        using var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        gz.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "fixtures")))
                return Path.Combine(dir.FullName, "tests", "fixtures", "scoring");
        throw new DirectoryNotFoundException("tests/fixtures not found above the test assembly");
    }
}
