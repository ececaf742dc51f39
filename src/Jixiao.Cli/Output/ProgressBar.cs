namespace Jixiao.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error, drawn only for an interactive terminal and several files,
/// so redirected output and JSON stay clean.
/// </summary>
public sealed class ProgressBar : IDisposable
{
    private const int MinFilesForBar = 3;
    private readonly TextWriter _err;
    private readonly int _total;
    private readonly bool _enabled;
    private int _done;

    public ProgressBar(TextWriter err, int total, bool interactive)
    {
        _err = err;
        _total = total;
        _enabled = interactive && total >= MinFilesForBar;
    }

    public void Advance(string label)
    {
        _done++;
        if (!_enabled) return;
        const int width = 30;
        var filled = _done * width / _total;
        _err.Write($"\r[{new string('█', filled)}{new string('░', width - filled)}] {_done}/{_total} {Truncate(label, 40),-40}");
    }

    public void Dispose()
    {
        if (_enabled) _err.Write("\r" + new string(' ', 80) + "\r");
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : "…" + s[^(max - 1)..];
}
