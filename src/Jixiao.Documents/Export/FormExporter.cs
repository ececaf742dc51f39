using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export;

/// <summary>Renders a laid-out form in the requested format with the registered renderers.</summary>
public sealed class FormExporter(IEnumerable<IFormRenderer> renderers)
{
    private readonly Dictionary<ExportFormat, IFormRenderer> byFormat = renderers.ToDictionary(r => r.Format);

    public IReadOnlyCollection<ExportFormat> Formats => byFormat.Keys;

    /// <exception cref="NotSupportedException">No renderer is registered for <paramref name="format"/>.</exception>
    public byte[] Render(FormDocument document, ExportFormat format) => byFormat.TryGetValue(format, out var renderer)
        ? renderer.Render(document)
        : throw new NotSupportedException($"不支持导出为 {format}。");
}
