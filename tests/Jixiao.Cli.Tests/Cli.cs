using System.Text.Json;
using Jixiao.Cli.Commands;

namespace Jixiao.Cli.Tests;

/// <summary>Runs the `jixiao` command in-process and captures exactly what a user would see.</summary>
internal static class Cli
{
    public sealed record Run(int ExitCode, string Out, string Error)
    {
        public JsonElement Json => JsonDocument.Parse(Out).RootElement;
    }

    public static Run Invoke(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = JixiaoCli.Run(args, new CliContext(o, e, Interactive: false));
        return new Run(code, o.ToString(), e.ToString());
    }

    public static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "_*.txt").Single();

    public static string[] AllSeeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order().ToArray();

    public static string TempFile(string name, byte[] content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
