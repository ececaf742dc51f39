using System.Diagnostics;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>Runs the command-line tools the PDF tests check with (poppler-utils, chromium; installed by ./test).</summary>
internal static class Tools
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish.");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Writes bytes to a fresh file in a private temp directory (deleted by the caller's <see cref="TempDir"/>).</summary>
    public static string Write(TempDir dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("jixiao-pdf-test-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
