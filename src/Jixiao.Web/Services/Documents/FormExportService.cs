using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Services.Documents;

/// <summary>A rendered form, ready to download or to put in a zip.</summary>
public sealed record ExportedFile(string FileName, string ContentType, byte[] Bytes);

/// <summary>
/// Lays out stored forms with <see cref="FormLayouts"/> and renders them with the registered renderers. Every form is
/// loaded through its service, so the user's data scope applies: a form outside it gives null (callers answer 404).
/// Exports are read-only: logged, not audited.
/// </summary>
public sealed class FormExportService(FormSource forms, FormExporter exporter, CurrentUser me, Infrastructure.Telemetry.JixiaoMetrics metrics, ILogger<FormExportService> log)
{
    public IReadOnlyCollection<ExportFormat> Formats => exporter.Formats;

    public async Task<ExportedFile?> DeclarationAsync(Guid projectId, ExportFormat format, CancellationToken ct) =>
        Render(await forms.DeclarationAsync(projectId, ct), format);

    public ExportedFile? Render(FormDocument? document, ExportFormat format)
    {
        if (document is null) return null;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var bytes = exporter.Render(document, format);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        metrics.Exported(format, elapsed);
        log.LogInformation("Export {File}{Extension} ({Bytes} bytes, {Ms} ms) by {User}", document.FileName, format.Extension(),
            bytes.Length, (int)elapsed.TotalMilliseconds, me.UserName);
        return new ExportedFile(document.FileName + format.Extension(), format.ContentType(), bytes);
    }
}
