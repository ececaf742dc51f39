namespace Jixiao.Cli.Commands;

/// <summary>Where a command writes: injected so tests run commands in-process and read exactly what a user sees.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive)
{
    public static CliContext Console => new(System.Console.Out, System.Console.Error,
        !System.Console.IsErrorRedirected && !System.Console.IsOutputRedirected);
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int FindingsAtThreshold = 1;
    public const int UnreadableInput = 2;
    /// <summary>The command understood its input but refused to act (e.g. restore into a non-empty database).</summary>
    public const int Refused = 3;
}
