using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export;

/// <summary>Draws a <see cref="FormDocument"/> in one file format. Implementations are stateless and thread-safe.</summary>
public interface IFormRenderer
{
    ExportFormat Format { get; }

    byte[] Render(FormDocument document);
}
