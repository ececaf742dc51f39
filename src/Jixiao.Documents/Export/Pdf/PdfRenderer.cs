using System.ComponentModel;
using System.Diagnostics;
using Jixiao.Documents.Export.Html;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export.Pdf;

/// <summary>
/// Prints the <see cref="HtmlRenderer"/> page to PDF with headless chromium run as a child process, so the PDF shows
/// exactly the html layout (A4 named pages, repeated table headers) with an embedded CJK font and a text layer.
/// Each print gets its own temporary directory and browser profile, removed afterwards; safe to call concurrently.
/// </summary>
/// <exception cref="PdfRenderException">From <see cref="Render"/>: chromium is missing, fails or times out.</exception>
public sealed class PdfRenderer(PdfRenderOptions? options = null) : IFormRenderer
{
    private readonly PdfRenderOptions options = options ?? PdfRenderOptions.FromEnvironment();

    public ExportFormat Format => ExportFormat.Pdf;

    public byte[] Render(FormDocument document)
    {
        if (!File.Exists(options.ChromiumPath))
            throw new PdfRenderException($"无法生成 PDF：找不到 Chromium 浏览器（{options.ChromiumPath}）。请安装 chromium，或用环境变量 {PdfRenderOptions.ChromiumPathVariable} 指定其路径。");

        var work = Directory.CreateTempSubdirectory("jixiao-pdf-");
        try
        {
            var htmlPath = Path.Combine(work.FullName, "form.html");
            var pdfPath = Path.Combine(work.FullName, "form.pdf");
            File.WriteAllBytes(htmlPath, new HtmlRenderer().Render(document));
            var (exitCode, stderr, timedOut) = Run(Arguments(work.FullName, htmlPath, pdfPath));
            if (timedOut)
                throw new PdfRenderException($"无法生成 PDF：Chromium 在 {options.Timeout.TotalSeconds:0} 秒内没有完成打印，已终止。");
            var pdf = File.Exists(pdfPath) ? File.ReadAllBytes(pdfPath) : [];
            if (pdf.Length == 0 || !pdf.AsSpan().StartsWith("%PDF"u8))
                throw new PdfRenderException($"无法生成 PDF：Chromium 打印失败（退出码 {exitCode}）。{LastLine(stderr)}");
            return pdf;
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException) { } // a browser helper still closing its files; the temp cleaner will get it
            catch (UnauthorizedAccessException) { }
        }
    }

    private static IEnumerable<string> Arguments(string work, string htmlPath, string pdfPath) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--mute-audio",
        "--no-pdf-header-footer",
        $"--user-data-dir={Path.Combine(work, "profile")}",
        $"--print-to-pdf={pdfPath}",
        new Uri(htmlPath).AbsoluteUri,
    ];

    private (int ExitCode, string Stderr, bool TimedOut) Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(options.ChromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PdfRenderException($"无法生成 PDF：无法启动 Chromium（{options.ChromiumPath}）。");
        }
        catch (Win32Exception e)
        {
            throw new PdfRenderException($"无法生成 PDF：无法启动 Chromium（{options.ChromiumPath}）：{e.Message}", e);
        }
        using (process)
        {
            // Drain both pipes while waiting: chromium logs to stderr and would block on a full pipe.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(options.Timeout))
            {
                try { process.Kill(entireProcessTree: true); }
                catch (InvalidOperationException) { } // exited meanwhile
                process.WaitForExit();
                return (-1, "", true);
            }
            process.WaitForExit();
            _ = stdout.Result;
            return (process.ExitCode, stderr.Result, false);
        }
    }

    private static string LastLine(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() is { } line
            ? $"错误信息：{(line.Length > 300 ? line[..300] : line)}"
            : "";
}
